import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADDRESSES } from "@/devnet/src/genesis";
import { directWallet, pstakeClient, startTestDevnet, type TestDevnet } from "@/devnet/test/helpers";
import { EndpointPool, FailoverRpcClient } from "@/lib/chain/endpoints";
import { GAS_ADJUSTMENT } from "@/lib/tx/signing-kit";
import { STAKE_GAS_ESTIMATE } from "./forms";
import { apyEstimate, apyFromRates, measureApy, rateApy } from "./apy";
import { Dec, ONE } from "./dec";
import { netState, testParams } from "./fixtures";
import {
  type LiquidValidator,
  fetchLiquidValidators,
  fetchParams,
  fetchStates,
  isUnstakeBlocker,
  liquidStakePlan,
  liquidUnstakePlan,
  previewStake,
  previewUnstake,
  stakeBlocker,
  xprtPerStk,
} from "./liquidstake";

const state = netState;
const params = testParams;
const vals = (...tokens: bigint[]): LiquidValidator[] => tokens.map((t, i) => ({ operator: `v${i}`, weight: 2500n, active: true, liquidTokens: t }));

describe("Dec", () => {
  it("rounds Quo half to even and truncates where the chain truncates", () => {
    expect(Dec.quo(ONE, 3n * ONE)).toBe(333333333333333333n);
    expect(Dec.quo(2n * ONE, 3n * ONE)).toBe(666666666666666667n);
    expect(Dec.quo(1n, 2n * ONE)).toBe(0n); // 0.5e-18 rounds to even (0)
    expect(Dec.quo(3n, 2n * ONE)).toBe(2n); // 1.5e-18 rounds to even (2)
    expect(Dec.quoTruncate(2n * ONE, 3n * ONE)).toBe(666666666666666666n);
    // multiplying by a rounded inverse is not dividing: 9 x round(1/0.9) truncates to 9
    expect(Dec.truncateInt(Dec.mulTruncate(9n * ONE, Dec.quo(ONE, 9n * 10n ** 17n)))).toBe(9n);
  });
});

describe("stake preview", () => {
  it("mints 1:1 when nothing is staked yet", () => {
    expect(previewStake(1n, state(0n, 0n))).toBe(1n);
    expect(previewStake(123_456_789n, state(0n, 0n))).toBe(123_456_789n);
  });
  it("mints supply x a / NetAmount, truncated", () => {
    expect(previewStake(1_000_000n, state(900n, 1000n))).toBe(900_000n);
    expect(previewStake(1n, state(900n, 1000n))).toBe(0n); // 0.9 truncates to nothing: the chain refuses (error 12)
    expect(previewStake(10n, state(999_999n, 1_000_000n))).toBe(9n);
    const huge = 10n ** 30n;
    expect(previewStake(huge, state(7n * 10n ** 20n, 9n * 10n ** 20n))).toBe((7n * huge) / 9n);
  });
  it("says why a stake would be refused, in the chain's order", () => {
    expect(stakeBlocker(999n, params, vals(1n))).toEqual({ kind: "below-minimum", minimum: 1000n });
    expect(stakeBlocker(5000n, { ...params, modulePaused: true }, vals(1n))).toEqual({ kind: "paused" });
    expect(stakeBlocker(5000n, params, [])).toEqual({ kind: "no-active-validators" });
    const oneActive = [...vals(1n, 1n, 1n).map((v) => ({ ...v, active: false })), { operator: "x", weight: 3000n, active: true, liquidTokens: 1n }];
    expect(stakeBlocker(5000n, params, oneActive)).toMatchObject({ kind: "quorum" });
    expect(stakeBlocker(5000n, params, vals(1n, 1n))).toBeNull();
  });
});

