import { describe, expect, it } from "vitest";
import { sentence } from "@/lib/i18n/sentence";
import { ONE } from "./dec";
import { STAKE_GAS_ESTIMATE, convertForm, ibcExitForm, ibcStakeForm, stakeForm, stakeMax, unstakeForm } from "./forms";
import { netState, testParams } from "./fixtures";
import type { LiquidStakeParams, LiquidValidator } from "./liquidstake";
import type { HostChain } from "./liquidstakeibc";

// The liquid staking forms, each branch, without a chain: the inputs are what the hooks would have read.

const ME = "persistence1me";
const states = netState;
const params: LiquidStakeParams = {
  ...testParams,
  cwLockedPoolAddress: "persistence1lp",
  whitelisted: [
    { validator: "v0", weight: 5000n },
    { validator: "v1", weight: 5000n },
  ],
};
const validators: LiquidValidator[] = [
  { operator: "v0", weight: 5000n, active: true, liquidTokens: 600_000_000n },
  { operator: "v1", weight: 5000n, active: true, liquidTokens: 400_000_000n },
];
const chain = { params, states: states(900_000_000n, 1_000_000_000n), validators };

describe("stake form", () => {
  const stake = (input: string, extra: Partial<Parameters<typeof stakeForm>[0]> = {}) =>
    stakeForm({ input, balance: 10_000_000n, address: ME, ...chain, ...extra });

  it("previews the stkXPRT minted and plans MsgLiquidStake for a valid amount", () => {
    const f = stake("1");
    expect(f).toMatchObject({ amount: 1_000_000n, error: null, paused: false, minted: 900_000n });
    expect(f.plan?.messages[0]).toMatchObject({
      typeUrl: "/pstake.liquidstake.v1beta1.MsgLiquidStake",
      value: { delegatorAddress: ME, amount: { denom: "uxprt", amount: "1000000" } },
    });
    expect(f.rate).toBe((ONE * 10n) / 9n);
  });
  it("says nothing for an empty field, and has no plan", () => {
    expect(stake("")).toMatchObject({ amount: null, error: null, plan: null, minted: null });
  });
  it("says why text is not an amount", () => {
    expect(stake("1.0000001")).toMatchObject({ error: sentence("amount.tooManyDecimals", { decimals: 6 }), plan: null });
    expect(stake("abc").error).toEqual(sentence("amount.invalid"));
  });
  it("refuses more than the balance", () => {
    expect(stake("11")).toMatchObject({ error: sentence("amount.overBalance", { symbol: "XPRT" }), plan: null });
  });
  it("explains each refusal of the module before signing", () => {
    expect(stake("0.000999")).toMatchObject({ error: sentence("stake.blocker.belowMinimum", { minimum: "0.001" }), plan: null });
    expect(stake("1", { validators: [] }).error).toEqual(sentence("stake.blocker.noActiveValidators"));
    const lowQuorum = validators.map((v, i) => ({ ...v, weight: i === 0 ? 3000n : 0n }));
    expect(stake("1", { validators: lowQuorum }).error).toEqual(sentence("stake.blocker.quorum", { share: "30" }));
    // an amount that mints nothing
    expect(stake("0.001", { states: states(1n, 10n ** 12n) })).toMatchObject({ error: sentence("stake.blocker.tooSmall"), minted: null, plan: null });
  });
  it("a paused module: no plan, and the field does not repeat the pause note", () => {
    expect(stake("1", { params: { ...params, modulePaused: true } })).toMatchObject({ paused: true, error: null, plan: null });
  });
  it("waits for the chain: no plan before the module state is read", () => {
    expect(stake("1", { states: undefined }).plan).toBeNull();
  });
  it("Max keeps a reserve before the fee is simulated, then exactly the simulated fee", () => {
    // 540,000 gas at the high price 0.04 = 21,600 uxprt
    expect(stakeMax(10_000_000n, null, "0.04")).toEqual({ max: 9_978_400n, kept: 21_600n });
    expect(STAKE_GAS_ESTIMATE).toBe(540_000n);
    expect(stakeMax(10_000_000n, 5_213n, "0.04")).toEqual({ max: 9_994_787n, kept: 5_213n });
    expect(stakeMax(10_000n, null, "0.04").max).toBe(0n);
  });
});

