import { PoolMathError, afterSwap, quoteGiveIn, quoteGiveOut } from "./math";
import type { DexPool, SwapKind } from "./types";

// Best swap route over up to 3 hops, found in the browser from on-chain pool state. Every simple path (no pool
// or token twice) is scored with a floating-point estimate of the pools' curves; the few best are then quoted
// exactly (bigint, the contracts' rounding) and the best exact quote wins. Defunct pools and pools with swaps
// paused are left out.

export interface Hop {
  pool: DexPool;
  offer: number;
  ask: number;
}

export interface Route {
  hops: Hop[];
  amountIn: bigint;
  amountOut: bigint;
  /** per hop, in that hop's offer asset */
  fees: bigint[];
  /** per hop: amounts in and out */
  steps: { amountIn: bigint; amountOut: bigint }[];
}

export const MAX_HOPS = 3;
/** exact quotes per search: the float estimate only has to rank the true best among these */
const EXACT_CANDIDATES = 6;

export function tradablePools(pools: DexPool[]): DexPool[] {
  return pools.filter((p) => !p.defunct && !p.paused.swap && p.assets.every((a) => a.amount > 0n));
}

/** Every simple path from `from` to `to` of at most `maxHops` pools. */
export function findPaths(pools: DexPool[], from: string, to: string, maxHops = MAX_HOPS): Hop[][] {
  const byDenom = new Map<string, { pool: DexPool; index: number }[]>();
  for (const pool of pools) pool.assets.forEach((a, index) => byDenom.set(a.denom, [...(byDenom.get(a.denom) ?? []), { pool, index }]));
  const paths: Hop[][] = [];
  const walk = (denom: string, path: Hop[], seenTokens: Set<string>) => {
    if (path.length === maxHops) return;
    for (const { pool, index } of byDenom.get(denom) ?? []) {
      if (path.some((h) => h.pool.id === pool.id)) continue;
      pool.assets.forEach((next, ask) => {
        if (ask === index || seenTokens.has(next.denom)) return;
        const hop = { pool, offer: index, ask };
        if (next.denom === to) paths.push([...path, hop]);
        else walk(next.denom, [...path, hop], new Set([...seenTokens, next.denom]));
      });
    }
  };
  if (from !== to) walk(from, [], new Set([from]));
  return paths;
}

/** Exact quote of a path; null when a hop would fail. Give-out runs backwards from the wanted amount. */
export function quotePath(path: Hop[], amount: bigint, kind: SwapKind): Route | null {
  try {
    if (kind === "give-in") {
      const steps = [];
      const fees = [];
      let x = amount;
      for (const h of path) {
        const q = quoteGiveIn(h.pool, h.offer, h.ask, x);
        steps.push({ amountIn: q.amountIn, amountOut: q.amountOut });
        fees.push(q.fee);
        x = q.amountOut;
      }
      return { hops: path, amountIn: amount, amountOut: x, fees, steps };
    }
    const steps = [];
    const fees = [];
    let y = amount;
    for (const h of [...path].reverse()) {
      const q = quoteGiveOut(h.pool, h.offer, h.ask, y);
      steps.unshift({ amountIn: q.amountIn, amountOut: q.amountOut });
      fees.unshift(q.fee);
      y = q.amountIn;
    }
    return { hops: path, amountIn: y, amountOut: amount, fees, steps };
  } catch (e) {
    if (e instanceof PoolMathError) return null;
    throw e;
  }
}

/** Is `a` a better route than `b` for this kind of swap? */
const better = (a: Route, b: Route | null, kind: SwapKind) => !b || (kind === "give-in" ? a.amountOut > b.amountOut : a.amountIn < b.amountIn);

export function bestRoute(pools: DexPool[], from: string, to: string, amount: bigint, kind: SwapKind): Route | null {
  if (amount <= 0n) return null;
  const paths = findPaths(tradablePools(pools), from, to);
  if (paths.length <= EXACT_CANDIDATES) return bestExact(paths, amount, kind);
  const rank = (score: number) => (Number.isFinite(score) ? (kind === "give-in" ? -score : score) : Infinity);
  const ranked = paths
    .map((path) => ({ path, rank: rank(estimatePath(path, Number(amount), kind)) }))
    .sort((a, b) => a.rank - b.rank)
    .map((s) => s.path);
  // the estimate only ranks; when the pools refuse every top candidate exactly, the rest are tried in order
  return bestExact(ranked.slice(0, EXACT_CANDIDATES), amount, kind) ?? bestExact(ranked.slice(EXACT_CANDIDATES), amount, kind);
}

