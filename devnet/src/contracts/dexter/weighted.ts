import { ONE } from "./decimal.js";

// The weighted pool's math as dexter-weighted-pool 1.1.1 computes it (dexter_core ddd49ac: src/approx_pow.rs,
// src/math.rs, src/utils.rs, src/contract.rs), read again from the Rust and written apart from the app's
// lib/dex/weighted.ts, so that the oracle checks two readings. Numbers are cosmwasm Decimals (u128 atomics, 18
// places); every operation truncates, and what would not fit a u128 is an error, as in the contract.

const MAX = (1n << 128n) - 1n;
const EPSILON = 10_000_000_000n; // the series' precision: Decimal "0.00000001"

class DecimalOverflow extends Error {
  constructor(what: string) {
    super(`Overflow: ${what}`);
  }
}

/** one Decimal value; the static helpers are the cosmwasm-std operations the pool uses */
const D = {
  check(x: bigint, what: string): bigint {
    if (x < 0n) throw new DecimalOverflow(`${what} (cannot subtract)`);
    if (x > MAX) throw new DecimalOverflow(what);
    return x;
  },
  mul: (a: bigint, b: bigint) => D.check((a * b) / ONE, "checked_mul"),
  div(a: bigint, b: bigint): bigint {
    if (b === 0n) throw new Error("Division by zero");
    return D.check((a * ONE) / b, "checked_div");
  },
  /** Decimal::checked_pow, exponentiation by squaring as cosmwasm-std orders it */
  powu(base: bigint, exponent: bigint): bigint {
    if (exponent === 0n) return ONE;
    let [x, y, n] = [base, ONE, exponent];
    while (n > 1n) {
      if (n % 2n === 1n) {
        y = D.mul(x, y);
        n -= 1n;
      }
      x = D.mul(x, x);
      n /= 2n;
    }
    return D.mul(x, y);
  },
  /** Decimal::sqrt at the precision that fits (9 extra digits for any base below 340) */
  sqrt(x: bigint): bigint {
    for (let digits = 9n; digits >= 0n; digits--) {
      const scaled = x * 10n ** (2n * digits);
      if (scaled > MAX) continue;
      let r = BigInt(Math.floor(Math.sqrt(Number(scaled))));
      while (r * r > scaled) r -= 1n;
      while ((r + 1n) * (r + 1n) <= scaled) r += 1n;
      return r * 10n ** (9n - digits);
    }
    throw new DecimalOverflow("sqrt");
  },
};

/** approx_pow's calculate_pow (Osmosis's Pow): base^exp for base <= 2 */
export function approxPow(base: bigint, exp: bigint): bigint {
  if (base === 0n) return exp === 0n ? ONE : 0n;
  if (base > 2n * ONE) throw new Error("calculate_pow : base must be less than 2");
  const whole = D.powu(base, exp / ONE);
  const fraction = exp % ONE;
  if (fraction === 0n) return whole;
  let fractionPow: bigint;
  if (fraction * 2n === ONE) fractionPow = D.sqrt(base);
  else {
    // (1 + x)^a = sum binom(a, k) x^k; each term is the last x (a - (k - 1)) / k, signs tracked apart
    const x = base >= ONE ? base - ONE : ONE - base;
    const xIsNegative = base < ONE;
    let [term, sum, sign, k] = [ONE, ONE, 1, 1n];
    let previousK = 0n;
    while (term >= EPSILON) {
      const c = fraction >= previousK ? fraction - previousK : previousK - fraction;
      const cIsNegative = fraction < previousK;
      previousK = k * ONE;
      term = D.div(D.mul(D.mul(term, c), x), previousK);
      if (term === 0n) break;
      if (xIsNegative) sign = -sign;
      if (cIsNegative) sign = -sign;
      sum = sign < 0 ? D.check(sum - term, "checked_sub") : D.check(sum + term, "checked_add");
      k += 1n;
    }
    fractionPow = sum;
  }
  return D.mul(whole, fractionPow);
}

/** solve_constant_function_invariant */
function invariantOut(fixedBefore: bigint, fixedAfter: bigint, fixedWeight: bigint, unknownBefore: bigint, unknownWeight: bigint): bigint {
  const p = approxPow(D.div(fixedBefore, fixedAfter), D.div(fixedWeight, unknownWeight));
  return D.mul(unknownBefore, p > ONE ? p - ONE : ONE - p);
}

export interface Side {
  /** pool balance, base units */
  balance: bigint;
  precision: number;
  /** normalized weight (Decimal) */
  weight: bigint;
}

const unit = (precision: number) => 10n ** BigInt(18 - precision);
/** Decimal256::with_precision then decimal256_to_decimal */
const decimalOf = (amount: bigint, precision: number) => D.check(amount * unit(precision), "decimal256_to_decimal");

