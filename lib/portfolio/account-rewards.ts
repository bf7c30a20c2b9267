import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import { describeTx } from "./activity";
import { blockTimes } from "@/lib/chain/blocks";
import type { AccountHistory } from "./history";
import { type RateCache, type RateSources, type StkRate, ratesAtHeights } from "./rates";
import { type AssetRewards, type StkMovement, reconstructRewards } from "./rewards";

// Rewards of every stkASSET the account holds or held: its movements from the history, each valued at the
// exchange rate of its block (archive reads, all sent together), then the FIFO reconstruction.

export interface ChainWindow {
  latestHeight: number;
  /** the oldest block whose state the node still serves */
  earliestHeight: number;
}

export function stkMovements(history: AccountHistory, account: string, denom: string): StkMovement[] {
  return history.txs
    .filter((tx) => tx.changes.has(denom))
    .map((tx) => ({ hash: tx.hash, height: tx.height, time: tx.time, kind: describeTx(tx, account).kinds[0], amount: tx.changes.get(denom)! }))
    .reverse(); // oldest first
}

export async function accountRewards(
  rpc: FailoverRpcClient,
  sources: RateSources,
  account: string,
  history: AccountHistory,
  balances: Map<string, bigint>,
  ratesNow: Map<string, StkRate>,
  window: ChainWindow,
  cache?: RateCache,
): Promise<{ rewards: AssetRewards; underlying: string }[]> {
  const denoms = [...ratesNow.keys()].filter((d) => (balances.get(d) ?? 0n) > 0n || history.txs.some((t) => t.changes.has(d)));
  const plans = denoms.map((denom) => {
    const movements = stkMovements(history, account, denom);
    const first = movements[0]?.height ?? window.latestHeight;
    return { denom, movements, openingHeight: Math.max(window.earliestHeight, first - 1) };
  });
  const heights = plans.flatMap((p) => [p.openingHeight, ...p.movements.map((m) => m.height)]);
  const [rates, times] = await Promise.all([
    ratesAtHeights(rpc, sources, heights, cache),
    blockTimes(
      rpc,
      plans.map((p) => p.openingHeight),
    ),
  ]);
  return plans.map((p) => ({
    underlying: ratesNow.get(p.denom)!.underlying,
    rewards: reconstructRewards({
      denom: p.denom,
      balanceNow: balances.get(p.denom) ?? 0n,
      rateNow: ratesNow.get(p.denom)!.rate,
      movements: p.movements,
      rateAt: (h) => rates.get(h)?.get(p.denom)?.rate ?? null,
      openingHeight: p.openingHeight,
      openingTime: times.get(p.openingHeight) ?? 0,
    }),
  }));
}
