import { SigningCosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ADDRESSES, IBC_ASSETS, USDC } from "@/devnet/src/genesis";
import { GAS_PRICE, directWallet, isolatedDevnet } from "@/devnet/test/helpers";

// Multistaking has no crate on crates.io for the version core-1 runs (dexter-multi-staking 3.1.1, dexter_core
// ddd49ac; crates.io stops at 3.0.0, whose config, unbond fees and rounding differ), so the real contract's own
// tests are the oracle: each scenario below replays one upstream test step by step on the devnet, through signed
// transactions, and requires every number upstream asserts. Upstream's clock (EPOCH_START 1_000_000_000) is mapped
// onto the devnet's: the same seconds between every step. The LP is pool 4's, handed out in upstream's amounts.
// Source: github.com/dexter-zone/dexter_core at ddd49ac, contracts/multi_staking/tests/.

const UPSTREAM_START = 1_000_000_000;
const ATOM = IBC_ASSETS.find((a) => a.symbol === "ATOM")!.denom;
const [funder, user1, user2, , owner] = DEMO_ADDRESSES;
const SIGNERS: Record<string, number> = { [funder]: 0, [user1]: 1, [user2]: 2, [owner]: 4 };
const FEE = { amount: [{ denom: "uxprt", amount: "200000" }], gas: "8000000" };
const DENOM = { uxprt: "uxprt", uatom: ATOM } as const;
type Reward = keyof typeof DENOM;

const devnet = isolatedDevnet({ beforeAll, beforeEach, afterAll });
let contracts: Record<string, string>;
const clients = new Map<string, SigningCosmWasmClient>();

async function client(who: string) {
  if (!clients.has(who)) {
    const wallet = await directWallet(SIGNERS[who]);
    clients.set(who, await SigningCosmWasmClient.connectWithSigner(devnet().url, wallet, { gasPrice: GAS_PRICE, broadcastPollIntervalMs: 50 }));
  }
  return clients.get(who)!;
}

