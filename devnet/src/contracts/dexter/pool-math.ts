import { ONE, fromAtomics, parseDecimal } from "./decimal.js";
import { type Coin, StableSwap } from "./stable.js";
import { type Side, exitAssets, giveIn, giveOut, joinShares } from "./weighted.js";

// One pool's operations in base units, as the pool contracts answer on_swap, on_join_pool and on_exit_pool: the
// weighted math in weighted.ts, the stable math in stable.ts (both read from dexter_core's Rust). Errors are thrown
// with the contract's words; the pool contract turns them into a `failure` response.

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
  /** which assets the pool lists in its fee answer: every one for a stable pool, the single-joined for a weighted one */
  feeListed: boolean[];
}

/** the first join of a weighted pool mints 100 LP tokens */
export const WEIGHTED_INITIAL_SHARES = 100n * ONE;

/** calculate_underlying_fees: amount x Decimal(bps / 10000), truncated */
const feeOf = (amount: bigint, bps: number) => (amount * ((BigInt(bps) * ONE) / 10_000n)) / ONE;

const sideOf = (p: PoolState, i: number): Side => ({ balance: p.balances[i], precision: p.precisions[i], weight: parseDecimal(p.weights![i]) });
const stableOf = (p: PoolState) =>
  new StableSwap(
    p.balances.map((balance, k): Coin => ({ balance, precision: p.precisions[k], scalingFactor: parseDecimal(p.scalingFactors![k]) })),
    p.ampX100!,
  );

/** ask-asset base units per offer-asset base unit, as a decimal, before fees */
export function spotPrice(p: PoolState, i: number, o: number): bigint {
  if (p.kind === "weighted") {
    const bi = fromAtomics(p.balances[i], p.precisions[i]);
    const bo = fromAtomics(p.balances[o], p.precisions[o]);
    const wi = parseDecimal(p.weights![i]);
    const wo = parseDecimal(p.weights![o]);
    const denominator = (bi * ONE) / wi;
    if (denominator === 0n) return 0n;
    const wholeTokens = (((bo * ONE) / wo) * ONE) / denominator;
    return (wholeTokens * 10n ** BigInt(p.precisions[o])) / 10n ** BigInt(p.precisions[i]);
  }
  // stable: the rate of a 1/100,000 share of the offer balance, without fee
  const small = p.balances[i] / 100_000n || 1n;
  return (stableOf(p).giveIn(i, o, small).out * ONE) / small;
}

function ready(p: PoolState, i: number, o: number) {
  if (i === o) throw new Error("Offer and ask assets are the same");
  if (p.balances[i] === 0n || p.balances[o] === 0n) throw new Error("Any of the offer / ask pools cannot be 0");
}

export function swapGiveIn(p: PoolState, i: number, o: number, amount: bigint): SwapResult {
  ready(p, i, o);
  const fee = feeOf(amount, p.totalFeeBps);
  const r = p.kind === "weighted" ? giveIn(sideOf(p, i), sideOf(p, o), amount - fee) : stableOf(p).giveIn(i, o, amount - fee);
  if (r.out === 0n) throw new Error("Computation error - calc_amount is zero");
  return { amountIn: amount, amountOut: r.out, fee, spread: r.spread };
}

export function swapGiveOut(p: PoolState, i: number, o: number, amountOut: bigint): SwapResult {
  ready(p, i, o);
  const r = p.kind === "weighted" ? giveOut(sideOf(p, i), sideOf(p, o), amountOut, p.totalFeeBps) : stableOf(p).giveOut(i, o, amountOut, p.totalFeeBps);
  if (r.amountIn === 0n) throw new Error("Computation error - calc_amount is zero");
  return { amountIn: r.amountIn, amountOut, fee: r.fee, spread: r.spread };
}

export function join(p: PoolState, amounts: bigint[]): JoinResult {
  if (p.kind === "stable") {
    const r = stableOf(p).join(p.supply, amounts, p.totalFeeBps);
    return { provided: amounts, shares: r.shares, fees: r.fees, feeListed: amounts.map(() => true) };
  }
  if (p.supply === 0n) return { provided: amounts, shares: WEIGHTED_INITIAL_SHARES, fees: amounts.map(() => 0n), feeListed: amounts.map(() => false) };
  // the pool answers 0 LP without failing; the vault refuses to mint nothing
  const r = joinShares(
    p.balances.map((_, k) => sideOf(p, k)),
    p.supply,
    amounts,
    p.totalFeeBps,
  );
  return { provided: amounts, shares: r.shares, fees: r.fees, feeListed: r.charged };
}

/** exact_lp_burn: weighted pools take the exit fee and check the supply; stable pools pay the plain share */
export function exitExactLp(p: PoolState, burn: bigint): bigint[] {
  if (burn === 0n) throw new Error("Burn amount is zero");
  if (p.kind === "weighted") return exitAssets(p.balances, p.supply, burn, parseDecimal(p.exitFee ?? "0"));
  const share = p.supply === 0n ? 0n : (burn * ONE) / p.supply;
  return p.balances.map((b) => (b * share) / ONE);
}
