import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { QueryClient, createProtobufRpcClient } from "@cosmjs/stargate";
import { connectComet } from "@cosmjs/tendermint-rpc";
import { QueryClientImpl } from "persistenceonejs/pstake/liquidstakeibc/v1beta1/query";
import { DEMO_ADDRESSES, IBC_ASSETS } from "../src/genesis.js";
import { type TestDevnet, isolatedDevnet, directWallet, pstakeClient } from "./helpers.js";

// x/liquidstakeibc through cosmjs: host chains, stake with the deposit pool, instant redeem capped by it,
// daily delegation of deposits, hourly c_value, unstake into an epoch's unbonding, automatic payout.

let devnet: TestDevnet;
const [alice, bob] = DEMO_ADDRESSES;
const ATOM = IBC_ASSETS.find((a) => a.symbol === "ATOM")!;
const DYDX = IBC_ASSETS.find((a) => a.symbol === "DYDX")!;
const DAY = 86_400;
const fee = { amount: [{ denom: "uxprt", amount: "50000" }], gas: "2000000" };

const stake = (from: string, denom: string, amount: bigint) => ({
  typeUrl: "/pstake.liquidstakeibc.v1beta1.MsgLiquidStake",
  value: { delegatorAddress: from, amount: { denom, amount: amount.toString() } },
});
const unstake = (from: string, denom: string, amount: bigint) => ({
  typeUrl: "/pstake.liquidstakeibc.v1beta1.MsgLiquidUnstake",
  value: { delegatorAddress: from, amount: { denom, amount: amount.toString() } },
});
const redeem = (from: string, denom: string, amount: bigint) => ({
  typeUrl: "/pstake.liquidstakeibc.v1beta1.MsgRedeem",
  value: { delegatorAddress: from, amount: { denom, amount: amount.toString() } },
});

async function q() {
  const comet = await connectComet(devnet.url);
  return new QueryClientImpl(createProtobufRpcClient(new QueryClient(comet)));
}

const current = isolatedDevnet({ beforeAll, beforeEach, afterAll });
beforeAll(() => {
  devnet = current();
});

