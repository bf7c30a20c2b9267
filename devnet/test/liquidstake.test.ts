import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { QueryClient, createProtobufRpcClient, setupStakingExtension } from "@cosmjs/stargate";
import { connectComet } from "@cosmjs/tendermint-rpc";
import { QueryClientImpl } from "persistenceonejs/pstake/liquidstake/v1beta1/query";
import { DEMO_ADDRESSES, defaultGenesis } from "../src/genesis.js";
import { type TestDevnet, isolatedDevnet, aminoWallet, directWallet, pstakeClient } from "./helpers.js";

// x/liquidstake through cosmjs with the pSTAKE registry: stake, autocompound, unstake into the user's own
// unbonding entries, the guards (minimum, pause, quorum, max entries) with the module's codes, StakeToLP.

let devnet: TestDevnet;
const [alice, bob, carol, dave, admin] = DEMO_ADDRESSES;
const validators = defaultGenesis().validators.map((v) => v.operatorAddress);
const HOUR = 3600;
const DAY = 86_400;
const xprt = (n: number | bigint) => ({ denom: "uxprt", amount: (BigInt(n) * 1_000_000n).toString() });

const stakeMsg = (from: string, amount: { denom: string; amount: string }) => ({
  typeUrl: "/pstake.liquidstake.v1beta1.MsgLiquidStake",
  value: { delegatorAddress: from, amount },
});
const unstakeMsg = (from: string, amount: string) => ({
  typeUrl: "/pstake.liquidstake.v1beta1.MsgLiquidUnstake",
  value: { delegatorAddress: from, amount: { denom: "stk/uxprt", amount } },
});

async function queries() {
  const comet = await connectComet(devnet.url);
  const base = new QueryClient(comet);
  return { ls: new QueryClientImpl(createProtobufRpcClient(base)), staking: setupStakingExtension(base).staking };
}

const attr = (events: readonly { type: string; attributes: readonly { key: string; value: string }[] }[], type: string, key: string) =>
  events.find((e) => e.type === type)?.attributes.find((a) => a.key === key)?.value;

const current = isolatedDevnet({ beforeAll, beforeEach, afterAll });
beforeAll(() => {
  devnet = current();
});

/**
 * stkXPRT minted at genesis: the DEX liquidity account's stake for the stkXPRT/XPRT pool (1,000,000 XPRT at 1:1)
 * and the lending market's lender's stake for its stkXPRT market (2,000,000 XPRT)
 */
const GENESIS_STK = "3000000000000";