describe("unstake form", () => {
  const unstake = (input: string, extra: Partial<Parameters<typeof unstakeForm>[0]> = {}) =>
    unstakeForm({ input, balance: 5_000_000n, address: ME, moniker: (op) => `moniker-${op}`, ...chain, ...extra });

  it("previews the XPRT owed after the fee, split per validator, and plans MsgLiquidUnstake", () => {
    const f = unstake("0.9");
    expect(f.error).toBeNull();
    expect(f.preview).toMatchObject({ fee: 1000n, total: 999_000n });
    expect(f.preview!.entries.map((e) => e.amount)).toEqual([599_400n, 399_600n]);
    expect(f.plan?.messages[0].typeUrl).toBe("/pstake.liquidstake.v1beta1.MsgLiquidUnstake");
  });
  it("refuses more than the stkXPRT held, and more than exists", () => {
    expect(unstake("6")).toMatchObject({ error: sentence("amount.overBalance", { symbol: "stkXPRT" }), plan: null });
    expect(unstake("1000", { balance: 10n ** 12n }).error).toEqual(sentence("unstake.blocker.exceedsSupply"));
  });
  it("refuses dust that unbonds nothing", () => {
    expect(unstake("0.000001").error).toEqual(sentence("unstake.blocker.tooSmall"));
  });
  it("explains the max-entries limit, naming the validator, before the chain refuses it", () => {
    const full = Array.from({ length: 7 }, (_, i) => ({ validator: "v1", amount: 1n, completionTime: i, creationHeight: i }));
    const f = unstake("0.9", { stakingParams: { maxEntries: 7 }, unbondings: full });
    expect(f).toMatchObject({ error: sentence("unstake.blocker.maxEntries", { max: 7, validator: "moniker-v1" }), plan: null, preview: null });
    expect(unstake("0.9", { stakingParams: { maxEntries: 7 }, unbondings: full.slice(1) }).plan).not.toBeNull();
  });
  it("a paused module: no plan, the pause said once", () => {
    expect(unstake("0.9", { params: { ...params, modulePaused: true } })).toMatchObject({ paused: true, error: null, plan: null });
  });
});

describe("convert form", () => {
  const delegations = [
    { validator: "v0", amount: 3_000_000n },
    { validator: "other", amount: 9_000_000n },
  ];
  const convert = (input: string, extra: Partial<Parameters<typeof convertForm>[0]> = {}) =>
    convertForm({ input, validator: "", delegations, address: ME, ...chain, ...extra });

  it("offers only delegations to whitelisted validators, the first by default", () => {
    const f = convert("");
    expect(f.eligible.map((d) => d.validator)).toEqual(["v0"]);
    expect(f.chosen?.validator).toBe("v0");
    expect(convert("", { validator: "other" }).chosen?.validator).toBe("v0");
  });
  it("previews the stkXPRT minted and plans MsgStakeToLP from the chosen delegation", () => {
    const f = convert("2");
    expect(f).toMatchObject({ amount: 2_000_000n, error: null, minted: 1_800_000n });
    expect(f.plan?.messages[0]).toMatchObject({ typeUrl: "/pstake.liquidstake.v1beta1.MsgStakeToLP", value: { validatorAddress: "v0" } });
  });
  it("refuses more than the delegation and the module's minimum", () => {
    expect(convert("4")).toMatchObject({ error: sentence("multi.convert.overDelegation"), plan: null });
    expect(convert("0.0001").error).toEqual(sentence("stake.blocker.belowMinimum", { minimum: "0.001" }));
  });
  it("says when the chain cannot convert at all", () => {
    expect(convert("1", { params: { ...params, lsmDisabled: true } })).toMatchObject({ unavailable: sentence("multi.convert.lsmDisabled"), plan: null });
    expect(convert("1", { params: { ...params, cwLockedPoolAddress: "" } })).toMatchObject({ unavailable: sentence("multi.convert.noLpContract"), plan: null });
  });
});