/** A scenario's world: the LP, the devnet's second for upstream's start, and helpers in upstream's terms. */
async function world() {
  const ms = contracts.dexter_multistaking;
  const lp = contracts.dexter_lp_4;
  const c = await client(funder);
  // the funder joins pool 4 for LP to hand out (18-decimal LP: far more base units than any scenario needs)
  await devnet().rpc("devnet_fund", { address: funder, coins: [{ denom: USDC.denom, amount: "1000000000" }] });
  await devnet().rpc("devnet_fund", { address: owner, coins: [{ denom: ATOM, amount: "1000000000" }] });
  const assets = [
    { info: { native_token: { denom: USDC.denom } }, amount: "1000000" },
    { info: { native_token: { denom: "uxprt" } }, amount: "5000000" },
  ].sort((a, b) => (a.info.native_token.denom < b.info.native_token.denom ? -1 : 1));
  await c.execute(
    funder,
    contracts.dexter_vault,
    { join_pool: { pool_id: "4", recipient: null, assets, min_lp_to_receive: null, auto_stake: false } },
    FEE,
    "",
    assets.map((a) => ({ denom: a.info.native_token.denom, amount: a.amount })),
  );
  // the block time as ms (RFC 3339 with nanoseconds: the first three fractional digits)
  const chainMs = async () => Date.parse((await c.getBlock()).header.time.replace(/(\.\d{3})\d*Z$/, "$1Z"));
  const chainSecond = async () => Math.floor((await chainMs()) / 1000);
  const base = (await chainSecond()) + 10;
  const exec = (who: string, msg: object, funds: { denom: string; amount: string }[] = []) => client(who).then((k) => k.execute(who, ms, msg, FEE, "", funds));
  const lpBalance = async (who: string) => BigInt((await c.queryContractSmart(lp, { balance: { address: who } })).balance);
  return {
    ms,
    lp,
    exec,
    lpBalance,
    query: <T>(msg: object) => c.queryContractSmart(ms, msg) as Promise<T>,
    /** the devnet's second for upstream's `t` */
    at: (t: number) => base + (t - UPSTREAM_START),
    /** moves the chain to upstream's second `t` (a block at exactly that time; transactions follow within it) */
    async to(t: number) {
      const target = base + (t - UPSTREAM_START);
      const now = await chainMs();
      if (Math.floor(now / 1000) === target) return;
      expect(now).toBeLessThan(target * 1000);
      await devnet().rpc("devnet_advanceTime", { seconds: (target * 1000 - now) / 1000 });
    },
    /** upstream's mint_lp_tokens_to_addr: the funder hands the LP over */
    give: (who: string, amount: bigint) => c.execute(funder, lp, { transfer: { recipient: who, amount: amount.toString() } }, FEE),
    bond: (who: string, amount: bigint) =>
      client(who).then((k) =>
        k.execute(who, lp, { send: { contract: ms, amount: amount.toString(), msg: btoa(JSON.stringify({ bond: { beneficiary_user: null } })) } }, FEE),
      ),
    unbond: (who: string, amount: bigint) => exec(who, { unbond: { lp_token: lp, amount: amount.toString() } }),
    /** upstream's setup_generic: the owner sets the unbond config the test was written for */
    configure: (unlock: number, minFee: number, maxFee: number, interval: number) =>
      exec(owner, {
        update_config: {
          keeper_addr: null,
          unbond_config: { unlock_period: unlock, instant_unbond_config: { enabled: { min_fee: minFee, max_fee: maxFee, fee_tier_interval: interval } } },
        },
      }),
    /** upstream's create_reward_schedule (the owner, with the reward attached); returns the devnet's schedule id */
    async schedule(reward: Reward, amount: bigint, start: number, end: number) {
      const res = await exec(
        owner,
        {
          create_reward_schedule: {
            lp_token: lp,
            title: `${reward} rewards`,
            actual_creator: owner,
            start_block_time: this.at(start),
            end_block_time: this.at(end),
          },
        },
        [{ denom: DENOM[reward], amount: amount.toString() }],
      );
      return Number(res.events.flatMap((e) => e.attributes).find((a) => a.key === "reward_schedule_id")!.value);
    },
    async rewards(who: string): Promise<Partial<Record<Reward, bigint>>> {
      const rows = await c.queryContractSmart(ms, { unclaimed_rewards: { lp_token: lp, user: who } });
      const out: Partial<Record<Reward, bigint>> = {};
      for (const r of rows as { asset: { native_token: { denom: string } }; amount: string }[])
        out[r.asset.native_token.denom === ATOM ? "uatom" : "uxprt"] = BigInt(r.amount);
      return out;
    },
    async locks(who: string) {
      const info = await c.queryContractSmart(ms, { token_locks: { lp_token: lp, user: who } });
      return {
        unlocked: BigInt(info.unlocked_amount),
        locks: (info.locks as { unlock_time: number; amount: string }[]).map((l) => [BigInt(l.amount), l.unlock_time - base + UPSTREAM_START]),
      };
    },
    /** what a withdraw paid, from the bank transfers to the user (gas is paid apart, by the fee) */
    async withdraw(who: string): Promise<Partial<Record<Reward, bigint>>> {
      const res = await exec(who, { withdraw: { lp_token: lp } });
      const out: Partial<Record<Reward, bigint>> = {};
      for (const a of res.events
        .filter((e) => e.type === "wasm")
        .flatMap((e) => e.attributes)
        .filter((a) => a.key === "reward")) {
        const [, amount, denom] = /^(\d+)(.+)$/.exec(a.value)!;
        out[denom === ATOM ? "uatom" : "uxprt"] = BigInt(amount);
      }
      return out;
    },
  };
}

beforeAll(async () => {
  contracts = (await devnet().rpc("devnet_info")).result.contracts;
});

