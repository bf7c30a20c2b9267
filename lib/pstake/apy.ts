import type { FailoverRpcClient } from "../chain/endpoints";
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

interface BlockMeta {
  header: { height: string; time: string };
}

async function headerTime(rpc: FailoverRpcClient, height: number): Promise<number> {
  const r = await rpc.call<{ block_metas: BlockMeta[] }>("blockchain", { minHeight: String(height), maxHeight: String(height) });
  return Date.parse(r.block_metas[0].header.time);
}

/** The last height whose block time is at or before `time`, by binary search over headers. */
export async function heightAtTime(rpc: FailoverRpcClient, time: number, earliest: number, latest: number): Promise<number | null> {
  if ((await headerTime(rpc, earliest)) > time) return null;
  let lo = earliest;
  let hi = latest;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((await headerTime(rpc, mid)) <= time) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export async function measureApy(
  rpc: FailoverRpcClient,
  now: NetAmountState,
  fallback: { annualProvisions: bigint; bonded: bigint; autocompoundFee: bigint } | null,
): Promise<Apy> {
  return measureRateApy(
    rpc,
    xprtPerStk(now),
    async (height) => {
      const then = await fetchStates(rpc, height);
      return then.supply === 0n ? null : xprtPerStk(then);
    },
    fallback ? apyEstimate(fallback.annualProvisions, fallback.bonded, fallback.autocompoundFee) : null,
  );
}

/**
 * APY from any "underlying per stk" rate: its value now against its value about seven days back (an archive
 * query at that height). `estimate` is the fallback when the node cannot say (null: none).
 */
export async function measureRateApy(
  rpc: FailoverRpcClient,
  rateNow: bigint,
  rateAt: (height: number) => Promise<bigint | null>,
  estimate: number | null,
): Promise<Apy> {
  let reason = "";
  try {
    const status = await rpc.call<{ sync_info: { latest_block_height: string; latest_block_time: string; earliest_block_height: string } }>("status");
    const latest = Number(status.sync_info.latest_block_height);
    const latestTime = Date.parse(status.sync_info.latest_block_time);
    const earliest = Math.max(1, Number(status.sync_info.earliest_block_height));
    const height = await heightAtTime(rpc, latestTime - WINDOW_MS, earliest, latest);
    const from = height ?? earliest;
    const fromTime = await headerTime(rpc, from);
    const then = await rateAt(from);
    if (latestTime - fromTime < MIN_WINDOW_MS) reason = "the chain has less than a day of history";
    else if (then === null) reason = "nothing was staked at the start of the window";
    else {
      return { source: "rate-history", apy: apyFromRates(then, rateNow, latestTime - fromTime), fromTime, toTime: latestTime };
    }
  } catch (e) {
    reason = `the node does not serve past states (${e instanceof Error ? e.message.slice(0, 80) : "error"})`;
  }
  if (estimate === null) return { source: "unknown", reason };
  return { source: "inflation-estimate", apy: estimate, reason };
}

export function formatApy(apy: number): string {
  return `${(apy * 100).toFixed(2)}%`;
}
