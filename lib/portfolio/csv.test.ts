import { describe, expect, it } from "vitest";
import { decimalString, toCsv } from "./csv";

describe("CSV export", () => {
  it("writes exact decimals from base units", () => {
    expect(decimalString(1_234_500n, 6)).toBe("1.2345");
    expect(decimalString(-5n, 6)).toBe("-0.000005");
    expect(decimalString(10n ** 18n + 1n, 18)).toBe("1.000000000000000001");
    expect(decimalString(7n, 0)).toBe("7");
  });

  it("quotes separators and neutralises spreadsheet formulas, but keeps negative numbers", () => {
    const csv = toCsv(["a", "b", "c", "d"], [["=HYPERLINK(1)", "-12.5", 'say "hi", then', "-cmd"]]);
    expect(csv.split("\r\n")).toEqual(["a,b,c,d", `"'=HYPERLINK(1)",-12.5,"say ""hi"", then","'-cmd"`]);
  });
});
