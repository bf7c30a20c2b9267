import type { PoolActivity } from "./pool-activity";
import type { PoolSnapshot } from "./pool-state";

// Is the pool run? Stakes are offered only when the chain shows it: not paused, rewards added within the last week,
// and unstakes waiting for the operator settled within it too. Anything else is exit-only (or nothing, when paused),
// and the page says which fact decided it.

export type PoolOperation =
  /** the operator is at work: stake, unstake and claim */
  | { kind: "live"; lastRewardsAt: bigint }
  /** paused by its admin: the pool takes no deposit, unstake or claim until unpaused */
  | { kind: "paused" }
  /** no rewards in the window (lastRewardsAt null: none since `since`), or unstakes left waiting: unstake and claim only */
  | { kind: "not-run"; why: "no-rewards" | "unsettled"; since: bigint; lastRewardsAt: bigint | null; lastSettlementAt: bigint | null }
  /** the node would not show the pool's events: not confirmed as run, so exit-only, with the node's words */
  | { kind: "unconfirmed"; error: string };

export function poolOperation(pool: Pick<PoolSnapshot, "paused" | "bnbToUnbond">, activity: PoolActivity | Error): PoolOperation {
  if (pool.paused) return { kind: "paused" };
  if (activity instanceof Error) return { kind: "unconfirmed", error: activity.message.split("\n")[0]! };
  const { since, lastRewardsAt, lastSettlementAt } = activity;
  if (lastRewardsAt === null) return { kind: "not-run", why: "no-rewards", since, lastRewardsAt, lastSettlementAt };
  // unstaked BNB waiting while the operator settled nothing all week: claims would never be covered
  if (pool.bnbToUnbond > 0n && lastSettlementAt === null) return { kind: "not-run", why: "unsettled", since, lastRewardsAt, lastSettlementAt };
  return { kind: "live", lastRewardsAt };
}

/** Whether new stakes are offered (undefined while the pool's state or events are read). */
export const stakesOffered = (operation: PoolOperation | undefined) => (operation ? operation.kind === "live" : undefined);