describe("unstake preview", () => {
  it("applies the fee and splits over validators by their liquid tokens, truncating each entry", () => {
    const p = previewUnstake(1_000_000n, state(1_000_000n, 1_000_000n), params, vals(3n, 3n, 4n));
    if (isUnstakeBlocker(p)) throw new Error(p.kind);
    expect(p.fee).toBe(1000n);
    expect(p.entries.map((e) => e.amount)).toEqual([299_700n, 299_700n, 399_600n]);
    expect(p.total).toBe(999_000n);
  });
  it("loses crumbs to truncation like the module, and refuses dust", () => {
    // 10 uxprt over three equal validators: 3.33 each, truncated to 3: one base unit stays in NetAmount
    const p = previewUnstake(10n, state(10n, 10n), { ...params, unstakeFeeRate: 0n }, vals(1n, 1n, 1n));
    if (isUnstakeBlocker(p)) throw new Error(p.kind);
    expect(p.entries.map((e) => e.amount)).toEqual([3n, 3n, 3n]);
    expect(p.total).toBe(9n);
    expect(previewUnstake(1n, state(1000n, 1000n), params, vals(10n))).toEqual({ kind: "too-small" });
    expect(previewUnstake(2000n, state(1000n, 1000n), params, vals(10n))).toEqual({ kind: "exceeds-supply" });
  });
  it("gives XPRT per stkXPRT", () => {
    expect(xprtPerStk(state(0n, 0n))).toBe(ONE);
    expect(Dec.toString(xprtPerStk(state(900n, 1000n)), 6)).toBe("1.111111");
  });
});

describe("APY", () => {
  it("decides between a measured APY and the fallback, and says why", () => {
    const DAY = 86_400_000;
    const week = { height: 10, fromTime: 0, toTime: 7 * DAY };
    expect(rateApy(week, ONE, ONE + ONE / 1000n, 0.05)).toMatchObject({ source: "rate-history", fromTime: 0, toTime: 7 * DAY });
    expect(rateApy({ ...week, toTime: DAY / 2 }, ONE, ONE, 0.05)).toEqual({
      source: "inflation-estimate",
      apy: 0.05,
      reason: "the chain has less than a day of history",
    });
    expect(rateApy(week, null, ONE, null)).toEqual({ source: "unknown", reason: "nothing was staked at the start of the window" });
    expect(rateApy(null, null, ONE, 0.1, "the node does not serve past states (pruned)")).toMatchObject({
      source: "inflation-estimate",
      reason: "the node does not serve past states (pruned)",
    });
  });

  it("annualises the rate's growth and estimates from inflation", () => {
    expect(apyFromRates(ONE, ONE + ONE / 100n, 365 * 24 * 3600 * 1000)).toBeCloseTo(0.01, 9);
    expect(apyEstimate(10n, 100n, 5n * 10n ** 16n)).toBeCloseTo(0.095, 9);
  });
});