describe("liquidstake", () => {
  it("serves params, liquid validators and states", async () => {
    const { ls } = await queries();
    const { params } = await ls.Params();
    expect(params.liquidBondDenom).toBe("stk/uxprt");
    expect(params.minLiquidStakeAmount).toBe("1000");
    expect(params.autocompoundFeeRate).toBe("50000000000000000"); // 0.05 as a Dec over gRPC
    expect(params.whitelistedValidators.reduce((s, w) => s + Number(w.targetWeight), 0)).toBe(10000);
    const { liquidValidators } = await ls.LiquidValidators();
    expect(liquidValidators.map((v) => v.status)).toEqual([1, 1, 1, 1]);
    const { netAmountState } = await ls.States();
    // the devnet's DEX liquidity account and its lender staked 3,000,000 XPRT at genesis
    expect(netAmountState.stkxprtTotalSupply).toBe(GENESIS_STK);
  });

  it("mints 1:1 while no reward has accrued, delegates by weight, and emits liquid_stake", async () => {
    const client = await pstakeClient(devnet.url, await directWallet(0));
    const r = await client.signAndBroadcast(alice, [stakeMsg(alice, xprt(1000))], "auto");
    expect(r.code).toBe(0);
    expect(attr(r.events, "liquid_stake", "stkxprt_minted_amount")).toBe("1000000000stk/uxprt");
    expect((await client.getBalance(alice, "stk/uxprt")).amount).toBe("1000000000");
    const { ls } = await queries();
    const tokens = (await ls.LiquidValidators()).liquidValidators.map((v) => v.liquidTokens);
    const staked = BigInt(GENESIS_STK) + 1_000_000_000n;
    expect(tokens).toEqual([4n, 3n, 2n, 1n].map((w) => ((staked * w) / 10n).toString()));
    const { netAmountState: n } = await ls.States();
    expect(n.netAmount).toBe((staked * 10n ** 18n).toString());
    expect(n.mintRate).toBe((10n ** 18n).toString());
  });

  it("autocompounds hourly (fee to the fee account) so stkXPRT becomes worth more XPRT", async () => {
    const client = await pstakeClient(devnet.url, await directWallet(0));
    await client.signAndBroadcast(alice, [stakeMsg(alice, xprt(100_000))], "auto");
    await devnet.rpc("devnet_advanceTime", { seconds: 2 * HOUR });
    const { ls } = await queries();
    const { netAmountState: n } = await ls.States();
    expect(BigInt(n.netAmount)).toBeGreaterThan(100_000_000_000n * 10n ** 18n);
    expect(BigInt(n.mintRate)).toBeLessThan(10n ** 18n);
    const feeAccount = (await ls.Params()).params.feeAccountAddress;
    expect(BigInt((await client.getBalance(feeAccount, "uxprt")).amount)).toBeGreaterThan(0n);

    // A second stake mints supply x a / NetAmount, truncated.
    const a = 12_345_678n;
    const expected = (BigInt(n.stkxprtTotalSupply) * a * 10n ** 18n) / BigInt(n.netAmount);
    const r = await client.signAndBroadcast(alice, [stakeMsg(alice, { denom: "uxprt", amount: a.toString() })], "auto");
    expect(attr(r.events, "liquid_stake", "stkxprt_minted_amount")).toBe(`${expected}stk/uxprt`);
  });

  it("unstakes into the user's own unbonding entries, paid out after 21 days", async () => {
    const client = await pstakeClient(devnet.url, await directWallet(1));
    await client.signAndBroadcast(bob, [stakeMsg(bob, xprt(10_000))], "auto");
    const before = BigInt((await client.getBalance(bob, "uxprt")).amount);
    const r = await client.signAndBroadcast(bob, [unstakeMsg(bob, "4000000000")], "auto");
    expect(r.code).toBe(0);
    const unbonding = BigInt(attr(r.events, "liquid_unstake", "unbonding_amount")!.replace("uxprt", ""));
    // 4000 XPRT less the 0.1% unstake fee, split over 4 validators by their liquid tokens (each part truncated)
    expect(3_996_000_000n - unbonding).toBeLessThanOrEqual(4n);
    expect((await client.getBalance(bob, "stk/uxprt")).amount).toBe("6000000000");
    const { staking } = await queries();
    const { unbondingResponses } = await staking.delegatorUnbondingDelegations(bob);
    expect(unbondingResponses.map((u) => u.validatorAddress).sort()).toEqual([...validators].sort());
    expect(unbondingResponses.reduce((s, u) => s + BigInt(u.entries[0].balance), 0n)).toBe(unbonding);
    const fee = BigInt(attr(r.events, "tx", "fee")!.replace("uxprt", ""));

    await devnet.rpc("devnet_advanceTime", { seconds: 21 * DAY + 60 });
    expect((await staking.delegatorUnbondingDelegations(bob)).unbondingResponses).toHaveLength(0);
    expect(BigInt((await client.getBalance(bob, "uxprt")).amount)).toBe(before - fee + unbonding);
  });

  it("refuses a stake below the minimum with liquidstake error 7", async () => {
    const client = await pstakeClient(devnet.url, await directWallet(0));
    await expect(client.signAndBroadcast(alice, [stakeMsg(alice, { denom: "uxprt", amount: "999" })], "auto")).rejects.toThrow(
      /staking amount should be over params.min_liquid_stake_amount/,
    );
    const r = await client.signAndBroadcast(alice, [stakeMsg(alice, { denom: "uxprt", amount: "999" })], {
      amount: [{ denom: "uxprt", amount: "10000" }],
      gas: "300000",
    });
    expect({ code: r.code }).toEqual({ code: 7 });
  });

  it("pauses only by its admin (sdk 24 otherwise) and then refuses with error 21", async () => {
    const pause = (authority: string, isPaused: boolean) => ({ typeUrl: "/pstake.liquidstake.v1beta1.MsgSetModulePaused", value: { authority, isPaused } });
    const stranger = await pstakeClient(devnet.url, await directWallet(0));
    const fee = { amount: [{ denom: "uxprt", amount: "10000" }], gas: "300000" };
    expect((await stranger.signAndBroadcast(alice, [pause(alice, true)], fee)).code).toBe(24);
    const owner = await pstakeClient(devnet.url, await directWallet(4));
    expect((await owner.signAndBroadcast(admin, [pause(admin, true)], "auto")).code).toBe(0);
    const { ls } = await queries();
    expect((await ls.Params()).params.modulePaused).toBe(true);
    const r = await stranger.signAndBroadcast(alice, [stakeMsg(alice, xprt(10))], fee);
    expect(r.code).toBe(21);
    expect((await owner.signAndBroadcast(admin, [pause(admin, false)], "auto")).code).toBe(0);
  });

  it("requires a third of the whitelisted weight to be active (error 20)", async () => {
    await devnet.rpc("devnet_setValidatorJailed", { validator: validators[0], jailed: "true" });
    const client = await pstakeClient(devnet.url, await directWallet(0));
    expect((await client.signAndBroadcast(alice, [stakeMsg(alice, xprt(10))], "auto")).code).toBe(0); // 60% active
    await devnet.rpc("devnet_setValidatorJailed", { validator: validators[1], jailed: "true" });
    const { ls } = await queries();
    expect((await ls.LiquidValidators()).liquidValidators.map((v) => v.status)).toEqual([2, 2, 1, 1]);
    const r = await client.signAndBroadcast(alice, [stakeMsg(alice, xprt(10))], { amount: [{ denom: "uxprt", amount: "10000" }], gas: "400000" });
    expect(r.code).toBe(20);
    const tx = await (await devnet.rpc("tx", { hash: r.transactionHash })).result;
    expect(tx.tx_result.log).toMatch(/0.300000000000000000 < 0.330000000000000000: active liquid validators weight quorum not reached/);
  });

  it("stops unstaking at the unbonding entries limit with staking error 27", async () => {
    const client = await pstakeClient(devnet.url, await directWallet(2));
    await client.signAndBroadcast(carol, [stakeMsg(carol, xprt(1000))], "auto");
    for (let i = 0; i < 7; i++) expect((await client.signAndBroadcast(carol, [unstakeMsg(carol, "1000000")], "auto")).code).toBe(0);
    const r = await client.signAndBroadcast(carol, [unstakeMsg(carol, "1000000")], { amount: [{ denom: "uxprt", amount: "20000" }], gas: "800000" });
    expect({ code: r.code }).toEqual({ code: 27 });
  });

  it("StakeToLP hands a delegation to the module without unbonding and locks the minted stkXPRT", async () => {
    const client = await pstakeClient(devnet.url, await aminoWallet(3)); // amino-only signer
    await client.delegateTokens(dave, validators[2], xprt(500), "auto");
    const msg = {
      typeUrl: "/pstake.liquidstake.v1beta1.MsgStakeToLP",
      value: { delegatorAddress: dave, validatorAddress: validators[2], stakedAmount: xprt(200), liquidAmount: { denom: "uxprt", amount: "0" } },
    };
    const r = await client.signAndBroadcast(dave, [msg], "auto");
    expect(r.code).toBe(0);
    const { staking, ls } = await queries();
    expect((await staking.delegation(dave, validators[2])).delegationResponse?.balance.amount).toBe("300000000");
    const lp = (await ls.Params()).params.cwLockedPoolAddress;
    expect(attr(r.events, "lock_lst_asset", "amount")).toBe("200000000stk/uxprt");
    expect((await client.getBalance(lp, "stk/uxprt")).amount).toBe("200000000");
  });

  it("answers queries at past heights (archive node)", async () => {
    const client = await pstakeClient(devnet.url, await directWallet(0));
    const first = await client.signAndBroadcast(alice, [stakeMsg(alice, xprt(100))], "auto");
    await client.signAndBroadcast(alice, [stakeMsg(alice, xprt(300))], "auto");
    const { QueryStatesRequest, QueryStatesResponse } = await import("persistenceonejs/pstake/liquidstake/v1beta1/query");
    const data = Buffer.from(QueryStatesRequest.encode({}).finish()).toString("hex");
    const at = async (height?: number) => {
      const res = (await devnet.rpc("abci_query", { path: "/pstake.liquidstake.v1beta1.Query/States", data, ...(height ? { height: String(height) } : {}) }))
        .result.response;
      return QueryStatesResponse.decode(Buffer.from(res.value, "base64")).netAmountState.stkxprtTotalSupply;
    };
    const genesis = BigInt(GENESIS_STK);
    expect(await at(first.height)).toBe((genesis + 100_000_000n).toString());
    expect(await at(first.height - 1)).toBe(GENESIS_STK);
    expect(await at()).toBe((genesis + 400_000_000n).toString());
  });
});
