import { abciQuery } from "@/lib/chain/abci";
import { Empty, timestampMs } from "@/lib/chain/proto";
import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import {
  QueryAnnualProvisionsResponse,
  QueryDelegatorDelegationsResponse,
  QueryDelegatorRequest,
  QueryDelegatorUnbondingDelegationsResponse,
  QueryParamsResponse,
  QueryPoolResponse,
  QueryValidatorsRequest,
  QueryValidatorsResponse,
} from "./codecs";

// x/staking reads the staking pages need: the account's delegations and unbonding entries, validator names,
// and the params that bound unbonding (time, max entries).

export interface UnbondingEntry {
  validator: string;
  amount: bigint;
  /** ms since the epoch */
  completionTime: number;
  creationHeight: number;
}

export interface Delegation {
  validator: string;
  amount: bigint;
}

/** The account's unbonding delegations (at a past `height` when given). */
export async function fetchUnbondings(rpc: FailoverRpcClient, address: string, height?: number): Promise<UnbondingEntry[]> {
  const res = await abciQuery(
    rpc,
    "/cosmos.staking.v1beta1.Query/DelegatorUnbondingDelegations",
    QueryDelegatorRequest,
    QueryDelegatorUnbondingDelegationsResponse,
    {
      delegatorAddr: address,
      pagination: { limit: 500n },
    },
    height,
  );
  return res.unbondingResponses
    .flatMap((u) =>
      u.entries.map((e) => ({
        validator: u.validatorAddress,
        amount: BigInt(e.balance),
        completionTime: timestampMs(e.completionTime),
        creationHeight: Number(e.creationHeight),
      })),
    )
    .sort((a, b) => a.completionTime - b.completionTime);
}

export async function fetchDelegations(rpc: FailoverRpcClient, address: string): Promise<Delegation[]> {
  const res = await abciQuery(rpc, "/cosmos.staking.v1beta1.Query/DelegatorDelegations", QueryDelegatorRequest, QueryDelegatorDelegationsResponse, {
    delegatorAddr: address,
    pagination: { limit: 500n },
  });
  return res.delegationResponses.map((d) => ({ validator: d.delegation!.validatorAddress, amount: BigInt(d.balance!.amount) })).filter((d) => d.amount > 0n);
}

export interface ValidatorInfo {
  operator: string;
  moniker: string;
  jailed: boolean;
  bonded: boolean;
  tokens: bigint;
}

export async function fetchValidators(rpc: FailoverRpcClient): Promise<Map<string, ValidatorInfo>> {
  const res = await abciQuery(rpc, "/cosmos.staking.v1beta1.Query/Validators", QueryValidatorsRequest, QueryValidatorsResponse, {
    status: "",
    pagination: { limit: 500n },
  });
  return new Map(
    res.validators.map((v) => [
      v.operatorAddress,
      { operator: v.operatorAddress, moniker: v.description?.moniker || v.operatorAddress, jailed: v.jailed, bonded: v.status === 3, tokens: BigInt(v.tokens) },
    ]),
  );
}

export async function fetchStakingParams(rpc: FailoverRpcClient): Promise<{ unbondingSeconds: number; maxEntries: number; bondDenom: string }> {
  const { params } = await abciQuery(rpc, "/cosmos.staking.v1beta1.Query/Params", Empty, QueryParamsResponse, {});
  return { unbondingSeconds: Number(params!.unbondingTime!.seconds), maxEntries: params!.maxEntries, bondDenom: params!.bondDenom };
}

/** Bonded tokens and yearly provisions, for the inflation-based APY estimate. */
export async function fetchRewardInputs(rpc: FailoverRpcClient): Promise<{ bonded: bigint; annualProvisions: bigint } | null> {
  try {
    const [{ pool }, { annualProvisions }] = await Promise.all([
      abciQuery(rpc, "/cosmos.staking.v1beta1.Query/Pool", Empty, QueryPoolResponse, {}),
      abciQuery(rpc, "/cosmos.mint.v1beta1.Query/AnnualProvisions", Empty, QueryAnnualProvisionsResponse, {}),
    ]);
    // AnnualProvisions is a Dec printed as bytes of its decimal string
    const text = new TextDecoder().decode(annualProvisions);
    const provisions = text.includes(".") ? BigInt(text.split(".")[0]) : BigInt(text || "0") / 10n ** 18n;
    return { bonded: BigInt(pool!.bondedTokens), annualProvisions: provisions };
  } catch {
    return null;
  }
}

export interface UnbondingRequest {
  /** the block the unstake was made at and when it completes: one request */
  creationHeight: number;
  completionTime: number;
  amount: bigint;
  /** the entries it left, one per validator the XPRT was delegated to */
  parts: UnbondingEntry[];
}

/**
 * The account's unbonding entries as the requests the user made: a stkXPRT unstake leaves one entry per liquid
 * validator, made at the same height and maturing at the same time. Soonest first.
 */
export function unbondingRequests(entries: UnbondingEntry[]): UnbondingRequest[] {
  const byKey = new Map<string, UnbondingRequest>();
  for (const e of entries) {
    const key = `${e.creationHeight}:${e.completionTime}`;
    const r = byKey.get(key) ?? { creationHeight: e.creationHeight, completionTime: e.completionTime, amount: 0n, parts: [] };
    r.amount += e.amount;
    r.parts.push(e);
    byKey.set(key, r);
  }
  return [...byKey.values()].sort((a, b) => a.completionTime - b.completionTime || a.creationHeight - b.creationHeight);
}
