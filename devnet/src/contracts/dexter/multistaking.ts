import type { Ctx } from "../../chain/module.js";
import type { BankModule } from "../../modules/bank.js";
import type { Contract, ExecuteEnv, WasmModule } from "../../modules/wasm.js";
import { contractState, uint128, variant } from "../state.js";
import { hookMessage } from "./cw20.js";
import { ONE } from "./decimal.js";
import { rawKey } from "./storage-key.js";
import { type AssetInfo, assetKey, native } from "./types.js";

// Dexter's multistaking as dexter_core ddd49ac runs it (contracts/multi_staking, version 3.1.1, the code core-1 runs):
// LP tokens bonded (cw20 send with {"bond":{}}) earn every reward schedule of their LP token. Per (reward asset, LP)
// a reward index (cosmwasm Decimal) grows by floor(distributed / total bonded) whenever anyone bonds, unbonds or
// withdraws; a schedule releases floor(amount / duration, as a Decimal) x seconds passed. A user's reward is
// floor(bond x index difference). Unbond starts a lock of the LP's unlock period (a per-LP override or the default);
// unlock returns expired locks; instant_unbond skips the lock for max_fee (rounded up); instant_unlock releases
// locks for the fee of their tier. Stretches with nothing bonded are the schedule creator's to claim back.
// Storage mirrors the contract's own maps, so a raw query of `lp_global_state` or `config` answers as on chain.

export type InstantUnbondConfig = "disabled" | { enabled: { min_fee: number; max_fee: number; fee_tier_interval: number } };

export interface UnbondConfig {
  /** seconds */
  unlock_period: number;
  instant_unbond_config: InstantUnbondConfig;
}

export interface MultistakingInit {
  owner: string;
  keeper: string;
  unbond_config: UnbondConfig;
  allowed_lp_tokens: string[];
  /** unbond configs set per LP token (SetCustomUnbondConfig) */
  lp_overrides?: Record<string, UnbondConfig>;
}

interface Config {
  owner: string;
  keeper: string;
  allowed_lp_tokens: string[];
  allowed_reward_cw20_tokens: string[];
  unbond_config: UnbondConfig;
}

export interface RewardSchedule {
  title: string;
  creator: string;
  asset: AssetInfo;
  amount: string;
  staking_lp_token: string;
  start_block_time: number;
  end_block_time: number;
}

interface TokenLock {
  unlock_time: number;
  amount: string;
}

interface LpGlobalState {
  total_bond_amount: string;
  active_reward_assets: AssetInfo[];
}

interface AssetRewardState {
  /** Decimal, as its 18-digit atomics */
  reward_index: bigint;
  last_distributed: number;
}

interface StakerInfo {
  asset: AssetInfo;
  reward_index: bigint;
  pending_reward: bigint;
}

interface CreatorClaimable {
  claimed: boolean;
  amount: bigint;
  last_update: number;
}

const MAX_INSTANT_UNBOND_FEE_BP = 1000;

// cosmwasm_std::Decimal on bigint atomics
const fromRatio = (a: bigint, b: bigint) => {
  if (b === 0n) throw new Error("Denominator must not be zero");
  return (a * ONE) / b;
};
/** Decimal x Uint128, floored (Uint128::mul_floor) */
const mulFloor = (d: bigint, u: bigint) => (d * u) / ONE;
/** Uint128::checked_mul_ceil(Decimal) */
const mulCeil = (u: bigint, d: bigint) => (u * d + ONE - 1n) / ONE;
const toUintCeil = (d: bigint) => (d + ONE - 1n) / ONE;
const formatDecimal = (d: bigint) => {
  const frac = (d % ONE).toString().padStart(18, "0").replace(/0+$/, "");
  return frac ? `${d / ONE}.${frac}` : (d / ONE).toString();
};
const parseDecimal = (s: string) => {
  const [whole, frac = ""] = s.split(".");
  return BigInt(whole) * ONE + BigInt(frac.padEnd(18, "0"));
};

