import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain ESM script without types
import { generate } from "@/scripts/gen-registry.mjs";
import registry from "./registry.generated.json";
import { NETWORKS } from "./networks";

describe("network facts", () => {
  it("match the installed chain-registry package (run `npm run gen:registry` after upgrading it)", () => {
    expect(registry).toEqual(generate());
  });

  it("give core-1 its registry facts and the devnet core-1's denoms", () => {
    expect(NETWORKS["core-1"]).toMatchObject({ chainId: "core-1", bech32Prefix: "persistence", feeDenom: "uxprt", coinType: 118, unbondingDays: 21 });
    expect(NETWORKS["core-1"].assets.find((a) => a.symbol === "stkXPRT")).toMatchObject({ denom: "stk/uxprt", decimals: 6, origin: "liquid-staked" });
    expect(NETWORKS["core-1"].assets.find((a) => a.symbol === "DYDX")?.decimals).toBe(18);
    expect(NETWORKS["core-1"].explorerTxUrl).toContain("${txHash}");
    expect(NETWORKS.devnet.assets).toEqual(NETWORKS["core-1"].assets);
    expect(NETWORKS["test-core-2"].chainId).toBe("test-core-2");
  });
});
