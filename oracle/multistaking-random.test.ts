import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { SigningCosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADDRESSES, IBC_ASSETS, USDC } from "@/devnet/src/genesis";
import { GAS_PRICE, type TestDevnet, directWallet, startTestDevnet } from "@/devnet/test/helpers";
import { type MsScenario, generateMultistakingScenarios } from "./multistaking-scenarios";
import { shape } from "./shape";

// The devnet's multistaking against the published contract on random scenarios: oracle/multistaking runs them
// through dexter-multi-staking 3.0.0 (crates.io; its reward path is 3.1.1's code, see its main.rs) and
// dexter-lp-token 1.0.0 under cw-multi-test; the same steps run on the devnet as signed transactions. After every
// step both must agree on whether it failed, every user's bonded LP, LP held, unbonding locks, unclaimed rewards
// and what a withdraw paid, and every schedule's unallocated share for its creator, to the base unit.

const BINARY = new URL("./multistaking/target/release/multistaking-oracle", import.meta.url).pathname;
const SCENARIOS = generateMultistakingScenarios(40, 15, 7);
const ATOM = IBC_ASSETS.find((a) => a.symbol === "ATOM")!.denom;
const [funder, , , , owner] = DEMO_ADDRESSES;
const USERS = [DEMO_ADDRESSES[1], DEMO_ADDRESSES[2], DEMO_ADDRESSES[3]];
const FEE = { amount: [{ denom: "uxprt", amount: "200000" }], gas: "8000000" };
const denomOf = { uxprt: "uxprt", uatom: ATOM } as const;
const nameOf = (denom: string) => (denom === ATOM ? "uatom" : denom);

interface OracleStep {
  error: string | null;
  users: {
    bonded: string;
    rewards: { asset: { native_token: { denom: string } }; amount: string }[] | { error: true };
    locks: Locks;
    lp: string;
    paid: string[];
  }[];
  creator: ({ amount: string; claimed: boolean } | null)[];
}
interface Locks {
  locks: { unlock_time: number; amount: string }[];
  unlocked_amount: string;
}

/** a step's state in the terms both chains share: times from the scenario's start, rewards by asset name */
const rewardsView = (r: OracleStep["users"][number]["rewards"]) =>
  "error" in r ? "no reward state" : Object.fromEntries(r.map((x) => [nameOf(x.asset.native_token.denom), x.amount]));
const locksView = (l: Locks, base: number) => ({ unlocked: l.unlocked_amount, locks: l.locks.map((x) => [x.amount, x.unlock_time - base]) });

