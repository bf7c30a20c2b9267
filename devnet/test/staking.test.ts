import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueryClient, setupDistributionExtension, setupStakingExtension } from "@cosmjs/stargate";
import { connectComet } from "@cosmjs/tendermint-rpc";
import { DEMO_ADDRESSES } from "../src/genesis.js";
import { type TestDevnet, directWallet, queryClient, signingClient, startTestDevnet } from "./helpers.js";

// Staking and distribution through cosmjs: delegate, rewards that accrue with chain time, withdraw,
// undelegate into unbonding entries that pay out after the unbonding time, and the max-entries limit.

let devnet: TestDevnet;
const delegator = DEMO_ADDRESSES[2];
const DAY = 86_400;

beforeAll(async () => {
  devnet = await startTestDevnet();
});
afterAll(() => devnet.stop());

async function extensions() {
  const comet = await connectComet(devnet.url);
  return QueryClient.withExtensions(comet, setupStakingExtension, setupDistributionExtension);
}

describe("staking and distribution", () => {
  it("lists a bonded validator set of at least 3, and the staking params", async () => {
    const q = await extensions();
    const { validators } = await q.staking.validators("BOND_STATUS_BONDED");
    expect(validators.length).toBeGreaterThanOrEqual(3);
    expect(validators.every((v) => v.status === 3 && !v.jailed && BigInt(v.tokens) > 0n)).toBe(true);
    const { params } = await q.staking.params();
    expect(params.bondDenom).toBe("uxprt");
    expect(params.unbondingTime.seconds).toBe(BigInt(21 * DAY));
    expect(params.maxEntries).toBe(7);
    const status = (await devnet.rpc("validators")).result;
    expect(Number(status.total)).toBe(validators.length);
  });

  it("delegates, accrues rewards with chain time, and withdraws them exactly", async () => {
    const q = await extensions();
    const client = await signingClient(devnet.url, await directWallet(2));
    const [validator] = (await q.staking.validators("BOND_STATUS_BONDED")).validators;
    const amount = { denom: "uxprt", amount: "50000000000" };
    const delegated = await client.delegateTokens(delegator, validator.operatorAddress, amount, "auto");
    expect(delegated.code).toBe(0);
    const { delegationResponse } = await q.staking.delegation(delegator, validator.operatorAddress);
    expect(delegationResponse?.balance).toEqual(amount);

    await devnet.rpc("devnet_advanceTime", { seconds: 7 * DAY });
    const { rewards } = await q.distribution.delegationRewards(delegator, validator.operatorAddress);
    const reward = BigInt(rewards.find((r) => r.denom === "uxprt")!.amount) / 10n ** 18n;
    // 10% inflation on ~1.0e13 uxprt for a week, ~ a 50k XPRT share of ~10M bonded, less 5% commission, 2% tax.
    expect(reward).toBeGreaterThan(10_000_000n);
    expect(reward).toBeLessThan(200_000_000n);

    const before = BigInt((await client.getBalance(delegator, "uxprt")).amount);
    const withdrawn = await client.withdrawRewards(delegator, validator.operatorAddress, "auto");
    expect(withdrawn.code).toBe(0);
    const paid = withdrawn.events.find((e) => e.type === "withdraw_rewards")!.attributes.find((a) => a.key === "amount")!.value;
    const fee = BigInt(
      withdrawn.events
        .find((e) => e.type === "tx")!
        .attributes.find((a) => a.key === "fee")!
        .value.replace("uxprt", ""),
    );
    // No block passed between the query and the withdrawal (automine: the tx's block is 1 ms later).
    expect(BigInt(paid.replace("uxprt", ""))).toBeGreaterThanOrEqual(reward);
    expect(BigInt((await client.getBalance(delegator, "uxprt")).amount)).toBe(before - fee + BigInt(paid.replace("uxprt", "")));
  });

  it("undelegates into an unbonding entry that pays out after the unbonding time", async () => {
    const q = await extensions();
    const client = await signingClient(devnet.url, await directWallet(2));
    const [validator] = (await q.staking.validators("BOND_STATUS_BONDED")).validators;
    const result = await client.undelegateTokens(delegator, validator.operatorAddress, { denom: "uxprt", amount: "1000000000" }, "auto");
    expect(result.code).toBe(0);
    const unbond = result.events.find((e) => e.type === "unbond")!;
    const completion = Date.parse(unbond.attributes.find((a) => a.key === "completion_time")!.value);
    const { unbondingResponses } = await q.staking.delegatorUnbondingDelegations(delegator);
    expect(unbondingResponses).toHaveLength(1);
    expect(unbondingResponses[0].entries[0].balance).toBe("1000000000");
    const { seconds, nanos } = unbondingResponses[0].entries[0].completionTime;
    expect(Number(seconds) * 1000 + nanos / 1e6).toBe(completion);

    const before = BigInt((await client.getBalance(delegator, "uxprt")).amount);
    await devnet.rpc("devnet_advanceTime", { seconds: 21 * DAY - 60 });
    expect((await q.staking.delegatorUnbondingDelegations(delegator)).unbondingResponses).toHaveLength(1);
    expect(BigInt((await client.getBalance(delegator, "uxprt")).amount)).toBe(before);
    await devnet.rpc("devnet_advanceTime", { seconds: 120 });
    expect((await q.staking.delegatorUnbondingDelegations(delegator)).unbondingResponses).toHaveLength(0);
    expect(BigInt((await client.getBalance(delegator, "uxprt")).amount)).toBe(before + 1_000_000_000n);
    const payout = await client.searchTx(`complete_unbonding.delegator='${delegator}'`);
    expect(payout).toHaveLength(0); // paid in EndBlock, not by a tx: it shows in block_results
    const stateTime = Date.parse((await devnet.rpc("devnet_info")).result.chain_time);
    expect(stateTime).toBeGreaterThan(completion);
  });

  it("enforces the max entries limit with staking error 27", async () => {
    const q = await extensions();
    const delegator = DEMO_ADDRESSES[3];
    const client = await signingClient(devnet.url, await directWallet(3));
    const [, validator] = (await q.staking.validators("BOND_STATUS_BONDED")).validators;
    expect((await client.delegateTokens(delegator, validator.operatorAddress, { denom: "uxprt", amount: "1000000" }, "auto")).code).toBe(0);
    for (let i = 0; i < 7; i++) {
      const r = await client.undelegateTokens(delegator, validator.operatorAddress, { denom: "uxprt", amount: "1000" }, "auto");
      expect(r.code).toBe(0);
    }
    // Simulation already fails, with the module's error.
    await expect(client.undelegateTokens(delegator, validator.operatorAddress, { denom: "uxprt", amount: "1000" }, "auto")).rejects.toThrow(
      /too many unbonding delegation entries for \(delegator, validator\) tuple/,
    );
    const r = await client.undelegateTokens(
      delegator,
      validator.operatorAddress,
      { denom: "uxprt", amount: "1000" },
      { amount: [{ denom: "uxprt", amount: "10000" }], gas: "400000" },
    );
    expect({ code: r.code }).toEqual({ code: 27 });
    const tx = await (await queryClient(devnet.url)).getTx(r.transactionHash);
    expect(tx?.code).toBe(27);
  });

  it("runs hourly and daily epochs while time is advanced", async () => {
    const q = await extensions();
    const before = (await q.staking.pool()).pool;
    const res = (await devnet.rpc("devnet_advanceTime", { seconds: DAY })).result;
    expect(res.blocks).toBeGreaterThanOrEqual(24);
    const data = Buffer.from([0x0a, 4, ...Buffer.from("hour")]).toString("hex");
    const epoch = (await devnet.rpc("abci_query", { path: "/persistence.epochs.v1beta1.Query/CurrentEpoch", data })).result.response;
    expect(epoch.code).toBe(0);
    expect(Number((await q.staking.pool()).pool.bondedTokens)).toBeGreaterThanOrEqual(Number(before.bondedTokens) - 2_000_000_000);
  });
});
