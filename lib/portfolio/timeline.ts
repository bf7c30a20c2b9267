import { fetchAllBalances } from "../bank/balances";
import type { FailoverRpcClient } from "../chain/endpoints";
import { querySmart } from "../chain/wasm";
import { poolsAt } from "../dex/pools";
import { fetchPosition } from "../dex/positions";
import { pricesIn } from "../dex/prices";
import type { DexPool } from "../dex/types";
import { fetchUserIbcUnbondings } from "../pstake/liquidstakeibc";
import { fetchUnbondings } from "../staking/staking";
import { blockTimes } from "./history";
import { lpAssets, lpTotal, makeValuer } from "./holdings";
import { type RateSources, type StkRate, rateNumber, ratesAt } from "./rates";

// Charts over time from archive reads: blocks spread evenly over a time range (found by interpolation search
// on block times, every probe of a round sent together), and at each of them the exchange rates and the
// account's value (its balances and LP at that block, priced from the pools' balances at that block).

export interface ChainSpan {
  latestHeight: number;
  latestTime: number;
  earliestHeight: number;
  earliestTime: number;
}

interface StatusResult {
  sync_info: { latest_block_height: string; latest_block_time: string; earliest_block_height: string; earliest_block_time: string };
}

/** The blocks this node serves: the earliest kept (a pruned node keeps a recent window) to the latest. */
export async function chainSpan(rpc: FailoverRpcClient): Promise<ChainSpan> {
  const s = (await rpc.call<StatusResult>("status")).sync_info;
  const earliestHeight = Math.max(1, Number(s.earliest_block_height));
  const latestHeight = Number(s.latest_block_height);
  const known = await blockTimes(rpc, [earliestHeight]);
  return {
    latestHeight,
    latestTime: Date.parse(s.latest_block_time),
    earliestHeight,
    earliestTime: known.get(earliestHeight) ?? Date.parse(s.earliest_block_time),
  };
}

interface Bracket {
  target: number;
  lo: { h: number; t: number };
  hi: { h: number; t: number };
}

/**
 * About `points` blocks whose times spread evenly from `fromTime` to the latest block: for each target time the
 * last block at or before it, by interpolation search (a bisection step every other round keeps uneven block
 * times, like a devnet's time jumps, from slowing it), at most `rounds` rounds of batched reads.
 */
export async function sampleBlocks(
  rpc: FailoverRpcClient,
  span: ChainSpan,
  fromTime: number,
  points: number,
  rounds = 10,
): Promise<{ height: number; time: number }[]> {
  const start = Math.max(fromTime, span.earliestTime);
  const lo = { h: span.earliestHeight, t: span.earliestTime };
  const hi = { h: span.latestHeight, t: span.latestTime };
  const brackets: Bracket[] = Array.from({ length: Math.max(2, points) - 1 }, (_, i) => ({
    target: start + ((span.latestTime - start) * i) / (Math.max(2, points) - 1),
    lo: { ...lo },
    hi: { ...hi },
  }));
  for (let round = 0; round < rounds; round++) {
    const open = brackets.filter((b) => b.hi.h - b.lo.h > 1 && b.lo.t < b.target);
    if (!open.length) break;
    const probes = open.map((b) => {
      const span = b.hi.t - b.lo.t;
      const guess = round % 2 === 0 && span > 0 ? b.lo.h + Math.round(((b.target - b.lo.t) / span) * (b.hi.h - b.lo.h)) : Math.floor((b.lo.h + b.hi.h) / 2);
      return Math.min(b.hi.h - 1, Math.max(b.lo.h + 1, guess));
    });
    const times = await blockTimes(rpc, probes);
    open.forEach((b, i) => {
      const t = times.get(probes[i]);
      if (t === undefined) return;
      if (t <= b.target) b.lo = { h: probes[i], t };
      else b.hi = { h: probes[i], t };
    });
  }
  const picked = new Map<number, number>(brackets.map((b) => [b.lo.h, b.lo.t]));
  picked.set(span.latestHeight, span.latestTime);
  return [...picked].map(([height, time]) => ({ height, time })).sort((a, b) => a.height - b.height);
}

