import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import { querySmart } from "@/lib/chain/wasm";
import { assetDenom } from "./pools";
import type { DexPool } from "./types";

// An account's position in a pool (LP held, LP bonded in multistaking, unbonding locks, unclaimed rewards) and the
// reward schedules that pay the pool's bonded LP.

type AssetInfo = { native_token: { denom: string } } | { token: { contract_addr: string } };

export interface LpPosition {
  /** LP tokens in the wallet */
  held: bigint;
  bonded: bigint;
  /** unbonding, with their unlock time (ms) */
  locks: { amount: bigint; unlockAt: number }[];
  /** locks past their unlock time, ready to withdraw */
  unlocked: bigint;
  rewards: { denom: string; amount: bigint }[];
}

export interface RewardSchedule {
  denom: string;
  amount: bigint;
  /** ms */
  start: number;
  end: number;
}

/** How much LP the account has in a pool, wherever it sits (at a past `height` when given): no rewards. */
export async function fetchLpAmounts(
  rpc: FailoverRpcClient,
  multistaking: string,
  pool: DexPool,
  user: string,
  height?: number,
): Promise<Omit<LpPosition, "rewards">> {
  const lp = pool.lpToken;
  const [held, bonded, locks] = await Promise.all([
    querySmart<{ balance: string }>(rpc, lp, { balance: { address: user } }, height),
    querySmart<string>(rpc, multistaking, { bonded_lp_tokens: { lp_token: lp, user } }, height),
    querySmart<{ locks: { unlock_time: number; amount: string }[]; unlocked_amount: string }>(
      rpc,
      multistaking,
      { token_locks: { lp_token: lp, user } },
      height,
    ),
  ]);
  return {
    held: BigInt(held.balance),
    bonded: BigInt(bonded),
    locks: locks.locks.map((l) => ({ amount: BigInt(l.amount), unlockAt: l.unlock_time * 1000 })),
    unlocked: BigInt(locks.unlocked_amount),
  };
}

/** The account's position in a pool: its LP amounts and unclaimed rewards. */
export async function fetchPosition(rpc: FailoverRpcClient, multistaking: string, pool: DexPool, user: string): Promise<LpPosition> {
  const [amounts, rewards] = await Promise.all([
    fetchLpAmounts(rpc, multistaking, pool, user),
    querySmart<{ asset: AssetInfo; amount: string }[]>(rpc, multistaking, { unclaimed_rewards: { lp_token: pool.lpToken, user } }),
  ]);
  return {
    ...amounts,
    rewards: rewards.map((r) => ({ denom: assetDenom(r.asset), amount: BigInt(r.amount) })).filter((r) => r.amount > 0n),
  };
}

export async function fetchRewardSchedules(rpc: FailoverRpcClient, multistaking: string, lpToken: string): Promise<RewardSchedule[]> {
  const rows = await querySmart<{ reward_schedule: { asset: AssetInfo; amount: string; start_block_time: number; end_block_time: number } }[]>(
    rpc,
    multistaking,
    { reward_schedules: { lp_token: lpToken, asset: null } },
  );
  return rows.map(({ reward_schedule: s }) => ({
    denom: assetDenom(s.asset),
    amount: BigInt(s.amount),
    start: s.start_block_time * 1000,
    end: s.end_block_time * 1000,
  }));
}

export async function fetchTotalBonded(rpc: FailoverRpcClient, multistaking: string, lpToken: string): Promise<bigint> {
  return BigInt(await querySmart<string>(rpc, multistaking, { total_bonded_lp_tokens: { lp_token: lpToken } }));
}

export async function fetchUnlockPeriod(rpc: FailoverRpcClient, multistaking: string): Promise<{ unlockSeconds: number; instantUnbondFeeBps: number }> {
  const c = await querySmart<{ unlock_period: number; instant_unbond_fee_bp: number }>(rpc, multistaking, { unbond_config: { lp_token: null } });
  return { unlockSeconds: c.unlock_period, instantUnbondFeeBps: c.instant_unbond_fee_bp };
}

/** Reward tokens per year paid to the bonded LP now, by denom (from the schedules running at `now`). */
export function yearlyRewards(schedules: RewardSchedule[], now: number): Map<string, bigint> {
  const YEAR = 365n * 86_400_000n;
  const out = new Map<string, bigint>();
  for (const s of schedules) {
    if (now < s.start || now >= s.end) continue;
    out.set(s.denom, (out.get(s.denom) ?? 0n) + (s.amount * YEAR) / BigInt(s.end - s.start));
  }
  return out;
}