/** The instant-unlock fee tiers of an unbond config (query::query_instant_unlock_fee_tiers). */
export function feeTiers(config: UnbondConfig): { seconds_till_unlock_start: number; seconds_till_unlock_end: number; unlock_fee_bp: number }[] {
  const c = config.instant_unbond_config;
  if (c === "disabled") throw new Error("Instant unbond/unlock is disabled for this LP");
  const { min_fee, max_fee, fee_tier_interval } = c.enabled;
  const period = config.unlock_period;
  if (period <= fee_tier_interval) return [{ seconds_till_unlock_start: 0, seconds_till_unlock_end: period, unlock_fee_bp: max_fee }];
  const tiers = Number(toUintCeil(fromRatio(BigInt(period), BigInt(fee_tier_interval))));
  const increment = fromRatio(BigInt(max_fee - min_fee), BigInt(tiers - 1));
  const out = [];
  let start = 0;
  let end = fee_tier_interval;
  for (let tier = 0; tier < tiers; tier++) {
    out.push({ seconds_till_unlock_start: start, seconds_till_unlock_end: end, unlock_fee_bp: min_fee + Number(toUintCeil(increment * BigInt(tier))) });
    start = end;
    end = tier === tiers - 2 ? period : end + fee_tier_interval;
  }
  return out;
}

/** utils::calculate_unlock_fee: the fee (bp, amount) to release a lock now */
function unlockFee(lock: TokenLock, now: number, config: UnbondConfig): [number, bigint] {
  if (lock.unlock_time <= now) return [0, 0n];
  const c = config.instant_unbond_config;
  if (c === "disabled") throw new Error("Instant unbond/unlock is disabled for this LP");
  const left = lock.unlock_time - now;
  const tier = feeTiers(config).find((t) => left >= t.seconds_till_unlock_start && left < t.seconds_till_unlock_end);
  const bp = tier?.unlock_fee_bp ?? c.enabled.max_fee;
  return [bp, mulCeil(BigInt(lock.amount), fromRatio(BigInt(bp), 10_000n))];
}

function validateUnbondConfig(c: unknown): UnbondConfig {
  const u = c as UnbondConfig;
  if (!u || typeof u.unlock_period !== "number") throw new Error("Error parsing into type dexter::multi_staking::UnbondConfig");
  const i = u.instant_unbond_config;
  if (i === "disabled") return u;
  if (!i || typeof i !== "object" || !("enabled" in i)) throw new Error("Error parsing into type dexter::multi_staking::InstantUnbondConfig");
  const { min_fee, max_fee, fee_tier_interval } = i.enabled;
  if (min_fee > max_fee) throw new Error("Invalid unbond config. Error: Min fee smaller than max fee is not allowed");
  if (max_fee > MAX_INSTANT_UNBOND_FEE_BP) throw new Error(`Invalid unbond config. Error: Max fee bigger than ${MAX_INSTANT_UNBOND_FEE_BP} is not allowed`);
  if (fee_tier_interval === 0 || fee_tier_interval > u.unlock_period)
    throw new Error("Invalid unbond config. Error: Invalid fee tier interval. Fee tier interval must be a non-zero value lesser than the unlock period");
  return u;
}

const notFound = (type: string) => new Error(`${type} not found`);
const sub = (a: bigint, b: bigint) => {
  if (b > a) throw new Error(`Overflow: Cannot Sub with ${a} and ${b}`);
  return a - b;
};