/** calc_spot_price on Decimal256 (no u128 bound): (ask / w_ask) / (offer / w_offer) */
function spot(offer: Side, ask: Side): bigint {
  const denominator = (offer.balance * unit(offer.precision) * ONE) / offer.weight;
  if (denominator === 0n) return 0n;
  return (((ask.balance * unit(ask.precision) * ONE) / ask.weight) * ONE) / denominator;
}

/** compute_swap: the out amount and spread of `net` offered (after the fee) */
export function giveIn(offer: Side, ask: Side, net: bigint): { out: bigint; spread: bigint } {
  const before = offer.balance * unit(offer.precision);
  const offered = net * unit(offer.precision);
  const returned = invariantOut(
    D.check(before, "offer pool"),
    D.check(before + offered, "offer pool after"),
    offer.weight,
    decimalOf(ask.balance, ask.precision),
    ask.weight,
  );
  const out = returned / unit(ask.precision);
  const spread = (spot(offer, ask) * offered) / ONE / unit(ask.precision) - out;
  if (spread < 0n) throw new Error("Overflow: Cannot Sub with spread");
  return { out, spread };
}

/** compute_offer_amount: what `out` costs with the fee (1 / (1 - fee) applied to the net offer), the fee, the spread */
export function giveOut(offer: Side, ask: Side, out: bigint, feeBps: number): { amountIn: bigint; fee: bigint; spread: bigint } {
  const inverse = (ONE * ONE) / (ONE - (BigInt(feeBps) * ONE) / 10_000n);
  const askPool = decimalOf(ask.balance, ask.precision);
  const realOffer = invariantOut(
    askPool,
    D.check(askPool - decimalOf(out, ask.precision), "checked_sub"),
    ask.weight,
    decimalOf(offer.balance, offer.precision),
    offer.weight,
  );
  const net = realOffer / unit(offer.precision);
  const amountIn = (net * inverse) / ONE;
  if (amountIn > MAX) throw new DecimalOverflow("offer amount");
  // upstream writes the ideal amount at the offer asset's precision, then subtracts the ask amount
  const spread = (spot(offer, ask) * realOffer) / ONE / unit(offer.precision) - out;
  if (spread < 0n) throw new Error("Overflow: Cannot Sub with spread");
  return { amountIn, fee: amountIn - net, spread };
}

/** query_on_join_pool after the first join, every asset listed: maximal_exact_ratio_join, then single-asset joins */
export function joinShares(sides: Side[], supply: bigint, amounts: bigint[], feeBps: number): { shares: bigint; fees: bigint[]; charged: boolean[] } {
  const shareRatios = sides.map((s, k) => D.check((amounts[k] * ONE) / s.balance, "from_ratio"));
  const lowest = shareRatios.reduce((a, b) => (b < a ? b : a));
  const highest = shareRatios.reduce((a, b) => (b > a ? b : a));
  let shares = (lowest * supply) / ONE;
  const fees = sides.map(() => 0n);
  if (lowest === highest) return { shares, fees, charged: sides.map(() => false) };
  // what the proportional part used joins the pool first; the rest of each asset joins alone, with a fee
  const rest = sides.map((s, k) => (shareRatios[k] === lowest ? 0n : amounts[k] - (lowest * s.balance) / ONE));
  let total = supply + shares;
  const swapFee = (BigInt(feeBps) * ONE) / 10_000n;
  for (let k = 0; k < sides.length; k++) {
    if (rest[k] === 0n) continue;
    const s = sides[k];
    const feeRatio = ONE - D.mul(ONE - s.weight, swapFee);
    const afterFee = (rest[k] * feeRatio) / ONE;
    const balance = decimalOf(s.balance + amounts[k] - rest[k], s.precision);
    const minted = invariantOut(D.check(balance + decimalOf(afterFee, s.precision), "checked_add"), balance, s.weight, D.check(total, "total shares"), ONE);
    fees[k] = rest[k] - afterFee;
    shares += minted;
    total += minted;
  }
  // the pool lists a fee for each asset that joined alone (even a zero one)
  return { shares, fees, charged: rest.map((r) => r > 0n) };
}

/** query_on_exit_pool (exact_lp_burn): the exit fee off the burn, then each balance x the truncated share */
export function exitAssets(balances: bigint[], supply: bigint, burn: bigint, exitFee: bigint): bigint[] {
  if (burn === 0n) throw new Error("Burn amount is zero");
  if (burn > supply) throw new Error("Burn amount is greater than total share");
  const refunded = exitFee > 0n ? (burn * (ONE - exitFee)) / ONE : burn;
  const share = D.check((refunded * ONE) / supply, "from_ratio");
  return balances.map((b) => (b * share) / ONE);
}