describe("previews against the devnet", () => {
  let devnet: TestDevnet;
  let rpc: FailoverRpcClient;
  beforeAll(async () => {
    devnet = await startTestDevnet();
    rpc = new FailoverRpcClient(new EndpointPool([devnet.url]));
  });
  afterAll(() => devnet.stop());

  const eventAmount = (events: readonly { type: string; attributes: readonly { key: string; value: string }[] }[], type: string, key: string) =>
    BigInt(
      events
        .find((e) => e.type === type)!
        .attributes.find((a) => a.key === key)!
        .value.replace(/\D+$/, "")
        .replace(/[a-z/]+$/, ""),
    );

  it("estimates a stake's gas, before the simulation answers, within 20% of what the wallet is asked for", async () => {
    const client = await pstakeClient(devnet.url, await directWallet(3));
    const address = DEMO_ADDRESSES[3];
    const simulated = await client.simulate(
      address,
      [{ typeUrl: "/pstake.liquidstake.v1beta1.MsgLiquidStake", value: { delegatorAddress: address, amount: { denom: "uxprt", amount: "25000000" } } }],
      "",
    );
    const asked = Math.ceil(simulated * GAS_ADJUSTMENT);
    expect(Math.abs(Number(STAKE_GAS_ESTIMATE) - asked) / asked).toBeLessThan(0.2);
  });

  it("equals what the chain executed, to the base unit, over 200+ random stakes and unstakes", { timeout: 120_000 }, async () => {
    // deterministic pseudo-random amounts, so a failure can be replayed
    let seed = 20261124;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const clients = await Promise.all(
      [0, 1, 2].map(async (i) => ({ address: DEMO_ADDRESSES[i], client: await pstakeClient(devnet.url, await directWallet(i)) })),
    );
    for (const { address } of clients) await devnet.rpc("devnet_fund", { address, coins: [{ denom: "uxprt", amount: (10n ** 15n).toString() }] });
    let checked = 0;
    const fee = { amount: [{ denom: "uxprt", amount: "100000" }], gas: "4000000" };
    for (let i = 0; checked < 210; i++) {
      const { address, client } = clients[i % clients.length];
      if (i % 25 === 24) await devnet.rpc("devnet_advanceTime", { seconds: 3600 * (1 + Math.floor(rand() * 30)) }); // autocompounds move the rate
      const [p, s, v] = await Promise.all([fetchParams(rpc), fetchStates(rpc), fetchLiquidValidators(rpc)]);
      const stk = BigInt((await client.getBalance(address, "stk/uxprt")).amount);
      const unstake = stk > 0n && rand() < 0.45;
      if (unstake) {
        const amount = 1n + BigInt(Math.floor(rand() * Number(stk < 10n ** 15n ? stk : 10n ** 15n)));
        const preview = previewUnstake(amount, s, p, v);
        const r = await client.signAndBroadcast(address, [liquidUnstakePlan(address, amount).messages[0]], fee);
        if (isUnstakeBlocker(preview)) {
          expect(r.code, `preview said ${preview.kind}`).not.toBe(0);
        } else {
          if (r.code === 27) continue; // max entries (the UI explains it before signing; not a preview case)
          expect(r.code, r.rawLog).toBe(0);
          expect(eventAmount(r.events, "liquid_unstake", "unbonding_amount")).toBe(preview.total);
        }
      } else {
        const magnitude = 10 ** (3 + Math.floor(rand() * 9)); // 1000 uxprt .. 1e11 uxprt
        const xprt = BigInt((await client.getBalance(address, "uxprt")).amount);
        const wanted = BigInt(Math.floor(magnitude * (1 + rand() * 9)));
        const amount = wanted < xprt / 4n ? wanted : xprt / 4n;
        const preview = previewStake(amount, s);
        const r = await client.signAndBroadcast(address, [liquidStakePlan(address, amount).messages[0]], fee);
        expect(r.code, r.rawLog).toBe(stakeBlocker(amount, p, v) ? r.code : 0);
        if (r.code === 0) expect(eventAmount(r.events, "liquid_stake", "stkxprt_minted_amount")).toBe(preview);
      }
      checked++;
    }
    const final = await fetchStates(rpc);
    expect(xprtPerStk(final)).toBeGreaterThan(ONE); // the random walk went through autocompounds
  });

  it("measures APY from the rate's history once the chain has a week of it, else estimates and says why", async () => {
    const fresh = await startTestDevnet();
    const rpc = new FailoverRpcClient(new EndpointPool([fresh.url]));
    const client = await pstakeClient(fresh.url, await directWallet(0));
    await client.signAndBroadcast(DEMO_ADDRESSES[0], liquidStakePlan(DEMO_ADDRESSES[0], 10n ** 11n).messages, "auto");
    const early = await measureApy(rpc, await fetchStates(rpc), { annualProvisions: 10n, bonded: 100n, autocompoundFee: 0n });
    expect(early.source).toBe("inflation-estimate");
    await fresh.rpc("devnet_advanceTime", { seconds: 8 * 24 * 3600 });
    const later = await measureApy(rpc, await fetchStates(rpc), null);
    await fresh.stop();
    expect(later.source).toBe("rate-history");
    if (later.source === "rate-history") {
      expect(later.apy).toBeGreaterThan(0.01);
      expect(later.apy).toBeLessThan(1);
    }
  });
});