/** The contract's storage under the names of its cw-storage-plus items and maps (state.rs). */
function storage(ctx: Ctx, address: string) {
  const s = contractState(ctx, address);
  const big = (v: string | undefined) => BigInt(v ?? "0");
  return {
    config: () => s.get<Config>("config")!,
    setConfig: (c: Config) => s.set("config", c),
    override: (lp: string) => s.get<UnbondConfig>(`lp_override_config/${lp}`),
    setOverride: (lp: string, c: UnbondConfig | null) => (c ? s.set(`lp_override_config/${lp}`, c) : s.delete(`lp_override_config/${lp}`)),
    unbondConfig(lp: string) {
      return this.override(lp) ?? this.config().unbond_config;
    },
    global: (lp: string) => s.get<LpGlobalState>(`lp_global_state/${lp}`),
    setGlobal: (lp: string, g: LpGlobalState) => s.set(`lp_global_state/${lp}`, g),
    bonded: (lp: string, user: string) => big(s.get<string>(`user_bonded_lp_tokens/${lp}/${user}`)),
    setBonded: (lp: string, user: string, v: bigint) => s.set(`user_bonded_lp_tokens/${lp}/${user}`, v.toString()),
    locks: (lp: string, user: string) => s.get<TokenLock[]>(`user_lp_token_unlocks/${lp}/${user}`) ?? [],
    setLocks: (lp: string, user: string, v: TokenLock[]) => s.set(`user_lp_token_unlocks/${lp}/${user}`, v),
    scheduleIds: (lp: string, asset: string) => s.get<number[]>(`rewards/${lp}/${asset}`) ?? [],
    setScheduleIds: (lp: string, asset: string, ids: number[]) => s.set(`rewards/${lp}/${asset}`, ids),
    schedule: (id: number) => s.get<RewardSchedule>(`reward_schedules/${id}`),
    setSchedule: (id: number, v: RewardSchedule) => s.set(`reward_schedules/${id}`, v),
    nextScheduleId() {
      const id = Number(s.get<number>("reward_schedule_id_count") ?? 0) + 1;
      s.set("reward_schedule_id_count", id);
      return id;
    },
    rewardState(asset: string, lp: string): AssetRewardState | undefined {
      const v = s.get<{ reward_index: string; last_distributed: number }>(`asset_lp_reward_state/${asset}/${lp}`);
      return v && { reward_index: parseDecimal(v.reward_index), last_distributed: v.last_distributed };
    },
    setRewardState: (asset: string, lp: string, v: AssetRewardState) =>
      s.set(`asset_lp_reward_state/${asset}/${lp}`, { reward_index: formatDecimal(v.reward_index), last_distributed: v.last_distributed }),
    stakerInfo(lp: string, user: string, asset: string): StakerInfo | undefined {
      const v = s.get<{ asset: AssetInfo; reward_index: string; pending_reward: string }>(`asset_staker_info/${lp}/${user}/${asset}`);
      return v && { asset: v.asset, reward_index: parseDecimal(v.reward_index), pending_reward: BigInt(v.pending_reward) };
    },
    setStakerInfo: (lp: string, user: string, asset: string, v: StakerInfo) =>
      s.set(`asset_staker_info/${lp}/${user}/${asset}`, {
        asset: v.asset,
        reward_index: formatDecimal(v.reward_index),
        pending_reward: v.pending_reward.toString(),
      }),
    creatorClaimable(id: number): CreatorClaimable {
      const v = s.get<{ claimed: boolean; amount: string; last_update: number }>(`creator_claimable_reward/${id}`);
      return v ? { claimed: v.claimed, amount: BigInt(v.amount), last_update: v.last_update } : { claimed: false, amount: 0n, last_update: 0 };
    },
    setCreatorClaimable: (id: number, v: CreatorClaimable) =>
      s.set(`creator_claimable_reward/${id}`, { claimed: v.claimed, amount: v.amount.toString(), last_update: v.last_update }),
  };
}
type Storage = ReturnType<typeof storage>;

/** contract::compute_reward: brings an asset's reward index to `now` (the creator's share when nothing is bonded) */
function computeReward(now: number, total: bigint, state: AssetRewardState, schedules: [number, RewardSchedule][], creator: Map<number, CreatorClaimable>) {
  if (state.last_distributed === now) return;
  let distributed = 0n;
  for (const [id, s] of schedules) {
    if (s.start_block_time > now || s.end_block_time <= state.last_distributed) continue;
    const passed = Math.min(s.end_block_time, now) - Math.max(s.start_block_time, state.last_distributed);
    const perSecond = fromRatio(BigInt(s.amount), BigInt(s.end_block_time - s.start_block_time));
    distributed += mulFloor(perSecond, BigInt(passed));
    // as upstream: the running total so far, not this schedule's part alone
    if (total === 0n && state.last_distributed < now) {
      const c = creator.get(id)!;
      if (!c.claimed) creator.set(id, { claimed: false, amount: c.amount + distributed, last_update: now });
    }
  }
  state.last_distributed = now;
  if (total === 0n) return;
  state.reward_index += fromRatio(distributed, total);
}

/** the user's pending reward of one asset brought to the reward index (compute_staker_reward) */
function computeStakerReward(bond: bigint, state: AssetRewardState, staker: StakerInfo) {
  if (state.reward_index < staker.reward_index) throw new Error(`Overflow: Cannot Sub with ${state.reward_index} and ${staker.reward_index}`);
  staker.pending_reward += mulFloor(state.reward_index - staker.reward_index, bond);
  staker.reward_index = state.reward_index;
}

/** reward state and staker info of one asset at `now`, from storage (not saved) */
function rewardsAt(st: Storage, lp: string, user: string, info: AssetInfo, total: bigint, bond: bigint, now: number) {
  const asset = assetKey(info);
  const staker = st.stakerInfo(lp, user, asset) ?? { asset: info, reward_index: 0n, pending_reward: 0n };
  const state = st.rewardState(asset, lp) ?? { reward_index: 0n, last_distributed: 0 };
  const ids = st.scheduleIds(lp, asset);
  const schedules = ids.map((id) => [id, st.schedule(id)!] as [number, RewardSchedule]);
  const creator = new Map(ids.map((id) => [id, st.creatorClaimable(id)]));
  computeReward(now, total, state, schedules, creator);
  computeStakerReward(bond, state, staker);
  return { asset, state, staker, creator };
}