describe("liquidstakeibc", () => {
  it("lists the five host chains with their IBC denoms, fees and c_value 1", async () => {
    const { hostChains } = await (await q()).HostChains();
    expect(hostChains.map((h) => h.chainId)).toEqual(["chihuahua-1", "cosmoshub-4", "dydx-mainnet-1", "osmosis-1", "stargaze-1"]);
    const hub = hostChains.find((h) => h.chainId === "cosmoshub-4")!;
    expect(hub).toMatchObject({ hostDenom: "uatom", channelId: "channel-24", cValue: (10n ** 18n).toString(), active: true, unbondingFactor: 4n });
    expect(hub.params.redemptionFee).toBe((5n * 10n ** 15n).toString());
    expect(hub.validators.map((v) => v.weight)).toEqual(["500000000000000000", "300000000000000000", "200000000000000000"]);
  });

  it("stakes into the deposit pool, redeems instantly from it (capped), and delegates deposits at the day's end", async () => {
    const client = await pstakeClient(devnet.url, await directWallet(0));
    const lsibc = await q();
    expect((await client.signAndBroadcast(alice, [stake(alice, ATOM.denom, 9999n)], fee)).code).toBe(2002); // below 0.01 ATOM
    // the devnet's DEX liquidity account deposited 50,000 ATOM at genesis (for the stkATOM/ATOM pool)
    const pooled = BigInt((await lsibc.DepositAccountBalance({ chainId: "cosmoshub-4" })).balance.amount);
    const r = await client.signAndBroadcast(alice, [stake(alice, ATOM.denom, 100_000_000n)], fee);
    expect(r.code).toBe(0);
    expect((await client.getBalance(alice, "stk/uatom")).amount).toBe("100000000");
    expect((await lsibc.DepositAccountBalance({ chainId: "cosmoshub-4" })).balance.amount).toBe((pooled + 100_000_000n).toString());
    const { deposits } = await lsibc.Deposits({ chainId: "cosmoshub-4" });
    expect(deposits.reduce((sum, d) => sum + BigInt(d.amount?.amount ?? "0"), 0n)).toBe(pooled + 100_000_000n);

    const before = BigInt((await client.getBalance(alice, ATOM.denom)).amount);
    const red = await client.signAndBroadcast(alice, [redeem(alice, "stk/uatom", 10_000_000n)], fee);
    expect(red.code).toBe(0);
    // fee = 0.5% of 10 stkATOM; out = trunc((10 - 0.05) / c_value 1)
    expect(BigInt((await client.getBalance(alice, ATOM.denom)).amount)).toBe(before + 9_950_000n);
    expect((await lsibc.DepositAccountBalance({ chainId: "cosmoshub-4" })).balance.amount).toBe((pooled + 90_050_000n).toString());

    await devnet.rpc("devnet_advanceTime", { seconds: DAY + 60 });
    expect((await lsibc.DepositAccountBalance({ chainId: "cosmoshub-4" })).balance.amount).toBe("0");
    const hub = (await lsibc.HostChain({ chainId: "cosmoshub-4" })).hostChain;
    const delegated = hub.validators.reduce((s, v) => s + BigInt(v.delegatedAmount), 0n);
    expect(delegated).toBeGreaterThanOrEqual(pooled + 90_050_000n);
    expect(BigInt(hub.cValue)).toBeLessThan(10n ** 18n); // an hour of host rewards makes stkATOM worth more
    expect((await client.signAndBroadcast(alice, [redeem(alice, "stk/uatom", 1_000_000n)], fee)).code).toBe(2013); // pool empty
    // with 1 ATOM pooled again, a redeem that would pay ~5 ATOM is refused with the cap in the message
    await client.signAndBroadcast(alice, [stake(alice, ATOM.denom, 1_000_000n)], fee);
    const capped = await client.signAndBroadcast(alice, [redeem(alice, "stk/uatom", 5_000_000n)], fee);
    expect({ code: capped.code }).toEqual({ code: 2013 });
    expect((await devnet.rpc("tx", { hash: capped.transactionHash })).result.tx_result.log).toMatch(/the deposit pool holds 1000000/);
  });

  it("unstakes into the epoch's unbonding, undelegates when it ends, and pays out after the host unbonding", async () => {
    const client = await pstakeClient(devnet.url, await directWallet(1));
    const lsibc = await q();
    await client.signAndBroadcast(bob, [stake(bob, ATOM.denom, 50_000_000n)], fee);
    await devnet.rpc("devnet_advanceTime", { seconds: DAY + 60 }); // deposits delegated
    const r = await client.signAndBroadcast(bob, [unstake(bob, "stk/uatom", 20_000_000n)], fee);
    expect(r.code).toBe(0);
    const epoch = Number(r.events.find((e) => e.type === "liquid_unstake")!.attributes.find((a) => a.key === "undelegation_epoch")!.value);
    expect(epoch % 4).toBe(0);
    const owed = BigInt(
      r.events
        .find((e) => e.type === "liquid_unstake")!
        .attributes.find((a) => a.key === "output_amount")!
        .value.replace(ATOM.denom, ""),
    );
    expect(owed).toBeGreaterThan(20_000_000n); // c_value < 1 after rewards: each stkATOM is worth more ATOM
    const { userUnbondings } = await lsibc.UserUnbondings({ address: bob });
    expect(userUnbondings).toEqual([expect.objectContaining({ chainId: "cosmoshub-4", epochNumber: BigInt(epoch) })]);
    expect((await lsibc.Unbonding({ chainId: "cosmoshub-4", epoch: BigInt(epoch) })).unbonding.state).toBe(0);

    await devnet.rpc("devnet_advanceTime", { seconds: 5 * DAY });
    const maturing = (await lsibc.Unbonding({ chainId: "cosmoshub-4", epoch: BigInt(epoch) })).unbonding;
    expect(maturing.state).toBe(2);
    expect((await lsibc.ValidatorUnbondings({ chainId: "cosmoshub-4" })).validatorUnbondings.length).toBe(3);
    const before = BigInt((await client.getBalance(bob, ATOM.denom)).amount);

    await devnet.rpc("devnet_advanceTime", { seconds: 21 * DAY + 60 });
    expect((await lsibc.Unbonding({ chainId: "cosmoshub-4", epoch: BigInt(epoch) })).unbonding.state).toBe(4);
    expect((await lsibc.UserUnbondings({ address: bob })).userUnbondings).toHaveLength(1); // still listed, as paid out
    expect(BigInt((await client.getBalance(bob, ATOM.denom)).amount)).toBe(before + owed);
  });

  it("handles the 18-decimal asset (DYDX) end to end", async () => {
    const client = await pstakeClient(devnet.url, await directWallet(0));
    const amount = 1234n * 10n ** 18n + 567n;
    expect((await client.signAndBroadcast(alice, [stake(alice, DYDX.denom, amount)], fee)).code).toBe(0);
    expect(BigInt((await client.getBalance(alice, "stk/adydx")).amount)).toBe(amount);
    const r = await client.signAndBroadcast(alice, [redeem(alice, "stk/adydx", 10n ** 18n)], fee);
    expect(r.code).toBe(0);
    expect(r.events.find((e) => e.type === "redeem")!.attributes.find((a) => a.key === "output_amount")!.value).toBe(`${995n * 10n ** 15n}${DYDX.denom}`);
  });
});

