import { QueryError, abciQuery } from "@/lib/chain/abci";
import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import type { Asset, Network } from "@/lib/chain/networks";
import { QueryAllBalancesRequest, QueryAllBalancesResponse, QueryDenomRequest, QueryDenomResponse } from "./codecs";

// An account's balances with what each denom is: from the network's asset list, else (for an ibc/ denom)
// from the chain's IBC denom trace, else shown by its raw denom.

export interface Balance {
  denom: string;
  amount: bigint;
  asset: Asset;
  /** "transfer/channel-6/uosmo" for IBC tokens whose path the chain told us */
  ibcPath?: string;
  /** the asset is not in the network's list, so decimals are a guess */
  unlisted: boolean;
}

/** Every coin of the account (at a past `height` when given: an archive read). */
/** What a list of balances holds of one denom, in base units (0 when absent, or while the list is unread). */
export function amountOf(balances: readonly { denom: string; amount: bigint }[] | undefined, denom: string): bigint {
  return balances?.find((b) => b.denom === denom)?.amount ?? 0n;
}

export async function fetchAllBalances(rpc: FailoverRpcClient, address: string, height?: number): Promise<{ denom: string; amount: bigint }[]> {
  const out: { denom: string; amount: bigint }[] = [];
  let key: Uint8Array | undefined;
  do {
    const res = await abciQuery(
      rpc,
      "/cosmos.bank.v1beta1.Query/AllBalances",
      QueryAllBalancesRequest,
      QueryAllBalancesResponse,
      { address, pagination: { key: key ?? new Uint8Array(), limit: 200n } },
      height,
    );
    out.push(...res.balances.map((c) => ({ denom: c.denom, amount: BigInt(c.amount) })));
    key = res.pagination?.nextKey?.length ? res.pagination.nextKey : undefined;
  } while (key);
  return out;
}

export interface IbcTrace {
  base: string;
  path: string;
}

/** The denom's IBC origin, or null when the chain does not know it (or does not serve traces). */
export async function fetchDenomTrace(rpc: FailoverRpcClient, denom: string): Promise<IbcTrace | null> {
  try {
    const { denom: d } = await abciQuery(rpc, "/ibc.applications.transfer.v1.Query/Denom", QueryDenomRequest, QueryDenomResponse, {
      hash: denom.replace(/^ibc\//, ""),
    });
    if (!d) return null;
    return { base: d.base, path: [...d.trace.map((h) => `${h.portId}/${h.channelId}`), d.base].join("/") };
  } catch (e) {
    if (e instanceof QueryError) return null;
    throw e;
  }
}

/** Base denoms whose decimals are known even when the asset is not listed: the micro-denom convention. */
export function guessDecimals(baseDenom: string): number {
  if (baseDenom.startsWith("a")) return 18; // atto-denoms (adydx, aevmos, ...)
  if (baseDenom.startsWith("u")) return 6; // micro-denoms
  return 0;
}

/** A denom's decimals: from the network's asset list, else guessed from its base denom (stk/ prefix dropped). */
export function assetDecimals(network: Network, denom: string): number {
  return network.assets.find((a) => a.denom === denom)?.decimals ?? guessDecimals(denom.replace(/^stk\//, ""));
}

export function resolveAsset(network: Network, denom: string, trace?: IbcTrace | null): Omit<Balance, "amount"> {
  const listed = network.assets.find((a) => a.denom === denom);
  if (listed) return { denom, asset: listed, ibcPath: trace?.path, unlisted: false };
  if (trace) {
    const symbol = trace.base.replace(/^[ua]/, "").toUpperCase();
    return {
      denom,
      asset: { denom, symbol, name: `${symbol} (IBC)`, decimals: guessDecimals(trace.base), origin: "ibc" },
      ibcPath: trace.path,
      unlisted: true,
    };
  }
  const short = denom.startsWith("ibc/") ? `${denom.slice(0, 10)}…` : denom;
  return { denom, asset: { denom, symbol: short, name: denom, decimals: 0, origin: "other" }, unlisted: true };
}

/** Listed assets first (the network's order), then the rest by symbol. */
export function sortBalances(balances: Balance[], network: Network): Balance[] {
  const rank = (b: Balance) => {
    const i = network.assets.findIndex((a) => a.denom === b.denom);
    return i === -1 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...balances].sort((a, b) => rank(a) - rank(b) || a.asset.symbol.localeCompare(b.asset.symbol));
}