/** The exact best over the given paths (brute force when given every path). */
export function bestExact(paths: Hop[][], amount: bigint, kind: SwapKind): Route | null {
  let best: Route | null = null;
  for (const path of paths) {
    const r = quotePath(path, amount, kind);
    if (r && better(r, best, kind)) best = r;
  }
  return best;
}

/** The pool after each hop of a route executes (for a preview of what follows, e.g. price impact). */
export function poolsAfter(route: Route): DexPool[] {
  return route.hops.map((h, k) => afterSwap(h.pool, h.offer, h.ask, { ...route.steps[k], fee: route.fees[k] }));
}

// ---- floating-point estimate, for ranking only ---------------------------------------------------------------

const E18 = 1e18;

function floats(pool: DexPool) {
  return pool.assets.map((a, k) => {
    const whole = Number(a.amount) / 10 ** a.decimals;
    return pool.kind === "stable" ? whole / (Number(pool.scalingFactors![k]) / E18) : whole;
  });
}

function stableYFloat(pool: DexPool, xs: number[], changed: number, to: number, solveFor: number): number {
  const n = xs.length;
  const ann = (Number(pool.ampX100!) / 100) * n;
  const s0 = xs.reduce((a, b) => a + b, 0);
  let d = s0;
  for (let i = 0; i < 64; i++) {
    let dP = d;
    for (const x of xs) dP = (dP * d) / (x * n);
    const last = d;
    d = ((ann * s0 + dP * n) * d) / ((ann - 1) * d + (n + 1) * dP);
    if (Math.abs(d - last) <= d * 1e-15) break;
  }
  let c = d;
  let s = 0;
  xs.forEach((x, k) => {
    if (k === solveFor) return;
    const v = k === changed ? to : x;
    s += v;
    c = (c * d) / (v * n);
  });
  c = (c * d) / (ann * n);
  const b = s + d / ann;
  let y = d;
  for (let i = 0; i < 64; i++) {
    const last = y;
    y = (y * y + c) / (2 * y + b - d);
    if (Math.abs(y - last) <= y * 1e-15) break;
  }
  return y;
}

/** one hop, floats in base units; NaN when it would fail */
function estimateHop(h: Hop, amount: number, kind: SwapKind): number {
  const { pool, offer: i, ask: o } = h;
  const fee = pool.feeBps / 10_000;
  const di = 10 ** pool.assets[i].decimals;
  const dO = 10 ** pool.assets[o].decimals;
  const xs = floats(pool);
  const sf = (k: number) => (pool.kind === "stable" ? Number(pool.scalingFactors![k]) / E18 : 1);
  if (kind === "give-in") {
    const net = (amount * (1 - fee)) / di / sf(i);
    if (pool.kind === "weighted") {
      const w = Number(pool.weights![i]) / Number(pool.weights![o]);
      return xs[o] * (1 - (xs[i] / (xs[i] + net)) ** w) * dO;
    }
    const y = stableYFloat(pool, xs, i, xs[i] + net, o);
    return y >= xs[o] ? NaN : (xs[o] - y) * sf(o) * dO;
  }
  const out = amount / dO / sf(o);
  if (out >= xs[o]) return NaN;
  if (pool.kind === "weighted") {
    const growth = xs[o] / (xs[o] - out);
    if (growth >= 2) return NaN;
    const w = Number(pool.weights![o]) / Number(pool.weights![i]);
    return (xs[i] * (growth ** w - 1) * di) / (1 - fee);
  }
  const y = stableYFloat(pool, xs, o, xs[o] - out, i);
  return ((y - xs[i]) * sf(i) * di) / (1 - fee);
}

export function estimatePath(path: Hop[], amount: number, kind: SwapKind): number {
  let x = amount;
  for (const h of kind === "give-in" ? path : [...path].reverse()) {
    x = estimateHop(h, x, kind);
    if (!Number.isFinite(x) || x <= 0) return NaN;
  }
  return x;
}