describe("liquidstakeibc failure and limits", () => {
  it("refunds the stk of a failed unbonding epoch and shows it FAILED", async () => {
    const client = await pstakeClient(devnet.url, await directWallet(0));
    const lsibc = await q();
    await client.signAndBroadcast(alice, [stake(alice, ATOM.denom, 10_000_000n)], fee);
    await devnet.rpc("devnet_advanceTime", { seconds: DAY + 60 });
    const r = await client.signAndBroadcast(alice, [unstake(alice, "stk/uatom", 4_000_000n)], fee);
    const epoch = Number(r.events.find((e) => e.type === "liquid_unstake")!.attributes.find((a) => a.key === "undelegation_epoch")!.value);
    expect((await client.getBalance(alice, "stk/uatom")).amount).toBe("6000000");
    expect((await devnet.rpc("devnet_failUnbonding", { chain_id: "cosmoshub-4", epoch: String(epoch) })).result.height).toBeDefined();
    expect((await lsibc.Unbonding({ chainId: "cosmoshub-4", epoch: BigInt(epoch) })).unbonding.state).toBe(5);
    expect((await client.getBalance(alice, "stk/uatom")).amount).toBe("10000000");
  });

  it("turns a host chain inactive when its c_value leaves the limits, and refuses stakes (2016)", { timeout: 120_000 }, async () => {
    const client = await pstakeClient(devnet.url, await directWallet(0));
    const lsibc = await q();
    const HUAHUA = IBC_ASSETS.find((a) => a.symbol === "HUAHUA")!;
    await client.signAndBroadcast(alice, [stake(alice, HUAHUA.denom, 1_000_000_000n)], fee);
    // 20% APR less the 5% restake fee: c_value falls below the 0.85 limit within a year
    await devnet.rpc("devnet_advanceTime", { seconds: 320 * DAY });
    const h = (await lsibc.HostChain({ chainId: "chihuahua-1" })).hostChain;
    expect(BigInt(h.cValue)).toBeLessThan(85n * 10n ** 16n);
    expect(h.active).toBe(false);
    const r = await client.signAndBroadcast(alice, [stake(alice, HUAHUA.denom, 1_000_000n)], fee);
    expect({ code: r.code }).toEqual({ code: 2016 });
  });
});
