import { ONE } from "@/lib/pstake/dec";
import type { DexPool } from "./types";

// Generated pool graphs for the route finder's tests and benchmark: weighted and stable pools over a set of
// tokens, with seeded random balances, weights, amps and scaling factors.

export function seededRandom(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

function balancedPair(pair: string[], amount: bigint, rand: () => number) {
  return pair.map((denom, k) => ({ denom, amount: k === 0 ? amount : (amount * BigInt(Math.floor(75 + rand() * 50))) / 100n, decimals: 6 }));
}

export function generatePools(count: number, tokens: number, seed: number): DexPool[] {
  const rand = seededRandom(seed);
  const denoms = Array.from({ length: tokens }, (_, k) => `t${String(k).padStart(2, "0")}`);
  return Array.from({ length: count }, (_, id) => {
    const a = Math.floor(rand() * tokens);
    let b = Math.floor(rand() * (tokens - 1));
    if (b >= a) b++;
    const pair = [denoms[a], denoms[b]].sort();
    const kind = rand() < 0.35 ? "stable" : "weighted";
    const balance = () => BigInt(Math.floor(1e9 + rand() * 1e12));
    const w0 = BigInt(Math.floor(20 + rand() * 60));
    return {
      id: String(id + 1),
      address: `pool${id + 1}`,
      lpToken: `lp${id + 1}`,
      kind,
      feeBps: [5, 10, 30, 100][Math.floor(rand() * 4)],
      protocolFeePercent: 30,
      // a stable pool holds about equal value on each side (within 25%), as live ones do
      assets: kind === "stable" ? balancedPair(pair, balance(), rand) : pair.map((denom) => ({ denom, amount: balance(), decimals: 6 })),
      lpSupply: 100n * ONE,
      weights: kind === "weighted" ? [(w0 * ONE) / 100n, ((100n - w0) * ONE) / 100n] : undefined,
      exitFee: kind === "weighted" ? 0n : undefined,
      // created pools store amp x 100 (a ramp can leave other values, where the contract's D and y disagree)
      ampX100: kind === "stable" ? BigInt(Math.floor(10 + rand() * 200)) * 100n : undefined,
      scalingFactors: kind === "stable" ? [ONE, ONE - BigInt(Math.floor(rand() * 1e17))] : undefined,
      paused: { swap: false, deposit: false, imbalancedWithdraw: false },
      defunct: null,
    } satisfies DexPool;
  });
}
