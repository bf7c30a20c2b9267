import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import { queryRaw, querySmart, storageMapKey } from "@/lib/chain/wasm";
import { assetDenom } from "./pools";
import type { DexPool } from "./types";
import { type UnbondTerms, parseUnbondConfig } from "./unbond-terms";

// An account's position in a pool (LP held, LP bonded in multistaking, unbonding locks, unclaimed rewards) and the
// reward schedules that pay the pool's bonded LP, read from dexter-multi-staking 3.1.1 as it answers on core-1.

type AssetInfo = { native_token: { denom: string } } | { token: { contract_addr: string } };

/** What multistaking keeps per LP token (state.rs LP_GLOBAL_STATE): no smart query exposes it, a raw one does. */
export interface LpStakingState {
  totalBonded: bigint;
  /** every asset a schedule has ever paid this LP in */
  rewardAssets: AssetInfo[];
}

/** The LP's bonded total and reward assets, or null when nobody has bonded it and no schedule was ever made. */
export async function fetchLpStakingState(rpc: FailoverRpcClient, multistaking: string, lpToken: string): Promise<LpStakingState | null> {
  const raw = await queryRaw<{ total_bond_amount: string; active_reward_assets: AssetInfo[] }>(rpc, multistaking, storageMapKey("lp_global_state", lpToken));
  return raw && { totalBonded: BigInt(raw.total_bond_amount), rewardAssets: raw.active_reward_assets };
}

export interface LpPosition {
  /** LP tokens in the wallet */
  held: bigint;
  bonded: bigint;
  /** unbonding, with their unlock time (ms) */
  locks: { amount: bigint; unlockAt: number }[];
  /** locks past their unlock time, ready to withdraw */
  unlocked: bigint;
  rewards: { denom: string; amount: bigint }[];
  /** a defunct pool: whether the vault has paid this account its refund yet */
  refunded?: boolean;
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
export async function fetchPosition(
  rpc: FailoverRpcClient,
  contracts: { vault: string; multistaking: string },
  pool: DexPool,
  user: string,
): Promise<LpPosition> {
  const { vault, multistaking } = contracts;
  const [amounts, state, refunded] = await Promise.all([
    fetchLpAmounts(rpc, multistaking, pool, user),
    fetchLpStakingState(rpc, multistaking, pool.lpToken),
    pool.defunct ? querySmart<boolean>(rpc, vault, { is_user_refunded: { pool_id: pool.id, user } }) : undefined,
  ]);
  // the contract refuses unclaimed_rewards for an LP it has no state for: then there are none
  const rewards = state
    ? await querySmart<{ asset: AssetInfo; amount: string }[]>(rpc, multistaking, { unclaimed_rewards: { lp_token: pool.lpToken, user } })
    : [];
  return {
    ...amounts,
    rewards: rewards.map((r) => ({ denom: assetDenom(r.asset), amount: BigInt(r.amount) })).filter((r) => r.amount > 0n),
    ...(refunded === undefined ? {} : { refunded }),
  };
}

/** The LP's reward schedules (asked per reward asset, as the contract keys them) and its total bonded. */
export async function fetchPoolRewards(
  rpc: FailoverRpcClient,
  multistaking: string,
  lpToken: string,
): Promise<{ schedules: RewardSchedule[]; bonded: bigint }> {
  const state = await fetchLpStakingState(rpc, multistaking, lpToken);
  if (!state) return { schedules: [], bonded: 0n };
  const perAsset = await Promise.all(
    state.rewardAssets.map((asset) =>
      querySmart<{ reward_schedule: { asset: AssetInfo; amount: string; start_block_time: number; end_block_time: number } }[]>(rpc, multistaking, {
        reward_schedules: { lp_token: lpToken, asset },
      }),
    ),
  );
  const schedules = perAsset.flat().map(({ reward_schedule: s }) => ({
    denom: assetDenom(s.asset),
    amount: BigInt(s.amount),
    start: s.start_block_time * 1000,
    end: s.end_block_time * 1000,
  }));
  return { schedules, bonded: state.totalBonded };
}

/** The LP's unbonding terms (its custom config, else the default). */
export async function fetchUnbondTerms(rpc: FailoverRpcClient, multistaking: string, lpToken: string): Promise<UnbondTerms> {
  return parseUnbondConfig(await querySmart(rpc, multistaking, { unbond_config: { lp_token: lpToken } }));
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
