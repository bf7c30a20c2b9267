import { describe, expect, it } from "vitest";
import { sentence } from "@/lib/i18n/sentence";
import { DEPOSIT_GAS_RESERVE, bnbStakeForm, bnbUnstakeForm } from "./forms";
import { FEE_BASIS, type PoolState, previewDeposit, previewUnstake } from "./math";
import { EVM_NETWORKS } from "./networks";

// The stkBNB forms, each branch, without a chain: the pool's state as the Multicall3 read returns it.

const BNB = 10n ** 18n;
const network = EVM_NETWORKS["bnb-local"];
const pool: PoolState = {
  totalWei: 102n * BNB,
  poolTokenSupply: 100n * BNB,
  minBNBDeposit: BNB / 1000n, // 0.001 BNB
  minTokenWithdrawal: BNB / 1000n,
  cooldownPeriod: 15n * 86_400n,
  fee: { reward: FEE_BASIS / 20n, deposit: 0n, withdraw: FEE_BASIS / 200n },
  claimReserve: 0n,
  paused: false,
};

describe("stkBNB stake form", () => {
  const stake = (input: string, extra: Partial<Parameters<typeof bnbStakeForm>[0]> = {}) =>
    bnbStakeForm({ input, pool, balance: 10n * BNB, network, gasCost: null, offered: true, ...extra });

  it("previews the stkBNB out with the pool's math and calls deposit with the amount as value", () => {
    const f = stake("1");
    expect(f.preview).toEqual(previewDeposit(pool, BNB));
    expect(f.error).toBeNull();
    expect(f.call).toMatchObject({ address: network.stakePool, functionName: "deposit", value: BNB });
  });
  it("rounds down to the pool's step and leaves the dust in the wallet", () => {
    const f = stake("1.0005");
    expect(f).toMatchObject({ amount: BNB, dust: BNB / 2000n });
    expect(f.call?.value).toBe(BNB);
  });
  it("offers no stake on a pool the chain does not show as run, whatever the amount; unstaking stays", () => {
    const bsc = EVM_NETWORKS.bsc;
    expect(stake("1", { network: bsc, offered: false })).toMatchObject({ error: sentence("bnb.exitOnly.noStake"), call: null });
    const out = bnbUnstakeForm({ input: "1", pool, balance: 10n * BNB, network: bsc });
    expect(out.error).toBeNull();
    expect(out.call).not.toBeNull();
  });

  it("refuses below the minimum, over the balance, on a paused pool, and without gas left", () => {
    expect(stake("0.0009")).toMatchObject({ error: sentence("bnb.form.minDeposit", { minimum: "0.001" }), call: null });
    expect(stake("11")).toMatchObject({ error: sentence("bnb.form.overBnb"), call: null });
    expect(stake("1", { pool: { ...pool, paused: true } })).toMatchObject({ error: sentence("bnb.form.pausedShort"), call: null });
    expect(stake("10", { gasCost: BNB / 1000n }).error).toEqual(sentence("bnb.form.noGas"));
    expect(stake("abc").error).toEqual(sentence("amount.invalid"));
    expect(stake("")).toMatchObject({ error: null, call: null });
  });
  it("Max keeps a reserve before the estimate, then twice the estimate, rounded to the step", () => {
    expect(stake("").max).toBe(10n * BNB - DEPOSIT_GAS_RESERVE);
    expect(stake("", { gasCost: 123_456_789_000_000n }).max).toBe(10n * BNB - BNB / 1000n);
    expect(stake("", { balance: 10n ** 15n }).max).toBe(0n);
  });
});

describe("stkBNB unstake form", () => {
  const unstake = (input: string, extra: Partial<Parameters<typeof bnbUnstakeForm>[0]> = {}) =>
    bnbUnstakeForm({ input, pool, balance: 5n * BNB, network, ...extra });

  it("previews the BNB owed and sends the stkBNB to the pool", () => {
    const f = unstake("2");
    expect(f.preview).toEqual(previewUnstake(pool, 2n * BNB));
    expect(f.call).toMatchObject({ address: network.stkBNB, functionName: "send", args: [network.stakePool, 2n * BNB, "0x"] });
  });
  it("refuses below the minimum, over the balance and on a paused pool; Max is the balance to the step", () => {
    expect(unstake("0.0001")).toMatchObject({ error: sentence("bnb.form.minUnstake", { minimum: "0.001" }), call: null });
    expect(unstake("6")).toMatchObject({ error: sentence("bnb.form.overStk"), call: null });
    expect(unstake("1", { pool: { ...pool, paused: true } }).error).toEqual(sentence("bnb.form.pausedShort"));
    expect(unstake("", { balance: BNB + 1n }).max).toBe(BNB);
  });
});
