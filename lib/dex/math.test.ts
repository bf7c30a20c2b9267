import { describe, expect, it } from "vitest";
import { ONE } from "@/lib/pstake/dec";
import { quoteExit, quoteGiveIn, quoteGiveOut, quoteJoin } from "./math";
import { computeD } from "./stable";
import { calculatePow } from "./weighted";
import type { DexPool } from "./types";

// Pool math vectors: the contracts' own test vectors (dexter_core ddd49ac), invariants, and the weighted power
// against its closed form. oracle/ holds thousands of generated cases against the real contracts.

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
    expect(computeD(10_000n, [5n * ONE, 5n * ONE])).toBe(10n * ONE);
    const p = stable([1_000_000_000n, 1_000_000_000n], ["1", "1"], 2000n * ONE);
    const q = quoteJoin(p, [1_000_000n, 1_000_000n]);
    expect(q.fees).toEqual([0n, 0n]);
    expect(q.shares).toBe(2n * ONE);
  });

  it("upstream's vector: amp 100, scaling factors 1 / 0.98, 1,000,000 ATOM + 980,000 stkATOM; 10 stkATOM in", () => {
    // dexter_core contracts/pools/stable_pool/tests/test_scaling_factor.rs, test_swap_different_lsd_assets
    const p = { ...stable([1_000_000_000_000n, 980_000_000_000n], ["1", "0.98"], 2_000_000n * ONE), feeBps: 30 };
    expect(quoteGiveIn(p, 1, 0, 10_000_000n)).toEqual({ amountIn: 10_000_000n, amountOut: 10_173_469n, fee: 30_000n });
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

  it("exits in proportion with no fee, the share a truncated Decimal as upstream's get_share_in_assets", () => {
    // 300 / 900 = 0.333333333333333333: 300 x that = 99.99…, truncated to 99
    expect(quoteExit(stable([300n, 600n], ["1", "1"], 900n), 300n)).toEqual([99n, 199n]);
    expect(quoteExit(stable([300n, 600n], ["1", "1"], 900n), 450n)).toEqual([150n, 300n]);
  });
});

describe("weighted pool", () => {
  it("approx_pow matches the closed form to 1e-8 and refuses a base over 2", () => {
    for (const [x, e] of [
      [0.5, 0.5],
      [0.9, 0.25],
      [1.5, 0.75],
      [1.05, 3.5],
      [0.91, 1.85],
    ] as const)
      expect(Number(calculatePow(dec(String(x)), dec(String(e)))) / 1e18).toBeCloseTo(x ** e, 8);
    // upstream's own checks (approx_pow.rs, check_approx_pow)
    expect(calculatePow(dec("1.45"), dec("1.5")).toString().slice(0, 9)).toBe("174603121");
    expect(() => calculatePow(2n * ONE + 1n, ONE / 3n)).toThrow(/powerBase/);
  });

  it("give-in follows out = bO (1 - (bI / (bI + a'))^(wI/wO)), truncated", () => {
    const p = weighted([1_000_000_000_000n, 100_000_000_000n], ["0.5", "0.5"]);
    const q = quoteGiveIn(p, 0, 1, 10_000_000_000n);
    const net = 10_000_000_000n - 30_000_000n;
    const exact = 100_000_000_000n - (100_000_000_000n * 1_000_000_000_000n) / (1_000_000_000_000n + net);
    expect(q.fee).toBe(30_000_000n);
    expect(exact - q.amountOut).toBeLessThanOrEqual(1n);
  });

  it("refuses a give-out of more than half the pool (calculate_pow: base must be at most 2)", () => {
    const p = weighted([1_000_000n, 1_000_000n], ["0.8", "0.2"]);
    expect(() => quoteGiveOut(p, 0, 1, 500_001n)).toThrow(/giveOutTooLarge/);
    expect(quoteGiveOut(p, 0, 1, 500_000n).amountOut).toBe(500_000n);
  });

  it("upstream's vector: weights 33/33/34, a single-asset join of 25,774 of the third asset", () => {
    // dexter_core contracts/pools/weighted_pool/tests/integration.rs, test_query_on_join_pool
    const p = { ...weighted([46_743_000_000n, 56_742_000_000n, 28_774_000_000n], ["0.33", "0.33", "0.34"]), feeBps: 300 };
    expect(quoteJoin(p, [0n, 0n, 25_774_000_000n])).toEqual({ shares: 23_895_855_654_881_861_600n, fees: [0n, 0n, 510_325_200n] });
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
