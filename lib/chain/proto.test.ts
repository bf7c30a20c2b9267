import * as bankQuery from "cosmjs-types/cosmos/bank/v1beta1/query";
import * as transferQuery from "cosmjs-types/ibc/applications/transfer/v1/query";
import * as channelQuery from "cosmjs-types/ibc/core/channel/v1/query";
import * as mintQuery from "persistenceonejs/cosmos/mint/v1beta1/query";
import * as stakingQuery from "persistenceonejs/cosmos/staking/v1beta1/query";
import * as staking from "persistenceonejs/cosmos/staking/v1beta1/staking";
import * as epochsQuery from "persistenceonejs/persistence/epochs/v1beta1/query";
import * as liquidstake from "persistenceonejs/pstake/liquidstake/v1beta1/liquidstake";
import * as liquidstakeQuery from "persistenceonejs/pstake/liquidstake/v1beta1/query";
import * as ibcQuery from "persistenceonejs/pstake/liquidstakeibc/v1beta1/query";
import { describe, expect, it } from "vitest";
import * as bank from "@/lib/bank/codecs";
import * as pstake from "@/lib/pstake/codecs";
import * as channel from "@/lib/recovery/codecs";
import * as stakingLean from "@/lib/staking/codecs";
import { QueryEpochsInfoResponse } from "./epochs";
import { Empty, type Fields, type Message } from "./proto";

// Every lean message against the generated codec of the same proto type, both ways, on random values:
// generated encode -> lean decode, and lean encode -> generated decode, compared on the fields the lean one names.

interface Generated {
  encode(m: unknown): { finish(): Uint8Array };
  decode(b: Uint8Array): unknown;
  fromPartial(o: unknown): unknown;
}

const PAIRS: [string, Message<unknown>, Generated][] = [
  ["staking Validator", stakingLean.Validator, staking.Validator],
  ["staking QueryValidatorsRequest", stakingLean.QueryValidatorsRequest, stakingQuery.QueryValidatorsRequest],
  ["staking QueryValidatorsResponse", stakingLean.QueryValidatorsResponse, stakingQuery.QueryValidatorsResponse],
  ["staking QueryDelegatorDelegationsRequest", stakingLean.QueryDelegatorRequest, stakingQuery.QueryDelegatorDelegationsRequest],
  ["staking QueryDelegatorUnbondingDelegationsRequest", stakingLean.QueryDelegatorRequest, stakingQuery.QueryDelegatorUnbondingDelegationsRequest],
  ["staking QueryDelegatorDelegationsResponse", stakingLean.QueryDelegatorDelegationsResponse, stakingQuery.QueryDelegatorDelegationsResponse],
  [
    "staking QueryDelegatorUnbondingDelegationsResponse",
    stakingLean.QueryDelegatorUnbondingDelegationsResponse,
    stakingQuery.QueryDelegatorUnbondingDelegationsResponse,
  ],
  ["staking QueryParamsResponse", stakingLean.QueryParamsResponse, stakingQuery.QueryParamsResponse],
  ["staking QueryPoolResponse", stakingLean.QueryPoolResponse, stakingQuery.QueryPoolResponse],
  ["mint QueryAnnualProvisionsResponse", stakingLean.QueryAnnualProvisionsResponse, mintQuery.QueryAnnualProvisionsResponse],
  ["epochs QueryEpochsInfoResponse", QueryEpochsInfoResponse, epochsQuery.QueryEpochsInfoResponse],
  ["liquidstake QueryParamsResponse", pstake.QueryLiquidStakeParamsResponse, liquidstakeQuery.QueryParamsResponse],
  ["liquidstake QueryStatesResponse", pstake.QueryStatesResponse, liquidstakeQuery.QueryStatesResponse],
  ["liquidstake QueryLiquidValidatorsResponse", pstake.QueryLiquidValidatorsResponse, liquidstakeQuery.QueryLiquidValidatorsResponse],
  ["liquidstakeibc QueryHostChainsResponse", pstake.QueryHostChainsResponse, ibcQuery.QueryHostChainsResponse],
  ["liquidstakeibc QueryDepositAccountBalanceRequest", pstake.QueryByChainIdRequest, ibcQuery.QueryDepositAccountBalanceRequest],
  ["liquidstakeibc QueryUnbondingsRequest", pstake.QueryByChainIdRequest, ibcQuery.QueryUnbondingsRequest],
  ["liquidstakeibc QueryDepositAccountBalanceResponse", pstake.QueryDepositAccountBalanceResponse, ibcQuery.QueryDepositAccountBalanceResponse],
  ["liquidstakeibc QueryUnbondingsResponse", pstake.QueryUnbondingsResponse, ibcQuery.QueryUnbondingsResponse],
  ["liquidstakeibc QueryUserUnbondingsRequest", pstake.QueryUserUnbondingsRequest, ibcQuery.QueryUserUnbondingsRequest],
  ["liquidstakeibc QueryUserUnbondingsResponse", pstake.QueryUserUnbondingsResponse, ibcQuery.QueryUserUnbondingsResponse],
  ["bank QueryAllBalancesRequest", bank.QueryAllBalancesRequest, bankQuery.QueryAllBalancesRequest],
  ["bank QueryAllBalancesResponse", bank.QueryAllBalancesResponse, bankQuery.QueryAllBalancesResponse],
  ["transfer QueryDenomRequest", bank.QueryDenomRequest, transferQuery.QueryDenomRequest],
  ["transfer QueryDenomResponse", bank.QueryDenomResponse, transferQuery.QueryDenomResponse],
  ["channel QueryPacketCommitmentRequest", channel.QueryPacketRequest, channelQuery.QueryPacketCommitmentRequest],
  ["channel QueryPacketReceiptRequest", channel.QueryPacketRequest, channelQuery.QueryPacketReceiptRequest],
  ["channel QueryPacketAcknowledgementRequest", channel.QueryPacketRequest, channelQuery.QueryPacketAcknowledgementRequest],
  ["channel QueryPacketCommitmentResponse", channel.QueryPacketCommitmentResponse, channelQuery.QueryPacketCommitmentResponse],
  ["channel QueryPacketReceiptResponse", channel.QueryPacketReceiptResponse, channelQuery.QueryPacketReceiptResponse],
  ["channel QueryPacketAcknowledgementResponse", channel.QueryPacketAcknowledgementResponse, channelQuery.QueryPacketAcknowledgementResponse],
  ["empty request", Empty, liquidstakeQuery.QueryStatesRequest],
];

