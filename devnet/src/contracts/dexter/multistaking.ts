import type { Ctx } from "../../chain/module.js";
import type { BankModule } from "../../modules/bank.js";
import type { Contract, ExecuteEnv, WasmModule } from "../../modules/wasm.js";
import { contractState, uint128, variant } from "../state.js";
import { hookMessage } from "./cw20.js";
import { ONE } from "./decimal.js";
import { type AssetInfo, assetKey, native } from "./types.js";

// Dexter's multistaking: LP tokens bonded (cw20 send with {"bond":{}}) earn every reward schedule of their LP token,
// pro rata by bonded amount and second by second over each schedule's window. Unbond starts a lock of
// `unlock_period`; unlock returns expired locks; instant_unbond skips the lock for a fee; withdraw pays rewards.

export interface RewardSchedule {
  title: string;
  creator: string;
  asset: AssetInfo;
  amount: string;
  staking_lp_token: string;
  start_block_time: number;
  end_block_time: number;
}

export interface MultistakingConfig {
  owner: string;
  keeper: string;
  /** seconds */
  unlock_period: number;
  instant_unbond_fee_bp: number;
}

interface Lock {
  unlock_time: number;
  amount: string;
}

interface RewardPoint {
  /** rewards per bonded LP unit, scaled by 1e18 */
  index: string;
  /** seconds: rewards up to here are in the index */
  last: number;
}

interface UserPoint {
  index: string;
  pending: string;
}

export type MultistakingContract = Contract & {
  /** genesis-time schedule creation (the devnet's stand-in for an approved reward schedule proposal) */
  addSchedule(ctx: Ctx, address: string, schedule: RewardSchedule): number;
};

