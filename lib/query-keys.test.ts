import { describe, expect, it } from "vitest";
import { ACCOUNT_INDEPENDENT, REFRESHED_BY, type QueryRoot, queryKeys, refreshedBy } from "./query-keys";

const ROOTS: QueryRoot[] = [
  "capabilities",
  "denom-trace",
  "balances",
  "fee",
  "chain",
  "liquidstake",
  "staking",
  "dex",
  "lending",
  "portfolio",
  "prices",
  "recovery",
  "evm",
];

/** every factory of the table, called with placeholder arguments */
function allKeys(): (readonly unknown[])[] {
  const out: (readonly unknown[])[] = [];
  const walk = (node: object) => {
    for (const v of Object.values(node)) {
      if (typeof v === "function") out.push((v as (...a: unknown[]) => readonly unknown[])("net-x", "a", "b", [1]));
      else walk(v as object);
    }
  };
  walk(queryKeys);
  return out;
}

describe("query keys", () => {
  it("every key starts with a known root and then its network, so a prefix refresh reaches it", () => {
    const keys = allKeys();
    expect(keys.length).toBeGreaterThan(35);
    for (const key of keys) {
      expect(ROOTS).toContain(key[0]);
      expect(key[1]).toBe("net-x");
    }
  });

  it("no two factories make the same key", () => {
    const texts = allKeys().map((k) => JSON.stringify(k));
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("each kind of transaction refreshes its own roots on its own network", () => {
    expect(refreshedBy("dex", "core-1")).toEqual([
      ["balances", "core-1"],
      ["dex", "core-1"],
      ["chain", "core-1"],
      ["portfolio", "core-1"],
    ]);
    expect(refreshedBy("evm", "bsc")).toEqual([["evm", "bsc"]]);
    for (const roots of Object.values(REFRESHED_BY)) for (const r of roots) expect(ROOTS).toContain(r);
    // a transaction never needs to refetch what no transaction changes
    for (const roots of Object.values(REFRESHED_BY)) for (const r of ACCOUNT_INDEPENDENT) expect(roots).not.toContain(r);
  });
});
