import { ONE } from "@/lib/pstake/dec";
import { spotPrice } from "./math";
import type { Route } from "./routes";
import type { DexPool } from "./types";

// Price impact, for display and warnings (floats: no amount a user signs comes from here).

/** 1 - output / (input carried through each hop at its spot price, after fees). */
export function swapImpact(route: Route): number {
  let ideal = Number(route.amountIn);
  for (const h of route.hops) ideal = (ideal * (1 - h.pool.feeBps / 10_000) * Number(spotPrice(h.pool, h.offer, h.ask))) / Number(ONE);
  return ideal > 0 ? Math.max(0, 1 - Number(route.amountOut) / ideal) : 0;
}

/** 1 - LP received / LP a proportional deposit of equal value would get (valued at the pool's spot prices). */
export function joinImpact(pool: DexPool, amounts: bigint[], shares: bigint): number {
  const inFirst = (k: number, amount: bigint) => (k === 0 ? Number(amount) : (Number(amount) * Number(spotPrice(pool, k, 0))) / Number(ONE));
  const deposit = amounts.reduce((s, a, k) => s + inFirst(k, a), 0);
  const poolValue = pool.assets.reduce((s, a, k) => s + inFirst(k, a.amount), 0);
  const ideal = (Number(pool.lpSupply) * deposit) / poolValue;
  return ideal > 0 ? Math.max(0, 1 - Number(shares) / ideal) : 0;
}
