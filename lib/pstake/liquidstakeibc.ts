import { abciQuery } from "@/lib/chain/abci";
import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import { toDecimalString } from "@/lib/format/amount";
import { sentence, type Sentence } from "@/lib/i18n/sentence";
import { Empty } from "@/lib/chain/proto";
import type { TxPlan } from "@/lib/tx/lifecycle";
import {
  QueryByChainIdRequest,
  QueryDepositAccountBalanceResponse,
  QueryHostChainsResponse,
  QueryUnbondingsResponse,
  QueryUserUnbondingsRequest,
  QueryUserUnbondingsResponse,
} from "./codecs";
import { Dec } from "./dec";

// Multi-chain stkASSETs (x/liquidstakeibc): host chains as typed values, exact previews of stake, unstake and
// instant redeem (the reference's Dec sequences), the unbonding ETA from the epoch rules, and the Msgs.

export interface HostChain {
  chainId: string;
  hostDenom: string;
  /** the host token's IBC denom on Persistence */
  ibcDenom: string;
  stkDenom: string;
  channelId: string;
  minimumDeposit: bigint;
  /** Dec: stk per host token */
  cValue: bigint;
  lastCValue: bigint;
  active: boolean;
  unbondingFactor: number;
  fees: { deposit: bigint; restake: bigint; unstake: bigint; redemption: bigint };
  cValueLimits: { lower: bigint; upper: bigint };
  validators: { operator: string; weight: bigint; delegated: bigint }[];
}

/** "ibc/" + SHA-256 of "transfer/<channel>/<denom>", upper-case hex (Web Crypto: no extra dependency). */
export async function ibcDenomOf(channelId: string, hostDenom: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`transfer/${channelId}/${hostDenom}`));
  return `ibc/${Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0"))
    .join("")
    .toUpperCase()}`;
}

export async function fetchHostChains(rpc: FailoverRpcClient, height?: number): Promise<HostChain[]> {
  const { hostChains } = await abciQuery(rpc, "/pstake.liquidstakeibc.v1beta1.Query/HostChains", Empty, QueryHostChainsResponse, {}, height);
  return Promise.all(
    hostChains.map(async (h) => ({
      chainId: h.chainId,
      hostDenom: h.hostDenom,
      ibcDenom: await ibcDenomOf(h.channelId, h.hostDenom),
      stkDenom: `stk/${h.hostDenom}`,
      channelId: h.channelId,
      minimumDeposit: BigInt(h.minimumDeposit || "0"),
      cValue: Dec.fromProto(h.cValue),
      lastCValue: Dec.fromProto(h.lastCValue),
      active: h.active,
      unbondingFactor: Number(h.unbondingFactor),
      fees: {
        deposit: Dec.fromProto(h.params.depositFee),
        restake: Dec.fromProto(h.params.restakeFee),
        unstake: Dec.fromProto(h.params.unstakeFee),
        redemption: Dec.fromProto(h.params.redemptionFee),
      },
      cValueLimits: { lower: Dec.fromProto(h.params.lowerCValueLimit), upper: Dec.fromProto(h.params.upperCValueLimit) },
      validators: h.validators.map((v) => ({ operator: v.operatorAddress, weight: Dec.fromProto(v.weight), delegated: BigInt(v.delegatedAmount || "0") })),
    })),
  );
}

/** The instant-redeem cap: what the chain's deposit account holds for this host. */
export async function fetchRedeemCap(rpc: FailoverRpcClient, chainId: string): Promise<bigint> {
  const { balance } = await abciQuery(
    rpc,
    "/pstake.liquidstakeibc.v1beta1.Query/DepositAccountBalance",
    QueryByChainIdRequest,
    QueryDepositAccountBalanceResponse,
    { chainId },
  );
  return BigInt(balance?.amount ?? "0");
}

export type IbcBlocker = { kind: "inactive" } | { kind: "below-minimum"; minimum: bigint } | { kind: "too-small" } | { kind: "over-cap"; cap: bigint };