const host: HostChain = {
  chainId: "cosmoshub-4",
  hostDenom: "uatom",
  ibcDenom: "ibc/ATOM",
  stkDenom: "stk/uatom",
  channelId: "channel-0",
  minimumDeposit: 10n,
  cValue: (9n * ONE) / 10n,
  lastCValue: (9n * ONE) / 10n,
  active: true,
  unbondingFactor: 4,
  fees: { deposit: 5n * 10n ** 15n, restake: 0n, unstake: 10n ** 15n, redemption: 5n * 10n ** 15n },
  cValueLimits: { lower: 0n, upper: ONE },
  validators: [],
};
const tokens = { symbol: "ATOM", stkSymbol: "stkATOM", decimals: 6 };

describe("multi-chain stake form", () => {
  const ibcStake = (input: string, h: HostChain = host) => ibcStakeForm({ input, balance: 5_000_000n, host: h, tokens, address: ME });

  it("previews minted, fee and received, and plans MsgLiquidStake of the IBC denom", () => {
    const f = ibcStake("1");
    expect(f.preview).toEqual({ minted: 900_000n, fee: 4_500n, received: 895_500n });
    expect(f.plan?.messages[0]).toMatchObject({ typeUrl: "/pstake.liquidstakeibc.v1beta1.MsgLiquidStake", value: { amount: { denom: "ibc/ATOM" } } });
  });
  it("refuses over the balance, below the minimum, and on an inactive host", () => {
    expect(ibcStake("6").error).toEqual(sentence("amount.overBalance", { symbol: "ATOM" }));
    expect(ibcStake("0.000009")).toMatchObject({ error: sentence("ibc.blocker.belowMinimum", { symbol: "ATOM", minimum: "0.00001" }), plan: null });
    expect(ibcStake("1", { ...host, active: false })).toMatchObject({ error: sentence("ibc.blocker.inactive", { symbol: "ATOM" }), plan: null });
  });
});

describe("multi-chain exit form", () => {
  const exit = (input: string, cap: bigint | "unread" = 10n ** 12n) =>
    ibcExitForm({ input, balance: 5_000_000n, host, tokens, cap: cap === "unread" ? undefined : cap, address: ME });

  it("shows both ways out with a plan each", () => {
    const f = exit("0.9");
    expect(f.redeem.preview).toEqual({ fee: 4_500n, out: 995_000n });
    // owed = trunc((s - fee) x round(1 / c)): the rounded inverse loses a unit, as on the chain
    expect(f.unstake.preview).toEqual({ fee: 900n, owed: 998_999n });
    expect(f.redeem.plan?.messages[0].typeUrl).toBe("/pstake.liquidstakeibc.v1beta1.MsgRedeem");
    expect(f.unstake.plan?.messages[0].typeUrl).toBe("/pstake.liquidstakeibc.v1beta1.MsgLiquidUnstake");
  });
  it("closes instant redeem past the deposit pool's cap, with the cap in words; unstake stays open", () => {
    const f = exit("0.9", 1_000n);
    expect(f.redeem).toEqual({ preview: null, plan: null, blocker: sentence("ibc.blocker.overCap", { symbol: "ATOM", cap: "0.001" }) });
    expect(f.unstake.plan).not.toBeNull();
  });
  it("waits for the cap before offering a redeem", () => {
    expect(exit("0.9", "unread").redeem).toEqual({ preview: null, blocker: null, plan: null });
  });
  it("over the balance: neither way is offered", () => {
    const f = exit("6");
    expect(f.error).toEqual(sentence("amount.overBalance", { symbol: "stkATOM" }));
    expect(f.redeem.plan).toBeNull();
    expect(f.unstake.plan).toBeNull();
  });
});
