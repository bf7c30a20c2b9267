import { QueryError } from "@/lib/chain/abci";
import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import { ONE } from "@/lib/pstake/dec";
import { STK_XPRT } from "@/lib/pstake/denoms";
import { fetchStates } from "@/lib/pstake/liquidstake";
import { fetchHostChains } from "@/lib/pstake/liquidstakeibc";
import type { Rate } from "./rewards";

// Exchange rates of every stkASSET at a block, as exact fractions: what one stk base unit is worth in its
// underlying token's base units, by the modules' own state (stkXPRT: net amount / supply; multi-chain: 1 / c_value).

export interface StkRate {
  stk: string;
  underlying: string;
  rate: Rate;
  /** the host chain of a multi-chain stkASSET */
  chainId?: string;
}

export interface RateSources {
  liquidstake: boolean;
  liquidstakeibc: boolean;
}

/** A query the node answered with an error (e.g. a pruned height) leaves its source out; no answer is an error. */
const answeredOrNull = <T>(read: Promise<T>): Promise<T | null> =>
  read.catch((e: unknown) => {
    if (e instanceof QueryError) return null;
    throw e;
  });

/** Every stkASSET's rate at `height` (the latest when omitted); a source the node cannot serve there is left out. */
export async function ratesAt(rpc: FailoverRpcClient, sources: RateSources, height?: number): Promise<Map<string, StkRate>> {
  const out = new Map<string, StkRate>();
  const [states, hosts] = await Promise.all([
    sources.liquidstake ? answeredOrNull(fetchStates(rpc, height)) : null,
    sources.liquidstakeibc ? answeredOrNull(fetchHostChains(rpc, height)) : null,
  ]);
  if (states && states.supply > 0n && states.netAmount > 0n) {
    out.set(STK_XPRT, { stk: STK_XPRT, underlying: "uxprt", rate: { num: states.netAmount, den: states.supply * ONE } });
  }
  for (const h of hosts ?? []) {
    if (h.cValue > 0n) out.set(h.stkDenom, { stk: h.stkDenom, underlying: h.ibcDenom, rate: { num: ONE, den: h.cValue }, chainId: h.chainId });
  }
  return out;
}

/** Rates already read, by height: a past block's state never changes. */
export type RateCache = Map<number, Promise<Map<string, StkRate>>>;

const rateCaches = new Map<string, RateCache>();

/** The past rates read on a network (per set of modules it runs): a past block's rate never changes, so it is kept. */
export function rateCacheFor(networkId: string, sources: RateSources): RateCache {
  const key = `${networkId}:${sources.liquidstake}:${sources.liquidstakeibc}`;
  let cache = rateCaches.get(key);
  if (!cache) rateCaches.set(key, (cache = new Map()));
  return cache;
}

/** Rates at many heights at once (the reads go out together); heights in `cache` are not read again. */
export async function ratesAtHeights(
  rpc: FailoverRpcClient,
  sources: RateSources,
  heights: number[],
  cache: RateCache = new Map(),
): Promise<Map<number, Map<string, StkRate>>> {
  const unique = [...new Set(heights)];
  for (const h of unique) {
    if (cache.has(h)) continue;
    const read = ratesAt(rpc, sources, h);
    cache.set(h, read);
    read.catch(() => cache.delete(h)); // a node that did not answer is asked again next time
  }
  const read = await Promise.all(unique.map((h) => cache.get(h)!));
  return new Map(unique.map((h, i) => [h, read[i]]));
}
