import { describe, expect, it } from "vitest";
import { ONE } from "@/lib/pstake/dec";
import { invariantD, powDecimal, quoteExit, quoteGiveIn, quoteGiveOut, quoteJoin } from "./math";
import type { DexPool } from "./types";

// Pool math vectors: the stable pool's own example, invariants, and the weighted curve against its closed form.

const dec = (s: string) => BigInt(Math.round(Number(s) * 1e6)) * 10n ** 12n;

function pool(p: Partial<DexPool> & Pick<DexPool, "kind" | "assets">): DexPool {
  return {
    id: "1",
    address: "pool",
    lpToken: "lp",
    feeBps: 30,
    protocolFeePercent: 30,
    lpSupply: 0n,
    paused: { swap: false, deposit: false, imbalancedWithdraw: false },
    defunct: null,
    ...p,
  };
}
const stable = (balances: bigint[], factors: string[], supply = 0n) =>
  pool({
    kind: "stable",
    assets: balances.map((amount, k) => ({ denom: `d${k}`, amount, decimals: 6 })),
    lpSupply: supply,
    ampX100: 10_000n,
    scalingFactors: factors.map(dec),
    feeBps: 10,
  });
const weighted = (balances: bigint[], weights: string[], supply = 100n * ONE) =>
  pool({
    kind: "weighted",
    assets: balances.map((amount, k) => ({ denom: `d${k}`, amount, decimals: 6 })),
    lpSupply: supply,
    weights: weights.map(dec),
    exitFee: 0n,
  });

describe("stable pool", () => {
  it("mints exactly 200,000e18 LP for 100,000 ATOM + 98,000 stkATOM into an empty pool (scaling 1 / 0.98)", () => {
    const q = quoteJoin(stable([0n, 0n], ["1", "0.98"]), [100_000_000_000n, 98_000_000_000n]);
    expect(q.shares).toBe(200_000n * ONE);
  });

  it("D of equal balances is their sum; a balanced join pays no imbalance fee", () => {
    expect(invariantD(10_000n, [5n * ONE, 5n * ONE])).toBe(10n * ONE);
    const p = stable([1_000_000_000n, 1_000_000_000n], ["1", "1"], 2000n * ONE);
    const q = quoteJoin(p, [1_000_000n, 1_000_000n]);
    expect(q.fees).toEqual([0n, 0n]);
    expect(q.shares).toBe(2n * ONE);
  });

  it("trades close to 1:1 near balance, with the fee in the offer asset", () => {
    const p = stable([1_000_000_000_000n, 1_000_000_000_000n], ["1", "1"], 2_000_000n * ONE);
    const q = quoteGiveIn(p, 0, 1, 1_000_000n);
    expect(q.fee).toBe(1_000n);
    expect(q.amountOut).toBeGreaterThan(998_990n);
    expect(q.amountOut).toBeLessThanOrEqual(999_000n);
    // give-out asks at least what give-in would need for the same output
    const back = quoteGiveOut(p, 0, 1, q.amountOut);
    expect(back.amountIn).toBeGreaterThanOrEqual(q.amountIn - 2n);
    expect(back.amountIn).toBeLessThanOrEqual(q.amountIn + 2n);
  });

  it("exits in proportion with no fee", () => {
    expect(quoteExit(stable([300n, 600n], ["1", "1"], 900n), 300n)).toEqual([100n, 200n]);
  });
});

describe("weighted pool", () => {
  it("power series matches the closed form to 1e-9", () => {
    for (const [x, e] of [
      [0.5, 0.5],
      [1.5, 0.25],
      [0.9, 1.75],
      [1.99, 3.5],
    ])
      expect(Number(powDecimal(dec(String(x)), dec(String(e)))) / 1e18).toBeCloseTo(x ** e, 9);
    expect(() => powDecimal(2n * ONE, ONE / 2n)).toThrow(/within \(0, 2\)/);
  });

  it("give-in follows out = bO (1 - (bI / (bI + a'))^(wI/wO)), truncated", () => {
    const p = weighted([1_000_000_000_000n, 100_000_000_000n], ["0.5", "0.5"]);
    const q = quoteGiveIn(p, 0, 1, 10_000_000_000n);
    const net = 10_000_000_000n - 30_000_000n;
    const exact = 100_000_000_000n - (100_000_000_000n * 1_000_000_000_000n) / (1_000_000_000_000n + net);
    expect(q.fee).toBe(30_000_000n);
    expect(exact - q.amountOut).toBeLessThanOrEqual(1n);
  });

  it("refuses a give-out of half the pool or more (the power series would not converge)", () => {
    const p = weighted([1_000_000n, 1_000_000n], ["0.8", "0.2"]);
    expect(() => quoteGiveOut(p, 0, 1, 500_000n)).toThrow(/less than half/);
  });

  it("first join mints 100 LP; a proportional join mints its share; a single-asset join pays a fee", () => {
    expect(quoteJoin(weighted([0n, 0n], ["0.5", "0.5"], 0n), [5n, 7n]).shares).toBe(100n * ONE);
    const p = weighted([1_000_000n, 2_000_000n], ["0.5", "0.5"]);
    expect(quoteJoin(p, [10_000n, 20_000n])).toEqual({ shares: ONE, fees: [0n, 0n] });
    const single = quoteJoin(p, [10_000n, 0n]);
    expect(single.fees[0]).toBe(15n); // 10,000 * (1 - 0.5) * 0.3%
    expect(single.shares).toBeLessThan(ONE / 2n);
  });
});

describe("price impact", () => {
  it("is about the trade's share of the pool for a weighted 50/50 pool, and 0 for a proportional join", async () => {
    const { swapImpact, joinImpact } = await import("./impact");
    const p = weighted([1_000_000_000_000n, 1_000_000_000_000n], ["0.5", "0.5"]);
    const amount = 10_000_000_000n; // 1% of the pool
    const q = quoteGiveIn(p, 0, 1, amount);
    const impact = swapImpact({ hops: [{ pool: p, offer: 0, ask: 1 }], amountIn: amount, amountOut: q.amountOut, fees: [q.fee], steps: [q] });
    expect(impact).toBeGreaterThan(0.009);
    expect(impact).toBeLessThan(0.011);
    const join = quoteJoin(p, [1_000_000n, 1_000_000n]);
    expect(joinImpact(p, [1_000_000n, 1_000_000n], join.shares)).toBeLessThan(1e-9);
    expect(joinImpact(p, [2_000_000n, 0n], quoteJoin(p, [2_000_000n, 0n]).shares)).toBeGreaterThan(0);
  });
});