export interface TimelinePoint {
  height: number;
  time: number;
  /** underlying per stk, by stk denom (floats: for the chart) */
  rates: Record<string, number>;
  /** the account's value in USD at that block (wallet + LP), null when it could not be read */
  valueUsd: number | null;
}

export interface TimelineInput {
  sources: RateSources;
  address?: string;
  /** for the account's value: today's pools (addresses, parameters), and the ones it has LP in */
  dex?: { vault: string; multistaking: string; pools: DexPool[]; lpPools: DexPool[] };
  usdReference?: string;
  bondDenom: string;
  decimalsOf: (denom: string) => number;
}

/** What was unbonding back to the account at a block: XPRT from unstakes, host tokens from multi-chain unstakes. */
async function unbondingAt(
  rpc: FailoverRpcClient,
  input: TimelineInput,
  h: number,
  rates: Promise<Map<string, StkRate>>,
): Promise<{ denom: string; amount: bigint }[]> {
  const [staking, ibc, known] = await Promise.all([
    fetchUnbondings(rpc, input.address!, h),
    input.sources.liquidstakeibc ? fetchUserIbcUnbondings(rpc, input.address!, h) : [],
    rates,
  ]);
  const hosts = [...known.values()];
  return [
    ...staking.map((e) => ({ denom: input.bondDenom, amount: e.amount })),
    ...ibc
      .filter((u) => u.state < 4) // not yet paid out, not failed
      .flatMap((u) => {
        const host = hosts.find((x) => x.chainId === u.chainId);
        return host ? [{ denom: host.underlying, amount: u.owed }] : [];
      }),
  ];
}

async function pointAt(rpc: FailoverRpcClient, block: { height: number; time: number }, input: TimelineInput): Promise<TimelinePoint> {
  const h = block.height;
  const ratesThen = ratesAt(rpc, input.sources, h);
  const [rates, balances, unbonding, pools, positions] = await Promise.all([
    ratesThen,
    input.address ? fetchAllBalances(rpc, input.address, h).catch(() => null) : null,
    input.address ? unbondingAt(rpc, input, h, ratesThen).catch(() => null) : null,
    input.dex ? poolsAt(rpc, input.dex.vault, input.dex.pools, h).catch(() => null) : null,
    input.dex && input.address
      ? Promise.all(
          input.dex.lpPools.map(async (p) => {
            const [pos, token] = await Promise.all([
              fetchPosition(rpc, input.dex!.multistaking, p, input.address!, h),
              querySmart<{ total_supply: string }>(rpc, p.lpToken, { token_info: {} }, h),
            ]);
            return { p, pos, supply: BigInt(token.total_supply) };
          }),
        ).catch(() => null)
      : [],
  ]);
  const rateFloats = Object.fromEntries([...rates].map(([denom, r]) => [denom, rateNumber(r.rate)]));
  let valueUsd: number | null = null;
  if (balances && unbonding && pools && positions && input.usdReference) {
    const valuer = makeValuer(pricesIn(pools, input.usdReference), input.decimalsOf, rates);
    valueUsd = 0;
    for (const b of [...balances, ...unbonding]) valueUsd += valuer.usd(b.denom, b.amount) ?? 0;
    for (const { p, pos, supply } of positions) {
      const then = pools.find((x) => x.id === p.id);
      if (then) for (const a of lpAssets({ ...then, lpSupply: supply }, lpTotal(pos))) valueUsd += valuer.usd(a.denom, a.amount) ?? 0;
    }
  }
  return { height: h, time: block.time, rates: rateFloats, valueUsd };
}

/** Exchange rates and the account's value at blocks spread over [fromTime, now]. */
export async function fetchTimeline(rpc: FailoverRpcClient, span: ChainSpan, fromTime: number, points: number, input: TimelineInput): Promise<TimelinePoint[]> {
  const blocks = await sampleBlocks(rpc, span, fromTime, points);
  return Promise.all(blocks.map((b) => pointAt(rpc, b, input)));
}