/** update_staking_rewards for every active asset of the LP; `payOut` withdraws the pending rewards */
function updateStakingRewards(
  st: Storage,
  lp: string,
  user: string,
  global: LpGlobalState,
  bond: bigint,
  now: number,
  payOut?: (a: AssetInfo, amount: bigint) => void,
) {
  for (const info of global.active_reward_assets) {
    const { asset, state, staker, creator } = rewardsAt(st, lp, user, info, BigInt(global.total_bond_amount), bond, now);
    if (payOut) {
      if (staker.pending_reward > 0n) payOut(info, staker.pending_reward);
      staker.pending_reward = 0n;
    }
    st.setRewardState(asset, lp, state);
    st.setStakerInfo(lp, user, asset, staker);
    for (const [id, c] of creator) st.setCreatorClaimable(id, c);
  }
}

export type MultistakingContract = Contract & {
  /** answers a raw storage query (wasmd RawContractState) for the keys the contract's state.rs names */
  raw(ctx: Ctx, address: string, key: Uint8Array): Uint8Array | null;
};

export function multistakingContract(wasm: WasmModule, bank: BankModule, init: MultistakingInit): MultistakingContract {
  const nowSec = (ctx: Ctx) => Math.floor(ctx.time / 1000);
  const pay = (ctx: Ctx, env: ExecuteEnv, info: AssetInfo, to: string, amount: bigint) => {
    if (amount === 0n) return;
    if ("native_token" in info) bank.send(ctx, env.contract, to, [{ denom: info.native_token.denom, amount }]);
    else wasm.execute(ctx, env.contract, info.token.contract_addr, { transfer: { recipient: to, amount: amount.toString() } });
  };
  const lpTransfer = (ctx: Ctx, env: ExecuteEnv, lp: string, to: string, amount: bigint) => pay(ctx, env, { token: { contract_addr: lp } }, to, amount);
  const ownerOnly = (st: Storage, sender: string) => {
    if (sender !== st.config().owner) throw new Error("Unauthorized");
  };
  const allowed = (st: Storage, lp: unknown): string => {
    if (typeof lp !== "string" || !st.config().allowed_lp_tokens.includes(lp)) throw new Error("LP Token is not allowed for staking");
    return lp;
  };
  const mustGlobal = (st: Storage, lp: string) => {
    const g = st.global(lp);
    if (!g) throw notFound("dexter::multi_staking::LpGlobalState");
    return g;
  };

  const bond = (st: Storage, sender: string, user: string, lp: string, amount: bigint, now: number): [string, string][] => {
    if (amount === 0n) throw new Error("Invalid amount. Amount cannot be zero");
    allowed(st, lp);
    const current = st.bonded(lp, user);
    const global = st.global(lp) ?? { total_bond_amount: "0", active_reward_assets: [] };
    updateStakingRewards(st, lp, user, global, current, now);
    global.total_bond_amount = (BigInt(global.total_bond_amount) + amount).toString();
    st.setGlobal(lp, global);
    st.setBonded(lp, user, current + amount);
    return [
      ["action", "dexter-multi-staking::bond"],
      ["sender", sender],
      ["user", user],
      ["lp_token", lp],
      ["amount", amount.toString()],
      ["total_bond_amount", global.total_bond_amount],
      ["user_updated_bond_amount", (current + amount).toString()],
    ];
  };

  const createSchedule = (
    st: Storage,
    now: number,
    lp: unknown,
    m: Record<string, unknown>,
    creator: string,
    asset: AssetInfo,
    amount: bigint,
  ): [string, string][] => {
    const lpToken = allowed(st, lp);
    const start = Number(m.start_block_time);
    const end = Number(m.end_block_time);
    if (start >= end) throw new Error(`Invalid block times. Start block time ${start} is greater than end block time ${end}`);
    if (start <= now) throw new Error(`Start block time should be later than current block time. Start block time ${start}, Current block time ${now}`);
    const global = st.global(lpToken) ?? { total_bond_amount: "0", active_reward_assets: [] };
    if (!global.active_reward_assets.some((a) => assetKey(a) === assetKey(asset))) global.active_reward_assets.push(asset);
    st.setGlobal(lpToken, global);
    const id = st.nextScheduleId();
    st.setSchedule(id, {
      title: String(m.title),
      creator,
      asset,
      amount: amount.toString(),
      staking_lp_token: lpToken,
      start_block_time: start,
      end_block_time: end,
    });
    st.setScheduleIds(lpToken, assetKey(asset), [...st.scheduleIds(lpToken, assetKey(asset)), id]);
    return [
      ["action", "dexter-multi-staking::create_reward_schedule"],
      ["creator", creator],
      ["lp_token", lpToken],
      ["start_block_time", String(start)],
      ["end_block_time", String(end)],
      ["reward_schedule_id", String(id)],
    ];
  };

  /** compute_creator_claimable_reward: what a schedule's creator may claim back at `now` */
  const creatorClaimableAt = (st: Storage, schedule: RewardSchedule, state: CreatorClaimable, now: number) => {
    const global = st.global(schedule.staking_lp_token) ?? { total_bond_amount: "0", active_reward_assets: [] };
    const assetState = st.rewardState(assetKey(schedule.asset), schedule.staking_lp_token) ?? { reward_index: 0n, last_distributed: 0 };
    if (BigInt(global.total_bond_amount) !== 0n) return state;
    if (assetState.last_distributed >= schedule.end_block_time || schedule.start_block_time > now) return state;
    const passed = Math.min(schedule.end_block_time, now) - Math.max(schedule.start_block_time, assetState.last_distributed);
    const perSecond = fromRatio(BigInt(schedule.amount), BigInt(schedule.end_block_time - schedule.start_block_time));
    return { ...state, amount: state.amount + mulFloor(perSecond, BigInt(passed)), last_update: now };
  };

  return {
    label: "dexter multistaking",
    codeId: 4,
    init(ctx, address) {
      const st = storage(ctx, address);
      validateUnbondConfig(init.unbond_config);
      st.setConfig({
        owner: init.owner,
        keeper: init.keeper,
        allowed_lp_tokens: [...init.allowed_lp_tokens],
        allowed_reward_cw20_tokens: [],
        unbond_config: init.unbond_config,
      });
      for (const [lp, c] of Object.entries(init.lp_overrides ?? {})) st.setOverride(lp, validateUnbondConfig(c));
    },
    execute(ctx, env, msg) {
      const st = storage(ctx, env.contract);
      const now = nowSec(ctx);
      const [kind, m] = variant(msg);
      switch (kind) {
        case "receive": {
          const [hook, body] = variant(hookMessage(m.msg));
          const cw20Sender = String(m.sender);
          const amount = uint128(m.amount, "amount");
          if (hook === "bond") {
            const user = typeof body.beneficiary_user === "string" ? body.beneficiary_user : cw20Sender;
            return { attributes: bond(st, cw20Sender, user, env.sender, amount, now) };
          }
          if (hook === "create_reward_schedule") {
            ownerOnly(st, cw20Sender);
            if (!st.config().allowed_reward_cw20_tokens.includes(env.sender)) throw new Error("This CW20 Token is not allowed as a reward asset");
            const creator = typeof body.actual_creator === "string" ? body.actual_creator : cw20Sender;
            return { attributes: createSchedule(st, now, body.lp_token, body, creator, { token: { contract_addr: env.sender } }, amount) };
          }
          throw new Error(`Error parsing into type dexter::multi_staking::Cw20HookMsg: unknown variant \`${hook}\``);
        }
        case "bond": {
          const lp = String(m.lp_token);
          const amount = uint128(m.amount, "amount");
          const attributes = bond(st, env.sender, env.sender, lp, amount, now);
          wasm.execute(ctx, env.contract, lp, { transfer_from: { owner: env.sender, recipient: env.contract, amount: amount.toString() } });
          return { attributes };
        }
        case "create_reward_schedule": {
          ownerOnly(st, env.sender);
          if (env.funds.length !== 1) throw new Error(`Invalid number of assets received. Expected 1, got ${env.funds.length}`);
          const creator = typeof m.actual_creator === "string" ? m.actual_creator : env.sender;
          return { attributes: createSchedule(st, now, m.lp_token, m, creator, native(env.funds[0].denom), env.funds[0].amount) };
        }
        case "unbond": {
          const lp = String(m.lp_token);
          const current = st.bonded(lp, env.sender);
          const amount = m.amount == null ? current : uint128(m.amount, "amount");
          if (amount === 0n) throw new Error("Invalid amount. Amount cannot be zero");
          const global = mustGlobal(st, lp);
          updateStakingRewards(st, lp, env.sender, global, current, now);
          global.total_bond_amount = sub(BigInt(global.total_bond_amount), amount).toString();
          st.setGlobal(lp, global);
          if (amount > current) throw new Error(`Can't unbond more than bonded. Current bond amount: ${current}, Amount to unbond ${amount}`);
          st.setBonded(lp, env.sender, current - amount);
          const unlockTime = now + st.unbondConfig(lp).unlock_period;
          st.setLocks(lp, env.sender, [...st.locks(lp, env.sender), { unlock_time: unlockTime, amount: amount.toString() }]);
          return {
            attributes: [
              ["action", "dexter-multi-staking::unbond"],
              ["sender", env.sender],
              ["lp_token", lp],
              ["amount", amount.toString()],
              ["total_bond_amount", global.total_bond_amount],
              ["user_updated_bond_amount", (current - amount).toString()],
              ["unlock_time", String(unlockTime)],
            ],
          };
        }
        case "instant_unbond": {
          const lp = String(m.lp_token);
          const amount = uint128(m.amount, "amount");
          if (amount === 0n) throw new Error("Invalid amount. Amount cannot be zero");
          const current = st.bonded(lp, env.sender);
          const terms = st.unbondConfig(lp).instant_unbond_config;
          if (terms === "disabled") throw new Error("Instant unbond/unlock is disabled for this LP");
          const global = mustGlobal(st, lp);
          if (amount > current) throw new Error(`Can't unbond more than bonded. Current bond amount: ${current}, Amount to unbond ${amount}`);
          updateStakingRewards(st, lp, env.sender, global, current, now);
          global.total_bond_amount = sub(BigInt(global.total_bond_amount), amount).toString();
          st.setGlobal(lp, global);
          st.setBonded(lp, env.sender, current - amount);
          const fee = mulCeil(amount, fromRatio(BigInt(terms.enabled.max_fee), 10_000n));
          lpTransfer(ctx, env, lp, st.config().keeper, fee);
          lpTransfer(ctx, env, lp, env.sender, amount - fee);
          return {
            attributes: [
              ["action", "dexter-multi-staking::instant_unbond"],
              ["sender", env.sender],
              ["lp_token", lp],
              ["amount", amount.toString()],
              ["total_bond_amount", global.total_bond_amount],
              ["user_updated_bond_amount", (current - amount).toString()],
              ["instant_unbond_fee", fee.toString()],
              ["user_withdrawn_amount", (amount - fee).toString()],
            ],
          };
        }
        case "unlock": {
          const lp = String(m.lp_token);
          const locks = st.locks(lp, env.sender);
          const ready = locks.filter((l) => l.unlock_time <= now);
          const total = ready.reduce((sum, l) => sum + BigInt(l.amount), 0n);
          const rest = locks.filter((l) => l.unlock_time > now);
          // as upstream: nothing to unlock is not an error, and then nothing is saved
          if (total > 0n) {
            st.setLocks(lp, env.sender, rest);
            lpTransfer(ctx, env, lp, env.sender, total);
          }
          return {
            attributes: [
              ["action", "dexter-multi-staking::unlock"],
              ["sender", env.sender],
              ["lp_token", lp],
              ["amount", total.toString()],
            ],
          };
        }
        case "instant_unlock": {
          const lp = String(m.lp_token);
          const terms = st.unbondConfig(lp);
          const locks = st.locks(lp, env.sender);
          if (!locks.length) throw new Error("No locks exist for the user");
          const asked = Array.isArray(m.token_locks) ? (m.token_locks as { unlock_time: number; amount: string }[]) : [];
          const [keep, release] = lockDifference(
            locks,
            asked.map((l) => ({ unlock_time: Number(l.unlock_time), amount: uint128(l.amount, "amount").toString() })),
          );
          if (!release.length) throw new Error("No valid lock found from supplied input which can be unlocked");
          let out = 0n;
          let fees = 0n;
          for (const lock of release) {
            const [, fee] = unlockFee(lock, now, terms);
            out += BigInt(lock.amount) - fee;
            fees += fee;
          }
          st.setLocks(lp, env.sender, keep);
          lpTransfer(ctx, env, lp, env.sender, out);
          lpTransfer(ctx, env, lp, st.config().keeper, fees);
          return {
            attributes: [
              ["action", "dexter-multi-staking::instant_unlock"],
              ["sender", env.sender],
              ["lp_token", lp],
              ["amount", release.reduce((s, l) => s + BigInt(l.amount), 0n).toString()],
              ["fee", fees.toString()],
            ],
          };
        }
        case "withdraw": {
          const lp = String(m.lp_token);
          const global = mustGlobal(st, lp);
          const paid: [string, string][] = [];
          updateStakingRewards(st, lp, env.sender, global, st.bonded(lp, env.sender), now, (info, amount) => {
            pay(ctx, env, info, env.sender, amount);
            paid.push(["reward", `${amount}${assetKey(info)}`]);
          });
          return {
            attributes: [["action", "dexter-multi-staking::withdraw"], ["sender", env.sender], ["lp_token", lp], ...paid],
          };
        }
        case "claim_unallocated_reward": {
          const id = Number(m.reward_schedule_id);
          const schedule = st.schedule(id);
          if (!schedule) throw notFound("dexter::multi_staking::RewardSchedule");
          if (env.sender !== schedule.creator) throw new Error("Unauthorized");
          if (schedule.end_block_time > now) throw new Error("Can't perform this operation while reward schedule is active");
          const before = st.creatorClaimable(id);
          if (before.claimed) throw new Error("Unallocated reward for this schedule has already been claimed by the creator");
          const state = creatorClaimableAt(st, schedule, before, now);
          if (state.amount === 0n) throw new Error("This reward schedule has no unallocated reward to claim by the creator");
          st.setCreatorClaimable(id, { ...state, claimed: true });
          pay(ctx, env, schedule.asset, schedule.creator, state.amount);
          return {
            attributes: [
              ["action", "dexter-multi-staking::claim_unallocated_reward"],
              ["reward_schedule_id", String(id)],
              ["amount", state.amount.toString()],
            ],
          };
        }
        case "allow_lp_token": {
          ownerOnly(st, env.sender);
          const c = st.config();
          const lp = String(m.lp_token);
          if (c.allowed_lp_tokens.includes(lp)) throw new Error("LP Token is already allowed");
          st.setConfig({ ...c, allowed_lp_tokens: [...c.allowed_lp_tokens, lp] });
          return {
            attributes: [
              ["action", "dexter-multi-staking::allow_lp_token"],
              ["lp_token", lp],
            ],
          };
        }
        case "remove_lp_token": {
          ownerOnly(st, env.sender);
          const c = st.config();
          st.setConfig({ ...c, allowed_lp_tokens: c.allowed_lp_tokens.filter((x) => x !== m.lp_token) });
          return {
            attributes: [
              ["action", "dexter-multi-staking::remove_lp_token"],
              ["lp_token", String(m.lp_token)],
            ],
          };
        }
        case "allow_reward_cw20_token": {
          ownerOnly(st, env.sender);
          const c = st.config();
          if (c.allowed_reward_cw20_tokens.includes(String(m.addr))) throw new Error("CW20 Token is already allowed as a reward asset");
          st.setConfig({ ...c, allowed_reward_cw20_tokens: [...c.allowed_reward_cw20_tokens, String(m.addr)] });
          return { attributes: [["action", "dexter-multi-staking::allow_reward_cw20_token"]] };
        }
        case "update_config": {
          ownerOnly(st, env.sender);
          const c = st.config();
          st.setConfig({
            ...c,
            keeper: typeof m.keeper_addr === "string" ? m.keeper_addr : c.keeper,
            unbond_config: m.unbond_config == null ? c.unbond_config : validateUnbondConfig(m.unbond_config),
          });
          return { attributes: [["action", "dexter-multi-staking::update_config"]] };
        }
        case "set_custom_unbond_config":
        case "unset_custom_unbond_config": {
          ownerOnly(st, env.sender);
          st.setOverride(String(m.lp_token), kind === "set_custom_unbond_config" ? validateUnbondConfig(m.unbond_config) : null);
          return {
            attributes: [
              ["action", `dexter-multi-staking::${kind}`],
              ["lp_token", String(m.lp_token)],
            ],
          };
        }
        default:
          throw new Error(`Error parsing into type dexter::multi_staking::ExecuteMsg: unknown variant \`${kind}\``);
      }
    },
    query(ctx, address, msg) {
      const st = storage(ctx, address);
      const now = nowSec(ctx);
      const [kind, m] = variant(msg);
      const lp = String(m.lp_token);
      switch (kind) {
        case "config":
          return st.config();
        case "owner":
          return st.config().owner;
        case "unbond_config":
          return m.lp_token == null ? st.config().unbond_config : st.unbondConfig(lp);
        case "allowed_l_p_tokens_for_reward":
          return st.config().allowed_lp_tokens;
        case "bonded_lp_tokens":
          return st.bonded(lp, String(m.user)).toString();
        case "raw_token_locks":
          return st.locks(lp, String(m.user));
        case "token_locks": {
          const t = typeof m.block_time === "number" ? m.block_time : now;
          const locks = st.locks(lp, String(m.user));
          // as upstream: a lock counts as unlocked only once its time has passed (strictly), though unlock takes it at equal
          const unlocked = locks.filter((l) => l.unlock_time < t).reduce((sum, l) => sum + BigInt(l.amount), 0n);
          return { locks: locks.filter((l) => l.unlock_time >= t), unlocked_amount: unlocked.toString() };
        }
        case "unclaimed_rewards": {
          const global = mustGlobal(st, lp);
          const t = typeof m.block_time === "number" ? m.block_time : now;
          if (t < now) throw new Error("Block time cannot be in the past");
          const bonded = st.bonded(lp, String(m.user));
          return global.active_reward_assets
            .map((info) => ({ info, r: rewardsAt(st, lp, String(m.user), info, BigInt(global.total_bond_amount), bonded, t) }))
            .filter(({ r }) => r.staker.pending_reward > 0n)
            .map(({ info, r }) => ({ asset: info, amount: r.staker.pending_reward.toString() }));
        }
        case "reward_schedules":
          return st.scheduleIds(lp, assetKey(m.asset)).map((id) => ({ id, reward_schedule: st.schedule(id) }));
        case "reward_state": {
          const r = st.rewardState(assetKey(m.asset), lp);
          if (!r) throw new Error("No reward state found for the asset since the reward is not distributed for it yet");
          return { reward_index: formatDecimal(r.reward_index), last_distributed: r.last_distributed };
        }
        case "staker_info": {
          const r = st.stakerInfo(lp, String(m.user), assetKey(m.asset));
          if (!r) throw new Error("No reward state found for the asset for the user since the reward is not distributed to the user yet");
          return { asset: r.asset, reward_index: formatDecimal(r.reward_index), pending_reward: r.pending_reward.toString() };
        }
        case "creator_claimable_reward": {
          const id = Number(m.reward_schedule_id);
          const schedule = st.schedule(id);
          if (!schedule) throw notFound("dexter::multi_staking::RewardSchedule");
          const c = creatorClaimableAt(st, schedule, st.creatorClaimable(id), now);
          return { claimed: c.claimed, amount: c.amount.toString(), last_update: c.last_update };
        }
        case "instant_unlock_fee_tiers":
          return feeTiers(st.unbondConfig(lp));
        case "default_instant_unlock_fee_tiers":
          return feeTiers(st.config().unbond_config);
        case "instant_unlock_fee": {
          const asked = m.token_lock as { unlock_time: number; amount: string };
          const lock = { unlock_time: Number(asked.unlock_time), amount: uint128(asked.amount, "amount").toString() };
          if (!st.locks(lp, String(m.user)).some((l) => l.unlock_time === lock.unlock_time && l.amount === lock.amount))
            throw new Error("Token lock doesn't exist");
          const [bp, fee] = unlockFee(lock, now, st.unbondConfig(lp));
          return {
            time_until_lock_expiry: Math.max(lock.unlock_time - now, 0),
            unlock_fee_bp: bp,
            unlock_fee: fee.toString(),
            unlock_amount: lock.amount,
          };
        }
        default:
          throw new Error(`Error parsing into type dexter::multi_staking::QueryMsg: unknown variant \`${kind}\``);
      }
    },
    raw(ctx, address, key) {
      const st = storage(ctx, address);
      const found = rawKey(key);
      const value =
        found?.namespace === "config" && !found.parts.length
          ? st.config()
          : found?.namespace === "lp_global_state" && found.parts.length === 1
            ? st.global(found.parts[0])
            : undefined;
      return value === undefined ? null : new TextEncoder().encode(JSON.stringify(value));
    },
  };
}

/** utils::find_lock_difference: the locks kept, and those of `asked` that exist (each matched once), by unlock time */
function lockDifference(all: TokenLock[], asked: TokenLock[]): [TokenLock[], TokenLock[]] {
  const a = [...all].sort((x, y) => x.unlock_time - y.unlock_time);
  const b = [...asked].sort((x, y) => x.unlock_time - y.unlock_time);
  const keep: TokenLock[] = [];
  const valid: TokenLock[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i].unlock_time === b[j].unlock_time && a[i].amount === b[j].amount) {
      valid.push(b[j]);
      i++;
      j++;
    } else if (a[i].unlock_time < b[j].unlock_time) keep.push(a[i++]);
    else j++;
  }
  while (i < a.length) keep.push(a[i++]);
  return [keep, valid];
}
