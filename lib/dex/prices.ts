import { ONE } from "@/lib/pstake/dec";
import { spotPrice } from "./math";
import type { DexPool } from "./types";

// Display prices from the pools themselves: each token in a reference token (USDC), walking out from it through
// the deepest pools first. For showing TVL and APR only; no amount a user signs is computed from these floats.

/** The stablecoin USD prices start from (counted as $1): the network's USDC. */
export const usdReference = (assets: { denom: string; symbol: string }[]): string | undefined => assets.find((a) => a.symbol === "USDC")?.denom;

export function pricesIn(pools: DexPool[], reference: string): Map<string, number> {
  const live = pools.filter((p) => !p.defunct && p.assets.every((a) => a.amount > 0n));
  const prices = new Map<string, number>([[reference, 1]]);
  for (let changed = true; changed; ) {
    changed = false;
    // deepest first: the pool whose priced side is worth most
    const candidates = live
      .flatMap((p) =>
        p.assets.flatMap((a, known) => {
          const price = prices.get(a.denom);
          if (price === undefined) return [];
          return p.assets.map((b, other) => ({
            p,
            known,
            other,
            depth: (Number(a.amount) / 10 ** a.decimals) * price,
            unpriced: !prices.has(b.denom) && other !== known,
          }));
        }),
      )
      .filter((c) => c.unpriced)
      .sort((x, y) => y.depth - x.depth);
    const c = candidates[0];
    if (!c) break;
    // spot: known-token base units per other-token base unit
    const perUnit = Number(spotPrice(c.p, c.other, c.known)) / Number(ONE);
    const known = c.p.assets[c.known];
    const other = c.p.assets[c.other];
    prices.set(other.denom, perUnit * 10 ** (other.decimals - known.decimals) * prices.get(known.denom)!);
    changed = true;
  }
  return prices;
}

/** A pool's total value in the reference token, or null when an asset has no price. */
export function poolTvl(pool: DexPool, prices: Map<string, number>): number | null {
  let total = 0;
  for (const a of pool.assets) {
    const p = prices.get(a.denom);
    if (p === undefined) return null;
    total += (Number(a.amount) / 10 ** a.decimals) * p;
  }
  return total;
}
