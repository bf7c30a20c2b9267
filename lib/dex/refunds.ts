import type { DexPool } from "./types";

// What a defunct pool refunds: the vault's calculate_proportional_refund (dexter_core ddd49ac, contracts/vault):
// each asset held at the moment the pool closed, times the LP the holder owns anywhere (wallet, bonded, unbonding),
// divided by the LP supply at that moment, rounded down.

/** Each pool asset's refund for `ownedLp`, in the pool's order; null for a live pool. */
export function refundShare(pool: DexPool, ownedLp: bigint): bigint[] | null {
  const d = pool.defunct;
  if (!d) return null;
  if (d.lpSupplyAtDefunct === 0n) return pool.assets.map(() => 0n);
  return d.assetsAtDefunct.map((amount) => (amount * ownedLp) / d.lpSupplyAtDefunct);
}
