import { type ChainSpan, blockAtTime } from "@/lib/chain/blocks";
import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import { searchAll } from "@/lib/chain/tx-search";
import { YEAR_MS } from "@/lib/pstake/apy";

// What Dexter's liquidity providers earned in swap fees over a recent window, read from the vault's swap events
// in the node's tx index: each swap's total fee less the protocol's share stays in the pool, in the offered
// asset. A pool's fee APR is that, valued and annualised, over its TVL.

export const FEE_WINDOW_MS = 7 * 24 * 3600 * 1000;
const MAX_SWAPS = 1000;

export interface SwapFees {
  /** the window actually measured (shorter on a young chain or a pruned node) */
  fromTime: number;
  toTime: number;
  /** pool id -> denom -> fees left to LPs, base units */
  byPool: Map<string, Map<string, bigint>>;
  swaps: number;
  /** more swaps than were read: the figure is a lower bound */
  truncated: boolean;
}

export async function fetchSwapFees(rpc: FailoverRpcClient, span: ChainSpan, windowMs = FEE_WINDOW_MS): Promise<SwapFees> {
  const from = await blockAtTime(rpc, span, Math.max(span.earliestTime, span.latestTime - windowMs));
  const { txs, total } = await searchAll(rpc, `wasm.action='dexter-vault::swap' AND tx.height>${from.height}`, MAX_SWAPS);
  const byPool = new Map<string, Map<string, bigint>>();
  let swaps = 0;
  for (const tx of txs) {
    if (tx.tx_result.code) continue;
    for (const e of tx.tx_result.events) {
      const attr = (k: string) => e.attributes.find((a) => a.key === k)?.value;
      if (e.type !== "wasm" || attr("action") !== "dexter-vault::swap") continue;
      const pool = attr("pool_id");
      const denom = attr("asset_in");
      if (!pool || !denom) continue;
      const lpFee = BigInt(attr("total_fee") ?? "0") - BigInt(attr("protocol_fee") ?? "0");
      const fees = byPool.get(pool) ?? byPool.set(pool, new Map()).get(pool)!;
      fees.set(denom, (fees.get(denom) ?? 0n) + lpFee);
      swaps++;
    }
  }
  return { fromTime: from.time, toTime: span.latestTime, byPool, swaps, truncated: total > txs.length };
}

/** LP fees of a pool over the window, valued at today's prices and annualised, over its TVL */
export function feeApr(fees: SwapFees, poolId: string, tvl: number | null, valueOf: (denom: string, amount: bigint) => number | null): number | null {
  if (tvl === null || tvl <= 0) return null;
  const pool = fees.byPool.get(poolId);
  if (!pool) return 0; // no swap in the window
  const span = fees.toTime - fees.fromTime;
  if (span <= 0) return null;
  let value = 0;
  for (const [denom, amount] of pool) {
    const v = valueOf(denom, amount);
    if (v === null) return null;
    value += v;
  }
  return (value / tvl) * (YEAR_MS / span);
}
