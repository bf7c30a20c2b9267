import { blockAtTime, chainSpan } from "@/lib/chain/blocks";
import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import { type NetAmountState, fetchStates, xprtPerStk } from "./liquidstake";

// The APY a holder earns is the growth of XPRT per stkXPRT. Measured on chain when the node can answer a
// query seven days back; otherwise estimated from inflation and the bonded ratio, less the autocompound fee.

export const YEAR_MS = 365 * 24 * 3600 * 1000;
const WINDOW_MS = 7 * 24 * 3600 * 1000;
/** shorter histories say too little (one hourly autocompound annualised is noise) */
const MIN_WINDOW_MS = 24 * 3600 * 1000;

export type Apy =
  | { source: "rate-history"; apy: number; fromTime: number; toTime: number }
  | { source: "inflation-estimate"; apy: number; reason: string }
  | { source: "unknown"; reason: string };

/** Annualised growth of XPRT per stkXPRT between two observations (display only: floats from here on). */
export function apyFromRates(rateThen: bigint, rateNow: bigint, elapsedMs: number): number {
  const ratio = Number((rateNow * 10n ** 12n) / rateThen) / 1e12;
  return Math.pow(ratio, YEAR_MS / elapsedMs) - 1;
}

/** inflation / bonded ratio x (1 - autocompound fee) = annual provisions / bonded x (1 - fee) */
export function apyEstimate(annualProvisions: bigint, bonded: bigint, autocompoundFee: bigint): number {
  if (bonded === 0n) return 0;
  const gross = Number((annualProvisions * 10n ** 9n) / bonded) / 1e9;
  return gross * (1 - Number(autocompoundFee) / 1e18);
}

/** The start of the measuring window: the last block at or before seven days ago (or the earliest kept). */
export interface RateWindow {
  height: number;
  fromTime: number;
  toTime: number;
}

/** Finds the window once; every rate (stkXPRT and each host chain) is then read at its height. */
export async function findRateWindow(rpc: FailoverRpcClient): Promise<RateWindow> {
  const span = await chainSpan(rpc);
  const start = await blockAtTime(rpc, span, span.latestTime - WINDOW_MS);
  return { height: start.height, fromTime: start.time, toTime: span.latestTime };
}

/**
 * APY from an "underlying per stk" rate now and at the window's start (null: nothing was staked then).
 * `window` null means the node could not say (`why`); `estimate` is the fallback then (null: none).
 */
export function rateApy(window: RateWindow | null, rateThen: bigint | null, rateNow: bigint, estimate: number | null, why = ""): Apy {
  let reason = why;
  if (window) {
    if (window.toTime - window.fromTime < MIN_WINDOW_MS) reason = "the chain has less than a day of history";
    else if (rateThen === null) reason = "nothing was staked at the start of the window";
    else
      return {
        source: "rate-history",
        apy: apyFromRates(rateThen, rateNow, window.toTime - window.fromTime),
        fromTime: window.fromTime,
        toTime: window.toTime,
      };
  }
  if (estimate === null) return { source: "unknown", reason };
  return { source: "inflation-estimate", apy: estimate, reason };
}

/** Runs an archive read, turning a node that keeps no past state into a reason. */
export async function archived<T>(read: () => Promise<T>): Promise<{ value: T } | { why: string }> {
  try {
    return { value: await read() };
  } catch (e) {
    return { why: `the node does not serve past states (${e instanceof Error ? e.message.slice(0, 80) : "error"})` };
  }
}

/** stkXPRT's APY: measured over the window, else the inflation estimate. */
export async function measureApy(
  rpc: FailoverRpcClient,
  now: NetAmountState,
  fallback: { annualProvisions: bigint; bonded: bigint; autocompoundFee: bigint } | null,
): Promise<Apy> {
  const estimate = fallback ? apyEstimate(fallback.annualProvisions, fallback.bonded, fallback.autocompoundFee) : null;
  const read = await archived(async () => {
    const window = await findRateWindow(rpc);
    const then = await fetchStates(rpc, window.height);
    return { window, then: then.supply === 0n ? null : xprtPerStk(then) };
  });
  if ("why" in read) return rateApy(null, null, xprtPerStk(now), estimate, read.why);
  return rateApy(read.value.window, read.value.then, xprtPerStk(now), estimate);
}

export function formatApy(apy: number): string {
  return `${(apy * 100).toFixed(2)}%`;
}