describe("dexter-multi-staking 3.1.1 as its own tests require (replayed on the devnet)", () => {
  it("tests/staking.rs test_staking: locks, unlocks, a creator's unallocated share, rewards", async () => {
    const w = await world();
    await w.to(UPSTREAM_START);
    await w.configure(1000, 200, 500, 1000);
    const id = await w.schedule("uxprt", 100_000_000n, 1_000_301_000, 1_000_302_000);
    await w.to(1_000_301_100);
    await w.give(user1, 100_000_000n);
    await w.bond(user1, 100_000_000n);
    expect(await w.lpBalance(user1)).toBe(0n);
    await w.to(1_000_301_500);
    await w.unbond(user1, 50_000_000n);
    // nothing was bonded for the schedule's first 100 seconds: 10% of it is the creator's
    expect(await w.query({ creator_claimable_reward: { reward_schedule_id: id } })).toMatchObject({ amount: "10000000", claimed: false });
    expect(await w.locks(user1)).toEqual({ unlocked: 0n, locks: [[50_000_000n, 1_000_302_500]] });
    await w.exec(user1, { unlock: { lp_token: w.lp } });
    expect(await w.lpBalance(user1)).toBe(0n);
    await w.to(1_000_302_001);
    await w.unbond(user1, 50_000_000n);
    expect(await w.locks(user1)).toEqual({
      unlocked: 0n,
      locks: [
        [50_000_000n, 1_000_302_500],
        [50_000_000n, 1_000_303_001],
      ],
    });
    await w.to(1_000_302_501);
    await w.exec(user1, { unlock: { lp_token: w.lp } });
    expect(await w.lpBalance(user1)).toBe(50_000_000n);
    expect(await w.locks(user1)).toEqual({ unlocked: 0n, locks: [[50_000_000n, 1_000_303_001]] });
    await w.to(1_000_303_002);
    expect(await w.locks(user1)).toEqual({ unlocked: 50_000_000n, locks: [] });
    await w.exec(user1, { unlock: { lp_token: w.lp } });
    expect(await w.lpBalance(user1)).toBe(100_000_000n);
    expect(await w.rewards(user1)).toEqual({ uxprt: 90_000_000n });
    expect(await w.withdraw(user1)).toEqual({ uxprt: 90_000_000n });
    const ownerBefore = BigInt((await (await client(owner)).getBalance(owner, "uxprt")).amount);
    await w.exec(owner, { claim_unallocated_reward: { reward_schedule_id: id } });
    expect(await w.query({ creator_claimable_reward: { reward_schedule_id: id } })).toMatchObject({ amount: "10000000", claimed: true });
    expect(BigInt((await (await client(owner)).getBalance(owner, "uxprt")).amount) - ownerBefore + 200_000n).toBe(10_000_000n);
    await expect(w.exec(owner, { claim_unallocated_reward: { reward_schedule_id: id } })).rejects.toThrow(/already been claimed/);
  });

  it("tests/staking.rs test_multi_user_multi_reward_schedule: two users, two assets, overlapping schedules", async () => {
    const w = await world();
    await w.to(UPSTREAM_START);
    await w.configure(7 * 86_400, 200, 500, 7 * 86_400);
    await w.schedule("uxprt", 100_000_000n, 1_000_301_000, 1_000_302_000);
    await w.schedule("uxprt", 100_000_000n, 1_000_301_500, 1_000_302_000);
    await w.schedule("uatom", 200_000_000n, 1_000_301_200, 1_000_302_000);
    await w.to(1_000_301_000);
    await w.give(user1, 200_000n);
    await w.give(user2, 1_000_000n);
    await w.bond(user1, 100_000n);
    await w.to(1_000_301_200);
    await w.bond(user2, 1_000_000n);
    await w.to(1_000_301_500);
    await w.unbond(user1, 50_000n);
    expect(await w.query({ bonded_lp_tokens: { lp_token: w.lp, user: user1 } })).toBe("50000");
    await w.to(1_000_302_001);
    await w.unbond(user1, 50_000n);
    await w.unbond(user2, 1_000_000n);
    expect(await w.rewards(user1)).toEqual({ uxprt: 29_870_129n, uatom: 12_770_561n });
    expect(await w.rewards(user2)).toEqual({ uxprt: 170_129_870n, uatom: 187_229_437n });
    expect(await w.withdraw(user1)).toEqual({ uxprt: 29_870_129n, uatom: 12_770_561n });
    expect(await w.withdraw(user2)).toEqual({ uxprt: 170_129_870n, uatom: 187_229_437n });
  });

  it("tests/staking.rs test_reward_schedule_creation_after_bonding: a schedule made after the bond pays from its start", async () => {
    const w = await world();
    await w.to(UPSTREAM_START);
    await w.schedule("uxprt", 100_000_000n, 1_000_301_000, 1_000_602_000);
    await w.give(user1, 1_000_000n);
    await w.bond(user1, 100_000n);
    await w.to(1_000_301_200);
    await w.schedule("uxprt", 500_000_000n, 1_000_601_500, 1_000_602_000);
    await w.to(1_000_601_600);
    await w.give(user2, 1_000_000n);
    await w.bond(user2, 100_000n);
    await w.to(1_000_602_001);
    await w.unbond(user1, 100_000n);
    await w.unbond(user2, 100_000n);
    expect(await w.rewards(user1)).toEqual({ uxprt: 399_933_554n });
    expect(await w.rewards(user2)).toEqual({ uxprt: 200_066_445n });
  });

  it("tests/instant-unbonding.rs test_instant_unbond_and_unlock: fees rounded up, fee tiers by time left", async () => {
    const w = await world();
    const keeper = (await w.query<{ keeper: string }>({ config: {} })).keeper;
    const keeperStart = await w.lpBalance(keeper);
    const keeperGot = async () => (await w.lpBalance(keeper)) - keeperStart;
    await w.to(UPSTREAM_START);
    await w.configure(600_000, 300, 500, 86_400);
    await w.schedule("uxprt", 100_000_000n, 1_000_100_000, 1_000_704_800);
    await w.to(1_000_000_000);
    await w.give(user1, 100_000_000n);
    await w.bond(user1, 100_000_000n);
    await w.to(1_000_302_400);
    await w.unbond(user1, 50_000_000n);
    await w.exec(user1, { instant_unbond: { lp_token: w.lp, amount: "25000000" } });
    expect(await w.lpBalance(user1)).toBe(23_750_000n);
    expect(await keeperGot()).toBe(1_250_000n);
    expect(await w.locks(user1)).toEqual({ unlocked: 0n, locks: [[50_000_000n, 1_000_902_400]] });
    await w.unbond(user1, 25_000_000n);
    const raw = await w.query<{ unlock_time: number; amount: string }[]>({ raw_token_locks: { lp_token: w.lp, user: user1 } });
    await w.exec(user1, { instant_unlock: { lp_token: w.lp, token_locks: [raw[0]] } });
    expect(await w.lpBalance(user1)).toBe(71_250_000n);
    expect(await keeperGot()).toBe(3_750_000n);
    expect(await w.locks(user1)).toEqual({ unlocked: 0n, locks: [[25_000_000n, 1_000_902_400]] });
    await w.to(1_000_902_400);
    await w.exec(user1, { unlock: { lp_token: w.lp } });
    expect(await w.lpBalance(user1)).toBe(96_250_000n);
    await w.bond(user1, 90_000_000n);
    await w.unbond(user1, 10_000_000n);
    await w.unbond(user1, 10_000_000n);
    const locks = await w.query<{ unlock_time: number; amount: string }[]>({ raw_token_locks: { lp_token: w.lp, user: user1 } });
    expect(locks.map((l) => [l.amount, l.unlock_time])).toEqual([
      ["10000000", w.at(1_001_502_400)],
      ["10000000", w.at(1_001_502_400)],
    ]);
    const tiers = await w.query<{ seconds_till_unlock_start: number; seconds_till_unlock_end: number; unlock_fee_bp: number }[]>({
      default_instant_unlock_fee_tiers: {},
    });
    expect(tiers.map((t) => t.unlock_fee_bp)).toEqual([300, 334, 367, 400, 434, 467, 500]);
    expect(tiers.map((t) => t.seconds_till_unlock_start)).toEqual([0, 1, 2, 3, 4, 5, 6].map((d) => d * 86_400));
    expect(tiers[6].seconds_till_unlock_end).toBe(600_000);
    expect(await w.query({ instant_unlock_fee: { user: user1, lp_token: w.lp, token_lock: locks[0] } })).toEqual({
      time_until_lock_expiry: 600_000,
      unlock_fee_bp: 500,
      unlock_fee: "500000",
      unlock_amount: "10000000",
    });
    await w.to(1_000_902_400 + 86_400 * 2 + 43_200);
    expect(await w.query({ instant_unlock_fee: { user: user1, lp_token: w.lp, token_lock: locks[0] } })).toEqual({
      time_until_lock_expiry: 600_000 - 86_400 * 2 - 43_200,
      unlock_fee_bp: 434,
      unlock_fee: "434000",
      unlock_amount: "10000000",
    });
    await w.exec(user1, { instant_unlock: { lp_token: w.lp, token_locks: [locks[0]] } });
    expect(await keeperGot()).toBe(3_750_000n + 434_000n);
    expect(await w.locks(user1)).toEqual({ unlocked: 0n, locks: [[10_000_000n, 1_001_502_400]] });
    await w.to(1_001_502_400);
    await w.exec(user1, { unlock: { lp_token: w.lp } });
    expect(await w.lpBalance(user1)).toBe(25_816_000n);
    expect(await w.query({ bonded_lp_tokens: { lp_token: w.lp, user: user1 } })).toBe("70000000");
  });

  it("tests/instant-unbonding.rs validate_fee_tier_logic: tiers of a 600,000 s lock at 100,000 s", async () => {
    const w = await world();
    await w.configure(600_000, 300, 500, 600_000);
    expect(await w.query({ default_instant_unlock_fee_tiers: {} })).toEqual([
      { seconds_till_unlock_end: 600_000, seconds_till_unlock_start: 0, unlock_fee_bp: 500 },
    ]);
    await expect(w.configure(600_000, 300, 500, 600_001)).rejects.toThrow(/Invalid fee tier interval/);
    await w.configure(600_000, 300, 500, 100_000);
    const tiers = await w.query<{ seconds_till_unlock_end: number; unlock_fee_bp: number }[]>({ default_instant_unlock_fee_tiers: {} });
    expect(tiers.map((t) => [t.seconds_till_unlock_end, t.unlock_fee_bp])).toEqual([
      [100_000, 300],
      [200_000, 340],
      [300_000, 380],
      [400_000, 420],
      [500_000, 460],
      [600_000, 500],
    ]);
  });
});