let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
const bigRand = (bits: number) => BigInt(Math.floor(rand() * 2 ** 26)) * 2n ** BigInt(Math.max(0, bits - 26)) + BigInt(Math.floor(rand() * 1000));

function randomValue(fields: Fields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, [, kind, mode]] of Object.entries(fields)) {
    const one = (): unknown => {
      if (typeof kind !== "string") return kind.fields && randomValue(kind.fields);
      switch (kind) {
        case "string":
          return pick(["", "persistence1abc", "stk/uatom", "1000000000000000000", "ünïcode ✓"]);
        case "bytes":
          return pick([new Uint8Array(), new Uint8Array([0, 255, 7]), new TextEncoder().encode("12.5")]);
        case "bool":
          return rand() < 0.5;
        case "int32":
          return pick([0, 1, 3, -7, 2 ** 31 - 1]);
        case "uint32":
          return pick([0, 1, 7, 2 ** 32 - 1]);
        case "int64":
          return pick([0n, 5n, -9n, bigRand(62)]);
        case "uint64":
          return pick([0n, 500n, bigRand(63)]);
      }
    };
    if (mode === "repeated") out[name] = Array.from({ length: Math.floor(rand() * 4) }, one);
    else if (typeof kind !== "string" && mode !== "required" && rand() < 0.25) out[name] = undefined;
    else out[name] = one();
  }
  return out;
}

/** The generated value reduced to the lean fields (recursively), the way the lean decoder reports them. */
function project(fields: Fields, value: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, [, kind, mode]] of Object.entries(fields)) {
    const v = value?.[name];
    if (typeof kind === "string") out[name] = v;
    else if (mode === "repeated") out[name] = (v as Record<string, unknown>[]).map((x) => project(kind.fields, x));
    else out[name] = v === undefined && mode !== "required" ? undefined : project(kind.fields, v as Record<string, unknown>);
  }
  return out;
}

/**
 * Absent nested messages as their defaults: the generated codecs treat nested messages as gogoproto non-nullable
 * (always present, encoded even when empty), the lean ones leave an absent message undefined. Same wire data.
 */
function normalize(fields: Fields, value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...value };
  for (const [name, [, kind, mode]] of Object.entries(fields)) {
    if (typeof kind === "string") continue;
    if (mode === "repeated") out[name] = (value[name] as Record<string, unknown>[]).map((x) => normalize(kind.fields, x));
    else out[name] = normalize(kind.fields, (value[name] ?? kind.fromPartial({})) as Record<string, unknown>);
  }
  return out;
}

describe("lean protobuf messages match the generated codecs", () => {
  for (const [name, lean, generated] of PAIRS) {
    it(name, () => {
      for (let i = 0; i < 60; i++) {
        const value = normalize(lean.fields, lean.fromPartial(randomValue(lean.fields)) as Record<string, unknown>);
        const generatedBytes = generated.encode(generated.fromPartial(value)).finish();
        expect(normalize(lean.fields, lean.decode(generatedBytes) as Record<string, unknown>)).toEqual(value);
        const decodedByGenerated = generated.decode(lean.encode(value).finish()) as Record<string, unknown>;
        expect(normalize(lean.fields, project(lean.fields, decodedByGenerated))).toEqual(value);
        // requests go to the chain: the very same bytes (responses may differ by empty messages the lean ones do not name)
        if (name.endsWith("Request") || name === "empty request") expect(lean.encode(value).finish()).toEqual(generatedBytes);
      }
    });
  }

  it("skips fields it does not name (any, nested messages, packed numbers)", () => {
    const full = staking.Validator.fromPartial({
      operatorAddress: "persistencevaloper1x",
      consensusPubkey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: new Uint8Array(33).fill(9) },
      jailed: true,
      status: 3,
      tokens: "123",
      delegatorShares: "123.000000000000000000",
      description: staking.Description.fromPartial({ moniker: "node", website: "https://x" }),
      unbondingHeight: 77n,
      commission: staking.Commission.fromPartial({ commissionRates: { rate: "0.1", maxRate: "0.2", maxChangeRate: "0.01" } }),
      unbondingIds: [1n, 2n, 300n],
      liquidShares: "5",
    });
    const lean = stakingLean.Validator.decode(staking.Validator.encode(full).finish());
    expect(lean).toEqual({ operatorAddress: "persistencevaloper1x", jailed: true, status: 3, tokens: "123", description: { moniker: "node" } });
  });

  it("reads a non-nullable (gogoproto) message that is absent as its defaults", () => {
    const lean = pstake.QueryStatesResponse.decode(new Uint8Array());
    expect(lean.netAmountState.netAmount).toBe("");
    const generated = liquidstakeQuery.QueryStatesResponse.encode(
      liquidstakeQuery.QueryStatesResponse.fromPartial({ netAmountState: liquidstake.NetAmountState.fromPartial({ netAmount: "5" }) }),
    ).finish();
    expect(pstake.QueryStatesResponse.decode(generated).netAmountState.netAmount).toBe("5");
  });
});
