import { abciQuery } from "@/lib/chain/abci";
import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import { Empty } from "@/lib/chain/proto";
import type { TxPlan } from "@/lib/tx/lifecycle";
import { QueryLiquidStakeParamsResponse, QueryLiquidValidatorsResponse, QueryStatesResponse } from "./codecs";
import { Dec } from "./dec";

// stkXPRT (x/liquidstake): typed chain state, the exact previews of stake and unstake (the module's sequence of
// Dec operations, see the protocol reference), and the Msgs. No React here.

import { STK_XPRT } from "./denoms";

export { STK_XPRT };
export const TOTAL_WEIGHT = 10_000n;
export const ACTIVE_WEIGHT_QUORUM = 33n * 10n ** 16n; // 0.33 as a Dec

export interface LiquidStakeParams {
  liquidBondDenom: string;
  /** Dec */
  unstakeFeeRate: bigint;
  minLiquidStakeAmount: bigint;
  /** Dec */
  autocompoundFeeRate: bigint;
  modulePaused: boolean;
  lsmDisabled: boolean;
  cwLockedPoolAddress: string;
  whitelisted: { validator: string; weight: bigint }[];
}

export interface NetAmountState {
  supply: bigint;
  /** Dec */
  netAmount: bigint;
  /** Dec */
  mintRate: bigint;
  totalLiquidTokens: bigint;
  totalUnbondingBalance: bigint;
  proxyAccBalance: bigint;
  /** Dec */
  totalRemainingRewards: bigint;
}

export interface LiquidValidator {
  operator: string;
  weight: bigint;
  active: boolean;
  liquidTokens: bigint;
}

export async function fetchParams(rpc: FailoverRpcClient): Promise<LiquidStakeParams> {
  const { params: p } = await abciQuery(rpc, "/pstake.liquidstake.v1beta1.Query/Params", Empty, QueryLiquidStakeParamsResponse, {});
  return {
    liquidBondDenom: p.liquidBondDenom,
    unstakeFeeRate: Dec.fromProto(p.unstakeFeeRate),
    minLiquidStakeAmount: BigInt(p.minLiquidStakeAmount || "0"),
    autocompoundFeeRate: Dec.fromProto(p.autocompoundFeeRate),
    modulePaused: p.modulePaused,
    lsmDisabled: p.lsmDisabled,
    cwLockedPoolAddress: p.cwLockedPoolAddress,
    whitelisted: p.whitelistedValidators.map((w) => ({ validator: w.validatorAddress, weight: BigInt(w.targetWeight) })),
  };
}

export async function fetchStates(rpc: FailoverRpcClient, height?: number): Promise<NetAmountState> {
  const { netAmountState: n } = await abciQuery(rpc, "/pstake.liquidstake.v1beta1.Query/States", Empty, QueryStatesResponse, {}, height);
  return {
    supply: BigInt(n.stkxprtTotalSupply),
    netAmount: Dec.fromProto(n.netAmount),
    mintRate: Dec.fromProto(n.mintRate),
    totalLiquidTokens: BigInt(n.totalLiquidTokens),
    totalUnbondingBalance: BigInt(n.totalUnbondingBalance),
    proxyAccBalance: BigInt(n.proxyAccBalance),
    totalRemainingRewards: Dec.fromProto(n.totalRemainingRewards),
  };
}

export async function fetchLiquidValidators(rpc: FailoverRpcClient): Promise<LiquidValidator[]> {
  const { liquidValidators } = await abciQuery(rpc, "/pstake.liquidstake.v1beta1.Query/LiquidValidators", Empty, QueryLiquidValidatorsResponse, {});
  return liquidValidators.map((v) => ({ operator: v.operatorAddress, weight: BigInt(v.weight), active: v.status === 1, liquidTokens: BigInt(v.liquidTokens) }));
}

export type StakeBlocker =
  | { kind: "paused" }
  | { kind: "below-minimum"; minimum: bigint }
  | { kind: "no-active-validators" }
  | { kind: "quorum"; activeShare: bigint }
  | { kind: "too-small" };

/** Why the chain would refuse to liquid stake (same checks, same order), or null. */
export function stakeBlocker(amount: bigint, params: LiquidStakeParams, validators: LiquidValidator[]): StakeBlocker | null {
  if (params.modulePaused) return { kind: "paused" };
  if (amount < params.minLiquidStakeAmount) return { kind: "below-minimum", minimum: params.minLiquidStakeAmount };
  const activeWeight = validators.filter((v) => v.active && v.weight > 0n).reduce((s, v) => s + v.weight, 0n);
  if (activeWeight === 0n) return { kind: "no-active-validators" };
  const share = Dec.quo(Dec.fromInt(activeWeight), Dec.fromInt(TOTAL_WEIGHT));
  if (share < ACTIVE_WEIGHT_QUORUM) return { kind: "quorum", activeShare: share };
  return null;
}

