import type { FailoverRpcClient } from "./endpoints";

// Blocks by time: the times of given heights (a `blockchain` call per run of up to 20 heights), the span of
// blocks a node serves, and the blocks nearest to given times (interpolation search on block times).

interface BlockMeta {
  header: { height: string; time: string };
}

/** Block times for a set of heights, reading runs of up to 20 consecutive heights per `blockchain` call. */
export async function blockTimes(rpc: FailoverRpcClient, heights: number[]): Promise<Map<number, number>> {
  const sorted = [...new Set(heights)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const h of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && h - last[0] < 20) last[1] = h;
    else ranges.push([h, h]);
  }
  const times = new Map<number, number>();
  await Promise.all(
    ranges.map(async ([min, max]) => {
      try {
        const r = await rpc.call<{ block_metas: BlockMeta[] }>("blockchain", { minHeight: String(min), maxHeight: String(max) });
        for (const m of r.block_metas) times.set(Number(m.header.height), Date.parse(m.header.time));
      } catch {
        // pruned blocks: their txs show without a time
      }
    }),
  );
  return times;
}

export interface ChainSpan {
  latestHeight: number;
  latestTime: number;
  earliestHeight: number;
  earliestTime: number;
}

interface StatusResult {
  sync_info: { latest_block_height: string; latest_block_time: string; earliest_block_height: string; earliest_block_time: string };
}

/** The latest block's time (ms): "now" as the chain sees it. One status read. */
export async function latestBlockTime(rpc: FailoverRpcClient): Promise<number> {
  return Date.parse((await rpc.call<StatusResult>("status")).sync_info.latest_block_time);
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

/** The last block at or before `time` (the earliest served when `time` is older). */
export async function blockAtTime(rpc: FailoverRpcClient, span: ChainSpan, time: number): Promise<{ height: number; time: number }> {
  return (await sampleBlocks(rpc, span, time, 2))[0];
}
