import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("CSV export", () => {
  it("quotes separators and neutralises spreadsheet formulas, but keeps negative numbers", () => {
    const csv = toCsv(["a", "b", "c", "d"], [["=HYPERLINK(1)", "-12.5", 'say "hi", then', "-cmd"]]);
    expect(csv.split("\r\n")).toEqual(["a,b,c,d", `"'=HYPERLINK(1)",-12.5,"say ""hi"", then","'-cmd"`]);
  });
});