export function multistakingContract(wasm: WasmModule, bank: BankModule, config: MultistakingConfig, allowedLpTokens: string[]): MultistakingContract {
  const nowSec = (ctx: Ctx) => Math.floor(ctx.time / 1000);

  const store = (ctx: Ctx, address: string) => {
    const s = contractState(ctx, address);
    const big = (key: string) => BigInt(s.get<string>(key) ?? "0");
    const schedules = (lp: string) => s.list<RewardSchedule>(`schedule/${lp}/`).map((e) => ({ id: Number(e.key), schedule: e.value }));
    const rewardAssets = (lp: string) => [...new Set(schedules(lp).map((x) => assetKey(x.schedule.asset)))];
    const distributedUntil = (sch: RewardSchedule, t: number) => {
      const duration = sch.end_block_time - sch.start_block_time;
      const elapsed = Math.min(Math.max(t - sch.start_block_time, 0), duration);
      return (BigInt(sch.amount) * BigInt(elapsed)) / BigInt(duration);
    };
    /** the reward index of an asset at time t (not saved) */
    const pointAt = (lp: string, asset: string, t: number): RewardPoint => {
      const point = s.get<RewardPoint>(`point/${lp}/${asset}`) ?? { index: "0", last: t };
      const total = big(`total/${lp}`);
      if (t <= point.last) return point;
      // with nothing bonded, that stretch of rewards is not handed out (it stays in the contract)
      if (total === 0n) return { index: point.index, last: t };
      let released = 0n;
      for (const { schedule } of schedules(lp))
        if (assetKey(schedule.asset) === asset) released += distributedUntil(schedule, t) - distributedUntil(schedule, point.last);
      return { index: (BigInt(point.index) + (released * ONE) / total).toString(), last: t };
    };
    /** the user's unclaimed rewards per asset at time t, and the points to save */
    const settleAt = (lp: string, user: string, t: number) => {
      const bonded = big(`bonded/${lp}/${user}`);
      return rewardAssets(lp).map((asset) => {
        const point = pointAt(lp, asset, t);
        // no record yet: the user has earned this asset since its first schedule (index 0)
        const mine = s.get<UserPoint>(`user/${lp}/${asset}/${user}`) ?? { index: "0", pending: "0" };
        const pending = BigInt(mine.pending) + (bonded * (BigInt(point.index) - BigInt(mine.index))) / ONE;
        return { asset, point, user: { index: point.index, pending: pending.toString() } };
      });
    };
    return {
      s,
      big,
      schedules,
      pointAt,
      settleAt,
      /** brings the user's rewards up to now before their bond changes */
      settle(lp: string, user: string, t: number) {
        const rows = settleAt(lp, user, t);
        for (const r of rows) {
          s.set(`point/${lp}/${r.asset}`, r.point);
          s.set(`user/${lp}/${r.asset}/${user}`, r.user);
        }
        return rows;
      },
      addBond(lp: string, user: string, delta: bigint) {
        s.set(`bonded/${lp}/${user}`, (big(`bonded/${lp}/${user}`) + delta).toString());
        s.set(`total/${lp}`, (big(`total/${lp}`) + delta).toString());
      },
      locks: (lp: string, user: string) => s.get<Lock[]>(`locks/${lp}/${user}`) ?? [],
      setLocks: (lp: string, user: string, locks: Lock[]) => s.set(`locks/${lp}/${user}`, locks),
    };
  };

  const checkLp = (lp: unknown): string => {
    if (typeof lp !== "string" || !allowedLpTokens.includes(lp)) throw new Error(`LP token ${String(lp)} is not allowed for staking`);
    return lp;
  };
  const lpTransfer = (ctx: Ctx, env: ExecuteEnv, lp: string, to: string, amount: bigint) => {
    if (amount > 0n) wasm.execute(ctx, env.contract, lp, { transfer: { recipient: to, amount: amount.toString() } });
  };
  const unbondFrom = (st: ReturnType<typeof store>, lp: string, user: string, amount: bigint, t: number) => {
    if (amount === 0n) throw new Error("Amount must be greater than zero");
    const bonded = st.big(`bonded/${lp}/${user}`);
    if (amount > bonded) throw new Error(`Cannot unbond ${amount}: only ${bonded} bonded`);
    st.settle(lp, user, t);
    st.addBond(lp, user, -amount);
  };

  const addSchedule = (ctx: Ctx, address: string, sch: RewardSchedule) => {
    const st = store(ctx, address);
    const id = Number(st.s.get<string>("next_schedule_id") ?? "1");
    const lp = checkLp(sch.staking_lp_token);
    // bring every index to now first, so the new schedule only pays from now on
    const assets = new Set([...st.schedules(lp).map((x) => assetKey(x.schedule.asset)), assetKey(sch.asset)]);
    for (const asset of assets) st.s.set(`point/${lp}/${asset}`, st.pointAt(lp, asset, nowSec(ctx)));
    st.s.set(`schedule/${lp}/${id}`, sch);
    st.s.set("next_schedule_id", String(id + 1));
    return id;
  };

  const contract: MultistakingContract = {
    label: "dexter multistaking",
    codeId: 4,
    addSchedule,
    execute(ctx, env, msg) {
      const st = store(ctx, env.contract);
      const t = nowSec(ctx);
      const [kind, m] = variant(msg);
      switch (kind) {
        case "receive": {
          const lp = checkLp(env.sender);
          const [hook, body] = variant(hookMessage(m.msg));
          if (hook !== "bond") throw new Error(`unknown cw20 hook \`${hook}\``);
          const user = typeof body.beneficiary_user === "string" && body.beneficiary_user ? body.beneficiary_user : String(m.sender);
          const amount = uint128(m.amount, "amount");
          st.settle(lp, user, t);
          st.addBond(lp, user, amount);
          return {
            attributes: [
              ["action", "bond"],
              ["lp_token", lp],
              ["user", user],
              ["amount", amount.toString()],
            ],
          };
        }
        case "unbond": {
          const lp = checkLp(m.lp_token);
          const amount = uint128(m.amount, "amount");
          unbondFrom(st, lp, env.sender, amount, t);
          const unlockTime = t + config.unlock_period;
          st.setLocks(lp, env.sender, [...st.locks(lp, env.sender), { unlock_time: unlockTime, amount: amount.toString() }]);
          return {
            attributes: [
              ["action", "unbond"],
              ["lp_token", lp],
              ["user", env.sender],
              ["amount", amount.toString()],
              ["unlock_time", String(unlockTime)],
            ],
          };
        }
        case "unlock": {
          const lp = checkLp(m.lp_token);
          const locks = st.locks(lp, env.sender);
          const ready = locks.filter((l) => l.unlock_time <= t);
          const total = ready.reduce((sum, l) => sum + BigInt(l.amount), 0n);
          if (total === 0n) throw new Error("No unlocked LP tokens to withdraw");
          st.setLocks(
            lp,
            env.sender,
            locks.filter((l) => l.unlock_time > t),
          );
          lpTransfer(ctx, env, lp, env.sender, total);
          return {
            attributes: [
              ["action", "unlock"],
              ["lp_token", lp],
              ["user", env.sender],
              ["amount", total.toString()],
            ],
          };
        }
        case "instant_unbond": {
          const lp = checkLp(m.lp_token);
          const amount = uint128(m.amount, "amount");
          unbondFrom(st, lp, env.sender, amount, t);
          const fee = (amount * BigInt(config.instant_unbond_fee_bp)) / 10_000n;
          lpTransfer(ctx, env, lp, env.sender, amount - fee);
          lpTransfer(ctx, env, lp, config.keeper, fee);
          return {
            attributes: [
              ["action", "instant_unbond"],
              ["lp_token", lp],
              ["user", env.sender],
              ["amount", amount.toString()],
              ["fee", fee.toString()],
            ],
          };
        }
        case "withdraw": {
          const lp = checkLp(m.lp_token);
          const rows = st.settle(lp, env.sender, t);
          const paid = rows.filter((r) => BigInt(r.user.pending) > 0n).map((r) => ({ denom: r.asset, amount: BigInt(r.user.pending) }));
          if (!paid.length) throw new Error("No rewards to withdraw");
          for (const r of rows) st.s.set(`user/${lp}/${r.asset}/${env.sender}`, { index: r.user.index, pending: "0" });
          bank.send(
            ctx,
            env.contract,
            env.sender,
            paid.sort((a, b) => (a.denom < b.denom ? -1 : 1)),
          );
          return {
            attributes: [
              ["action", "withdraw"],
              ["lp_token", lp],
              ["user", env.sender],
              ["rewards", paid.map((p) => `${p.amount}${p.denom}`).join(",")],
            ],
          };
        }
        default:
          throw new Error(`Error parsing into type dexter::multi_staking::ExecuteMsg: unknown variant \`${kind}\``);
      }
    },
    query(ctx, address, msg) {
      const st = store(ctx, address);
      const [kind, m] = variant(msg);
      const t = typeof m.block_time === "number" ? m.block_time : nowSec(ctx);
      switch (kind) {
        case "config":
          return { owner: config.owner, keeper_addr: config.keeper, unlock_period: config.unlock_period, instant_unbond_fee_bp: config.instant_unbond_fee_bp };
        case "allowed_lp_tokens":
          return allowedLpTokens;
        case "unbond_config":
          return { unlock_period: config.unlock_period, instant_unbond_fee_bp: config.instant_unbond_fee_bp };
        case "bonded_lp_tokens":
          return st.big(`bonded/${checkLp(m.lp_token)}/${String(m.user)}`).toString();
        case "total_bonded_lp_tokens":
          return st.big(`total/${checkLp(m.lp_token)}`).toString();
        case "token_locks": {
          const locks = st.locks(checkLp(m.lp_token), String(m.user));
          const unlocked = locks.filter((l) => l.unlock_time <= t).reduce((sum, l) => sum + BigInt(l.amount), 0n);
          return { locks: locks.filter((l) => l.unlock_time > t), unlocked_amount: unlocked.toString() };
        }
        case "unclaimed_rewards":
          return st
            .settleAt(checkLp(m.lp_token), String(m.user), t)
            .filter((r) => BigInt(r.user.pending) > 0n)
            .map((r) => ({ asset: native(r.asset), amount: r.user.pending }));
        case "reward_schedules": {
          const lp = checkLp(m.lp_token);
          const asset = m.asset == null ? null : assetKey(m.asset);
          return st
            .schedules(lp)
            .filter((x) => asset === null || assetKey(x.schedule.asset) === asset)
            .map((x) => ({ id: x.id, reward_schedule: x.schedule }));
        }
        default:
          throw new Error(`Error parsing into type dexter::multi_staking::QueryMsg: unknown variant \`${kind}\``);
      }
    },
  };
  return contract;
}