/** Why a multi-chain stake, unstake or redeem cannot go ahead, in words. */
export function describeIbcBlocker(b: IbcBlocker, symbol: string, decimals: number): Sentence {
  switch (b.kind) {
    case "inactive":
      return sentence("ibc.blocker.inactive", { symbol });
    case "below-minimum":
      return sentence("ibc.blocker.belowMinimum", { symbol, minimum: toDecimalString(b.minimum, decimals) });
    case "too-small":
      return sentence("ibc.blocker.tooSmall");
    case "over-cap":
      return sentence("ibc.blocker.overCap", { symbol, cap: toDecimalString(b.cap, decimals) });
  }
}

/** Stake a: mint = trunc(Mul(Dec(a), c)); fee = trunc(MulInt(deposit_fee, mint)); the user gets mint - fee. */
export function previewIbcStake(amount: bigint, host: HostChain): { minted: bigint; fee: bigint; received: bigint } | IbcBlocker {
  if (!host.active) return { kind: "inactive" };
  if (amount < host.minimumDeposit) return { kind: "below-minimum", minimum: host.minimumDeposit };
  const minted = Dec.truncateInt(Dec.mul(Dec.fromInt(amount), host.cValue));
  const fee = Dec.truncateInt(Dec.mulInt(host.fees.deposit, minted));
  return { minted, fee, received: minted - fee };
}

/** Unstake s: fee = trunc(MulInt(unstake_fee, s)); owed = trunc(Mul(Dec(s - fee), Quo(1, c))) (times the rounded inverse). */
export function previewIbcUnstake(stk: bigint, host: HostChain): { fee: bigint; owed: bigint } | IbcBlocker {
  if (!host.active) return { kind: "inactive" };
  if (stk < host.minimumDeposit) return { kind: "below-minimum", minimum: host.minimumDeposit };
  const fee = Dec.truncateInt(Dec.mulInt(host.fees.unstake, stk));
  const owed = Dec.truncateInt(Dec.mul(Dec.fromInt(stk - fee), Dec.quo(Dec.fromInt(1n), host.cValue)));
  if (owed <= 0n) return { kind: "too-small" };
  return { fee, owed };
}

/** Redeem s now: fee = trunc(MulInt(redemption_fee, s)); out = trunc(Quo(Dec(s - fee), c)); capped by the deposit pool. */
export function previewRedeem(stk: bigint, host: HostChain, cap: bigint): { fee: bigint; out: bigint } | IbcBlocker {
  if (!host.active) return { kind: "inactive" };
  const fee = Dec.truncateInt(Dec.mulInt(host.fees.redemption, stk));
  const out = Dec.truncateInt(Dec.quo(Dec.fromInt(stk - fee), host.cValue));
  if (out <= 0n) return { kind: "too-small" };
  if (out > cap) return { kind: "over-cap", cap };
  return { fee, out };
}

/** Host tokens per stk (1 / c_value), the rate whose growth is the holder's yield. */
export function hostPerStk(h: HostChain): bigint {
  return h.cValue === 0n ? Dec.fromInt(1n) : Dec.quoTruncate(Dec.fromInt(1n), h.cValue);
}

/** Total value locked, in host tokens: delegated on the host. */
export function tvl(h: HostChain): bigint {
  return h.validators.reduce((s, v) => s + v.delegated, 0n);
}

export function isIbcBlocker<T extends object>(p: T | IbcBlocker): p is IbcBlocker {
  return "kind" in p;
}

/**
 * When an unstake requested now pays out, from the epoch rules: it joins the unbonding of epoch
 * ceil-to-multiple(current day epoch, unbonding_factor), undelegated when that epoch ends, then the host's
 * unbonding time. The window is that date to one day later (the payout lands in the first block after
 * maturity, and the epoch's end is known only to the day).
 */
export function unstakeEta(
  currentEpoch: number,
  currentEpochEnd: number,
  unbondingFactor: number,
  hostUnbondingMs: number,
): { epoch: number; from: number; to: number } {
  const DAY = 86_400_000;
  const epoch = Math.ceil(Math.max(1, currentEpoch) / unbondingFactor) * unbondingFactor;
  const undelegation = currentEpochEnd + (epoch - currentEpoch) * DAY;
  return { epoch, from: undelegation + hostUnbondingMs, to: undelegation + hostUnbondingMs + DAY };
}