/** stkXPRT minted for `amount` uxprt: TruncateInt(QuoTruncate(MulTruncate(supply, a), TruncateDec(NetAmount))), or a 1:1 when supply is 0. */
export function previewStake(amount: bigint, state: NetAmountState): bigint {
  if (state.supply === 0n) return amount;
  const net = Dec.truncate(state.netAmount);
  if (net === 0n) return 0n;
  return Dec.truncateInt(Dec.quoTruncate(Dec.mulTruncate(Dec.fromInt(state.supply), Dec.fromInt(amount)), net));
}

export interface UnstakePreview {
  /** XPRT value of the stkXPRT before the fee, Dec (integral) */
  gross: bigint;
  /** the unstake fee, in uxprt */
  fee: bigint;
  /** per validator: the unbonding entry the user will get (the module splits by each validator's liquid tokens) */
  entries: { validator: string; amount: bigint }[];
  /** what will arrive after the unbonding time: the sum of the entries */
  total: bigint;
}

export type UnstakeBlocker = { kind: "paused" } | { kind: "exceeds-supply" } | { kind: "too-small" } | { kind: "max-entries"; validator: string };

export function previewUnstake(stk: bigint, state: NetAmountState, params: LiquidStakeParams, validators: LiquidValidator[]): UnstakePreview | UnstakeBlocker {
  if (params.modulePaused) return { kind: "paused" };
  if (stk > state.supply || state.supply === 0n) return { kind: "exceeds-supply" };
  const gross = Dec.truncate(Dec.quo(Dec.mulTruncate(Dec.fromInt(stk), state.netAmount), Dec.fromInt(state.supply)));
  const afterFee = Dec.truncate(Dec.mulTruncate(gross, Dec.fromInt(1n) - params.unstakeFeeRate));
  if (Dec.truncateInt(afterFee) <= 0n) return { kind: "too-small" };
  const totalTokens = validators.reduce((s, v) => s + v.liquidTokens, 0n);
  if (totalTokens === 0n) {
    const owed = Dec.truncateInt(afterFee);
    return { gross, fee: Dec.truncateInt(gross) - owed, entries: [], total: owed };
  }
  // inactive validators first, as the module orders them; the split itself does not depend on the order
  const ordered = [...validators].sort((a, b) => Number(a.active) - Number(b.active));
  const unit = Dec.quoTruncate(afterFee, Dec.fromInt(totalTokens));
  const entries = ordered
    .map((v) => ({ validator: v.operator, amount: Dec.truncateInt(Dec.truncate(Dec.mulTruncate(unit, Dec.fromInt(v.liquidTokens)))) }))
    .filter((e) => e.amount > 0n);
  const total = entries.reduce((s, e) => s + e.amount, 0n);
  if (total <= 0n) return { kind: "too-small" };
  return { gross, fee: Dec.truncateInt(gross) - Dec.truncateInt(afterFee), entries, total };
}

export function isUnstakeBlocker(p: UnstakePreview | UnstakeBlocker): p is UnstakeBlocker {
  return "kind" in p;
}

/** XPRT per stkXPRT (NetAmount / supply) as a Dec; 1 before anything is staked. */
export function xprtPerStk(state: NetAmountState): bigint {
  if (state.supply === 0n || state.netAmount === 0n) return Dec.fromInt(1n);
  return Dec.quoTruncate(state.netAmount, Dec.fromInt(state.supply));
}

export const liquidStakePlan = (delegator: string, amount: bigint): TxPlan => ({
  messages: [
    { typeUrl: "/pstake.liquidstake.v1beta1.MsgLiquidStake", value: { delegatorAddress: delegator, amount: { denom: "uxprt", amount: amount.toString() } } },
  ],
});

export const liquidUnstakePlan = (delegator: string, stk: bigint): TxPlan => ({
  messages: [
    { typeUrl: "/pstake.liquidstake.v1beta1.MsgLiquidUnstake", value: { delegatorAddress: delegator, amount: { denom: STK_XPRT, amount: stk.toString() } } },
  ],
});

/** Converts an existing delegation; liquid_amount 0 means no extra XPRT is staked alongside. */
export const stakeToLpPlan = (delegator: string, validator: string, amount: bigint): TxPlan => ({
  messages: [
    {
      typeUrl: "/pstake.liquidstake.v1beta1.MsgStakeToLP",
      value: {
        delegatorAddress: delegator,
        validatorAddress: validator,
        stakedAmount: { denom: "uxprt", amount: amount.toString() },
        liquidAmount: { denom: "uxprt", amount: "0" },
      },
    },
  ],
});