describe("the devnet's multistaking against the published contract (random scenarios)", () => {
  let devnet: TestDevnet;
  const clients = new Map<string, SigningCosmWasmClient>();
  let ms: string;
  let lp: string;
  let ready: string;
  let oracle: { id: string; steps: OracleStep[]; error?: string; lp_token: Record<string, unknown> }[];
  const figures = { steps: 0, failed: 0, withdrawn: 0 };

  const client = async (who: string) => {
    if (!clients.has(who)) {
      const wallet = await directWallet(DEMO_ADDRESSES.indexOf(who));
      clients.set(who, await SigningCosmWasmClient.connectWithSigner(devnet.url, wallet, { gasPrice: GAS_PRICE, broadcastPollIntervalMs: 50 }));
    }
    return clients.get(who)!;
  };
  const chainMs = async () => Date.parse((await (await client(funder)).getBlock()).header.time.replace(/(\.\d{3})\d*Z$/, "$1Z"));

  beforeAll(async () => {
    if (!existsSync(BINARY)) throw new Error(`${BINARY} is missing: run npm run oracle:build`);
    const run = spawnSync(BINARY, { input: JSON.stringify(SCENARIOS), maxBuffer: 1 << 28, encoding: "utf8" });
    if (run.status !== 0) throw new Error(run.stderr);
    oracle = JSON.parse(run.stdout);
    devnet = await startTestDevnet();
    const contracts = (await devnet.rpc("devnet_info")).result.contracts;
    [ms, lp] = [contracts.dexter_multistaking, contracts.dexter_lp_4];
    // LP of pool 4 for the funder to hand out, and the owner's reward funds
    await devnet.rpc("devnet_fund", {
      address: funder,
      coins: [
        { denom: USDC.denom, amount: "100000000000" },
        { denom: "uxprt", amount: "1000000000000" },
      ],
    });
    await devnet.rpc("devnet_fund", {
      address: owner,
      coins: [
        { denom: "uxprt", amount: "1000000000000000" },
        { denom: ATOM, amount: "1000000000000000" },
      ],
    });
    const assets = [
      { info: { native_token: { denom: USDC.denom } }, amount: "20000000000" },
      { info: { native_token: { denom: "uxprt" } }, amount: "100000000000" },
    ];
    await (
      await client(funder)
    ).execute(
      funder,
      contracts.dexter_vault,
      { join_pool: { pool_id: "4", recipient: null, assets, min_lp_to_receive: null, auto_stake: false } },
      FEE,
      "",
      assets.map((a) => ({ denom: a.info.native_token.denom, amount: a.amount })),
    );
    ready = (await devnet.rpc("devnet_snapshot")).result.id;
  }, 120_000);
  afterAll(() => devnet?.stop());

  /** runs one scenario on the devnet and compares each step with the contract's */
  async function replay(s: MsScenario, real: OracleStep[]) {
    await devnet.rpc("devnet_revert", { id: ready });
    ready = (await devnet.rpc("devnet_snapshot")).result.id;
    const exec = async (who: string, contract: string, msg: object, funds: { denom: string; amount: string }[] = []) => {
      try {
        return await (await client(who)).execute(who, contract, msg, FEE, "", funds);
      } catch (e) {
        return { error: (e as Error).message };
      }
    };
    const unbond = { unlock_period: s.unlock_period, instant_unbond_config: { enabled: { min_fee: 200, max_fee: 500, fee_tier_interval: s.unlock_period } } };
    expect(await exec(owner, ms, { update_config: { keeper_addr: null, unbond_config: unbond } })).not.toHaveProperty("error");
    for (const [k, amount] of s.users.entries()) expect(await exec(funder, lp, { transfer: { recipient: USERS[k], amount } })).not.toHaveProperty("error");
    const base = Math.floor((await chainMs()) / 1000) + 10;
    const q = (msg: object) =>
      client(funder)
        .then((c) => c.queryContractSmart(ms, msg))
        .catch(() => ({ error: true }));
    const ids: number[] = [];
    for (const [n, step] of s.steps.entries()) {
      const target = (base + step.at) * 1000;
      const now = await chainMs();
      if (Math.floor(now / 1000) < base + step.at) await devnet.rpc("devnet_advanceTime", { seconds: (target - now) / 1000 });
      const who = "user" in step ? USERS[step.user] : owner;
      const res =
        step.do === "schedule"
          ? await exec(
              owner,
              ms,
              {
                create_reward_schedule: {
                  lp_token: lp,
                  title: "rewards",
                  actual_creator: null,
                  start_block_time: base + step.start,
                  end_block_time: base + step.end,
                },
              },
              [{ denom: denomOf[step.denom], amount: step.amount }],
            )
          : step.do === "bond"
            ? await exec(who, lp, { send: { contract: ms, amount: step.amount, msg: btoa(JSON.stringify({ bond: { beneficiary_user: null } })) } })
            : step.do === "unbond"
              ? await exec(who, ms, { unbond: { lp_token: lp, amount: step.amount } })
              : step.do === "claim_unallocated"
                ? await exec(owner, ms, { claim_unallocated_reward: { reward_schedule_id: ids[step.schedule - 1] ?? 1_000_000 } })
                : await exec(who, ms, { [step.do]: { lp_token: lp } });
      const failed = "error" in res;
      const where = `${s.id} step ${n} (${JSON.stringify(step)})`;
      expect(failed, `${where}: failed on the devnet ${failed ? res.error : ""}, on the contract ${real[n].error}`).toBe(real[n].error !== null);
      if (!failed && step.do === "schedule") ids.push(Number(res.events.flatMap((e) => e.attributes).find((a) => a.key === "reward_schedule_id")!.value));
      if (!failed && step.do === "withdraw") {
        const paid: Record<string, string> = {};
        for (const a of res.events.flatMap((e) => e.attributes).filter((a) => a.key === "reward")) {
          const [, amount, denom] = /^(\d+)(.+)$/.exec(a.value)!;
          paid[nameOf(denom)] = amount;
        }
        const before = n > 0 ? real[n - 1].users[step.user].paid : ["0", "0"];
        const expected = Object.fromEntries(
          ["uxprt", "uatom"].map((d, k) => [d, (BigInt(real[n].users[step.user].paid[k]) - BigInt(before[k])).toString()]).filter(([, v]) => v !== "0"),
        );
        expect(paid, `${where}: paid`).toEqual(expected);
        if (Object.keys(expected).length) figures.withdrawn++;
      }
      for (const [k, user] of USERS.entries()) {
        const mine = real[n].users[k];
        const [bonded, rewards, locks, held] = await Promise.all([
          q({ bonded_lp_tokens: { lp_token: lp, user } }),
          q({ unclaimed_rewards: { lp_token: lp, user } }),
          q({ token_locks: { lp_token: lp, user } }),
          client(funder).then((c) => c.queryContractSmart(lp, { balance: { address: user } })),
        ]);
        expect({ bonded, rewards: rewardsView(rewards), locks: locksView(locks, base), lp: held.balance }, `${where}: user ${k + 1}`).toEqual({
          bonded: mine.bonded,
          rewards: rewardsView(mine.rewards),
          locks: locksView(mine.locks, 1_000_000_000),
          lp: mine.lp,
        });
      }
      const creators = await Promise.all(ids.map((id) => q({ creator_claimable_reward: { reward_schedule_id: id } })));
      expect(
        creators.map((c) => ({ amount: c.amount, claimed: c.claimed })),
        `${where}: creator shares`,
      ).toEqual(real[n].creator.map((c) => ({ amount: c?.amount, claimed: c?.claimed })));
      figures.steps++;
      if (failed) figures.failed++;
    }
  }

  it("the LP token answers every cw20 query with dexter-lp-token 1.0.0's JSON, named as the vault names it", async () => {
    await devnet.rpc("devnet_revert", { id: ready });
    ready = (await devnet.rpc("devnet_snapshot")).result.id;
    const c = await client(funder);
    await c.execute(funder, lp, { increase_allowance: { spender: owner, amount: "5", expires: null } }, FEE);
    const ask = (q: object) => c.queryContractSmart(lp, q);
    const mine = {
      token_info: await ask({ token_info: {} }),
      minter: await ask({ minter: {} }),
      balance: await ask({ balance: { address: funder } }),
      allowance: await ask({ allowance: { owner: funder, spender: ms } }),
      marketing_info: await ask({ marketing_info: {} }),
      all_accounts: await ask({ all_accounts: { start_after: null, limit: null } }),
      all_allowances: await ask({ all_allowances: { owner: funder, start_after: null, limit: null } }),
      all_spender_allowances: await ask({ all_spender_allowances: { spender: owner, start_after: null, limit: null } }),
    };
    expect(shape(mine)).toEqual(shape(oracle[0].lp_token));
    // the vault's names (dexter::helper::get_lp_token_name, get_lp_token_symbol) and the LP's 18 decimals
    expect(mine.token_info).toMatchObject({ name: "4-Dex-LP", symbol: "DEX-LP", decimals: 18 });
    expect((await c.getContract(lp)).label).toBe("Dexter LP token");
    expect(mine.all_allowances.allowances).toEqual([{ spender: owner, allowance: "5", expires: { never: {} } }]);
  });

  it(`${SCENARIOS.length} scenarios of ${SCENARIOS[0].steps.length} steps: the same state after every step`, async () => {
    for (const [k, s] of SCENARIOS.entries()) {
      expect(oracle[k].error).toBeUndefined();
      await replay(s, oracle[k].steps);
    }
    // enough of everything happened to mean something
    expect(figures.steps).toBeGreaterThanOrEqual(500);
    expect(figures.withdrawn).toBeGreaterThan(20);
    expect(figures.failed).toBeGreaterThan(10);
    console.log(`multistaking oracle: ${figures.steps} steps (${figures.failed} refused by both, ${figures.withdrawn} paying withdraws), 0 differences`);
  }, 600_000);
});