export interface IbcUnbonding {
  chainId: string;
  epoch: number;
  stk: bigint;
  owed: bigint;
  /** from the chain's Unbonding of the same epoch */
  state: number;
  matureTime: number;
}

const UNBONDING_STATES = [
  "multi.state.waiting",
  "multi.state.initiated",
  "multi.state.unbonding",
  "multi.state.matured",
  "multi.state.paidOut",
  "multi.state.failed",
] as const;

/** An unbonding epoch's state (the module's enum) in words. */
export const unbondingState = (state: number): Sentence => sentence(UNBONDING_STATES[state] ?? "multi.state.unknown");

/** The account's unstake requests with their epoch's state (at a past `height` when given). */
export async function fetchUserIbcUnbondings(rpc: FailoverRpcClient, address: string, height?: number): Promise<IbcUnbonding[]> {
  const { userUnbondings } = await abciQuery(
    rpc,
    "/pstake.liquidstakeibc.v1beta1.Query/UserUnbondings",
    QueryUserUnbondingsRequest,
    QueryUserUnbondingsResponse,
    { address },
    height,
  );
  const chains = [...new Set(userUnbondings.map((u) => u.chainId))];
  const byChain = new Map(
    await Promise.all(
      chains.map(
        async (chainId) =>
          [
            chainId,
            (await abciQuery(rpc, "/pstake.liquidstakeibc.v1beta1.Query/Unbondings", QueryByChainIdRequest, QueryUnbondingsResponse, { chainId }, height))
              .unbondings,
          ] as const,
      ),
    ),
  );
  return userUnbondings.map((u) => {
    const record = byChain.get(u.chainId)?.find((x) => Number(x.epochNumber) === Number(u.epochNumber));
    return {
      chainId: u.chainId,
      epoch: Number(u.epochNumber),
      stk: BigInt(u.stkAmount.amount),
      owed: BigInt(u.unbondAmount.amount),
      state: record?.state ?? 0,
      matureTime: record?.matureTime ? Number(record.matureTime.seconds) * 1000 : 0,
    };
  });
}

const coinMsg = (typeUrl: string, delegator: string, denom: string, amount: bigint): TxPlan => ({
  messages: [{ typeUrl, value: { delegatorAddress: delegator, amount: { denom, amount: amount.toString() } } }],
});

export const ibcStakePlan = (delegator: string, host: HostChain, amount: bigint) =>
  coinMsg("/pstake.liquidstakeibc.v1beta1.MsgLiquidStake", delegator, host.ibcDenom, amount);
export const ibcUnstakePlan = (delegator: string, host: HostChain, stk: bigint) =>
  coinMsg("/pstake.liquidstakeibc.v1beta1.MsgLiquidUnstake", delegator, host.stkDenom, stk);
export const redeemPlan = (delegator: string, host: HostChain, stk: bigint) =>
  coinMsg("/pstake.liquidstakeibc.v1beta1.MsgRedeem", delegator, host.stkDenom, stk);

/**
 * The host chains' own x/staking unbonding times (days). They are params of the host chains, not of Persistence,
 * so no Persistence query returns them; unknown hosts fall back to 21 days and the ETA says "about".
 */
export const HOST_UNBONDING_DAYS: Record<string, number> = { "cosmoshub-4": 21, "osmosis-1": 14, "dydx-mainnet-1": 30, "stargaze-1": 14, "chihuahua-1": 21 };

/** How to show a host chain's token and its stk: from the network's assets, else from the host denom. */
export function hostAssets(
  host: HostChain,
  assets: { denom: string; symbol: string; decimals: number }[],
): { symbol: string; stkSymbol: string; decimals: number } {
  const listed = assets.find((a) => a.denom === host.ibcDenom);
  const symbol = listed?.symbol ?? host.hostDenom.replace(/^[ua]/, "").toUpperCase();
  const decimals = listed?.decimals ?? (host.hostDenom.startsWith("a") ? 18 : 6);
  return { symbol, stkSymbol: `stk${symbol}`, decimals };
}
