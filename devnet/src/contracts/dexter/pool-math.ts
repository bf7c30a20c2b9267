import { ONE, ddiv, dmul, fromAtomics, parseDecimal, toAtomics, toAtomicsCeil } from "./decimal.js";
import { computeD, computeY, pow } from "./math.js";

// One pool's operations in base units: swaps (give in / give out), joins and exact-LP-burn exits, for the weighted
// (Balancer) and stable (StableSwap with scaling factors) pool types. Errors are thrown with the contract's words;
// the pool contract turns them into a `failure` response.

export interface PoolState {
  kind: "weighted" | "stable";
  /** pool balances in base units, in the pool's (sorted) asset order */
  balances: bigint[];
  precisions: number[];
  totalFeeBps: number;
  /** LP supply (18 decimals) */
  supply: bigint;
  /** weighted: normalized weights (decimals summing to 1) and the exit fee */
  weights?: string[];
  exitFee?: string;
  /** stable: amp x100 and each asset's scaling factor */
  ampX100?: bigint;
  scalingFactors?: string[];
}

export interface SwapResult {
  amountIn: bigint;
  amountOut: bigint;
  /** charged in the offer asset */
  fee: bigint;
  spread: bigint;
}

export interface JoinResult {
  provided: bigint[];
  shares: bigint;
  /** per asset, what the join paid in fees (single-asset or imbalance), base units */
  fees: bigint[];
}

const BPS = 10_000n;
/** the first join of a weighted pool mints 100 LP tokens */
export const WEIGHTED_INITIAL_SHARES = 100n * ONE;

const feeOf = (amount: bigint, bps: number) => (amount * BigInt(bps)) / BPS;

/** balance as a decimal of whole tokens, divided by its scaling factor for the stable invariant */
function scaled(p: PoolState, i: number, amount: bigint): bigint {
  const d = fromAtomics(amount, p.precisions[i]);
  return p.kind === "stable" ? ddiv(d, parseDecimal(p.scalingFactors![i])) : d;
}
function unscaled(p: PoolState, i: number, d: bigint, roundUp = false): bigint {
  const whole = p.kind === "stable" ? dmul(d, parseDecimal(p.scalingFactors![i])) : d;
  return roundUp ? toAtomicsCeil(whole, p.precisions[i]) : toAtomics(whole, p.precisions[i]);
}
const weightOf = (p: PoolState, i: number) => parseDecimal(p.weights![i]);

/** ask-asset base units per offer-asset base unit, as a decimal, before fees */
export function spotPrice(p: PoolState, i: number, o: number): bigint {
  if (p.kind === "weighted") {
    const bi = fromAtomics(p.balances[i], p.precisions[i]);
    const bo = fromAtomics(p.balances[o], p.precisions[o]);
    const wholeTokens = ddiv(ddiv(bo, weightOf(p, o)), ddiv(bi, weightOf(p, i)));
    return (wholeTokens * 10n ** BigInt(p.precisions[o])) / 10n ** BigInt(p.precisions[i]);
  }
  // stable: the marginal rate of one whole offer token, without fee
  const one = 10n ** BigInt(p.precisions[i]);
  const out = stableOut(p, i, o, one);
  return ddiv(out * ONE, one * ONE);
}

function stableOut(p: PoolState, i: number, o: number, amountIn: bigint): bigint {
  const xs = p.balances.map((b, k) => scaled(p, k, b));
  const y = computeY(p.ampX100!, xs, i, xs[i] + scaled(p, i, amountIn), o);
  return y >= xs[o] ? 0n : unscaled(p, o, xs[o] - y);
}

export function swapGiveIn(p: PoolState, i: number, o: number, amount: bigint): SwapResult {
  if (amount === 0n) throw new Error("Swap amount must be greater than zero");
  if (p.balances[i] === 0n || p.balances[o] === 0n) throw new Error("Pool has no liquidity");
  const fee = feeOf(amount, p.totalFeeBps);
  const net = amount - fee;
  let out: bigint;
  if (p.kind === "weighted") {
    const bi = fromAtomics(p.balances[i], p.precisions[i]);
    const bo = fromAtomics(p.balances[o], p.precisions[o]);
    const ratio = ddiv(bi, bi + fromAtomics(net, p.precisions[i]));
    out = toAtomics(dmul(bo, ONE - pow(ratio, ddiv(weightOf(p, i), weightOf(p, o)))), p.precisions[o]);
  } else {
    out = stableOut(p, i, o, net);
  }
  if (out === 0n) throw new Error("Swap amount too small: the pool would return nothing");
  if (out >= p.balances[o]) throw new Error("Swap would drain the pool");
  const ideal = (net * spotPrice(p, i, o)) / ONE;
  return { amountIn: amount, amountOut: out, fee, spread: ideal > out ? ideal - out : 0n };
}

