import { describe, expect, it } from "vitest";
import { NETWORKS } from "@/lib/chain/networks";
import { LOGO_SYMBOLS, logoPath } from "@/lib/chain/logos";
import { GET, generateStaticParams } from "./route";
import { SVGS } from "./svgs";

// Tokens without a logo in the package: they get a lettered badge.
const WITHOUT_LOGO = ["SHD", "DV4TNT"];

describe("token logos served by the app", () => {
  it("maps a token and its stkASSET to the same same-origin file, and nothing else", () => {
    expect(logoPath("ATOM")).toBe("/logos/ATOM.svg");
    expect(logoPath("stkATOM")).toBe("/logos/ATOM.svg");
    expect(logoPath("stkXPRT")).toBe("/logos/XPRT.svg");
    expect(logoPath("SHD")).toBeUndefined();
  });

  it("has a logo for every asset of every network but the known few", () => {
    const symbols = [...new Set(Object.values(NETWORKS).flatMap((n) => n.assets.map((a) => a.symbol.replace(/^stk/, ""))))];
    expect(symbols.filter((s) => !logoPath(s)).sort()).toEqual(WITHOUT_LOGO.sort());
  });

  it("writes out every logo at build time as an SVG", async () => {
    expect(generateStaticParams().map((p) => p.file)).toEqual(LOGO_SYMBOLS.map((s) => `${s}.svg`));
    for (const symbol of LOGO_SYMBOLS) expect(SVGS[symbol]).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const res = await GET(new Request("http://127.0.0.1/logos/ATOM.svg"), { params: Promise.resolve({ file: "ATOM.svg" }) });
    expect(res.headers.get("content-type")).toBe("image/svg+xml");
    expect(await res.text()).toBe(SVGS.ATOM);
  });
});