export function swapGiveOut(p: PoolState, i: number, o: number, amountOut: bigint): SwapResult {
  if (amountOut === 0n) throw new Error("Swap amount must be greater than zero");
  if (amountOut >= p.balances[o]) throw new Error("Swap would drain the pool");
  let beforeFee: bigint;
  if (p.kind === "weighted") {
    const bi = fromAtomics(p.balances[i], p.precisions[i]);
    const bo = fromAtomics(p.balances[o], p.precisions[o]);
    const base = ddiv(bo, bo - fromAtomics(amountOut, p.precisions[o]));
    if (base >= 2n * ONE) throw new Error("Give-out amount too large: it must be less than half of the pool's balance");
    beforeFee = toAtomicsCeil(dmul(bi, pow(base, ddiv(weightOf(p, o), weightOf(p, i))) - ONE), p.precisions[i]);
  } else {
    const xs = p.balances.map((b, k) => scaled(p, k, b));
    const y = computeY(p.ampX100!, xs, o, xs[o] - scaled(p, o, amountOut), i);
    beforeFee = unscaled(p, i, y - xs[i], true);
  }
  // the fee is charged on the offer: in * (1 - bps) must cover what the pool needs
  const amountIn = (beforeFee * BPS + BPS - BigInt(p.totalFeeBps) - 1n) / (BPS - BigInt(p.totalFeeBps));
  const fee = feeOf(amountIn, p.totalFeeBps);
  const ideal = ((amountIn - fee) * spotPrice(p, i, o)) / ONE;
  return { amountIn, amountOut, fee, spread: ideal > amountOut ? ideal - amountOut : 0n };
}

export function join(p: PoolState, amounts: bigint[]): JoinResult {
  if (amounts.every((a) => a === 0n)) throw new Error("No assets to join with");
  const zeros = amounts.map(() => 0n);
  if (p.supply === 0n) {
    if (amounts.some((a) => a === 0n)) throw new Error("The first join must provide every pool asset");
    if (p.kind === "weighted") return { provided: amounts, shares: WEIGHTED_INITIAL_SHARES, fees: zeros };
    return {
      provided: amounts,
      shares: computeD(
        p.ampX100!,
        amounts.map((a, k) => scaled(p, k, a)),
      ),
      fees: zeros,
    };
  }
  return p.kind === "weighted" ? weightedJoin(p, amounts) : stableJoin(p, amounts);
}

function weightedJoin(p: PoolState, amounts: bigint[]): JoinResult {
  const feeRate = (BigInt(p.totalFeeBps) * ONE) / BPS;
  // the largest proportional part, then each leftover as a single-asset join on the grown pool
  const ratio = amounts.reduce((r, a, k) => {
    const rk = (a * ONE) / p.balances[k];
    return r === -1n || rk < r ? rk : r;
  }, -1n);
  const balances = [...p.balances];
  let supply = p.supply;
  let shares = (p.supply * ratio) / ONE;
  const fees = amounts.map(() => 0n);
  const leftovers = amounts.map((a, k) => {
    const used = (p.balances[k] * ratio) / ONE;
    balances[k] += used;
    return a - used;
  });
  supply += shares;
  leftovers.forEach((left, k) => {
    if (left === 0n) return;
    const w = weightOf(p, k);
    const effective = dmul(fromAtomics(left, p.precisions[k]), ONE - dmul(ONE - w, feeRate));
    const base = ONE + ddiv(effective, fromAtomics(balances[k], p.precisions[k]));
    const minted = (supply * (pow(base, w) - ONE)) / ONE;
    fees[k] = left - toAtomics(effective, p.precisions[k]);
    balances[k] += left;
    supply += minted;
    shares += minted;
  });
  if (shares === 0n) throw new Error("Join amount too small: no LP tokens would be minted");
  return { provided: amounts, shares, fees };
}

function stableJoin(p: PoolState, amounts: bigint[]): JoinResult {
  const n = BigInt(amounts.length);
  const amp = p.ampX100!;
  const old = p.balances.map((b, k) => scaled(p, k, b));
  const grown = p.balances.map((b, k) => scaled(p, k, b + amounts[k]));
  const d0 = computeD(amp, old);
  const d1 = computeD(amp, grown);
  // Curve's imbalance fee on each asset's distance from the proportional deposit
  const feeRate = (BigInt(p.totalFeeBps) * ONE * n) / (BPS * 4n * (n - 1n));
  const fees: bigint[] = [];
  const afterFees = grown.map((g, k) => {
    const ideal = ddiv(dmul(d1, old[k]), d0);
    const fee = dmul(feeRate, ideal > g ? ideal - g : g - ideal);
    fees.push(unscaled(p, k, fee));
    return g - fee;
  });
  const d2 = computeD(amp, afterFees);
  const shares = (p.supply * (d2 - d0)) / d0;
  if (shares <= 0n) throw new Error("Join amount too small: no LP tokens would be minted");
  return { provided: amounts, shares, fees };
}

export function exitExactLp(p: PoolState, burn: bigint): bigint[] {
  if (burn === 0n) throw new Error("LP amount to burn must be greater than zero");
  if (burn > p.supply) throw new Error("Cannot burn more LP tokens than the pool's supply");
  const keep = p.kind === "weighted" ? ONE - parseDecimal(p.exitFee ?? "0") : ONE;
  return p.balances.map((b) => (b * burn * keep) / (p.supply * ONE));
}
