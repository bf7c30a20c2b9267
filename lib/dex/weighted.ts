import { sentence } from "@/lib/i18n/sentence";
import { ONE, asDecimal, decimalAdd, decimalDiv, decimalMul, decimalPowInt, decimalSqrt, decimalSub } from "./decimal";
import { PoolMathError } from "./math-error";

// Dexter's weighted pool (dexter-weighted-pool 1.1.1, as dexter_core ddd49ac), step for step: balances are
// Decimals of whole tokens, the power is its approx_pow (Osmosis's: integer part by squaring, fraction by the
// binomial series to 1e-8, a half by sqrt), and every failure the contract answers with is a refusal here.

const POW_PRECISION = 10n ** 10n; // 0.00000001
const TWO = 2n * ONE;

const refuse = (): never => {
  throw new PoolMathError(sentence("dex.math.powerBase"));
};

/** calculate_pow: base^exp for 0 <= base <= 2. */
export function calculatePow(base: bigint, exp: bigint): bigint {
  if (base === 0n && exp !== 0n) return base;
  if (base > TWO) refuse();
  const integerPow = decimalPowInt(base, exp / ONE);
  const fractional = exp % ONE;
  if (fractional === 0n) return integerPow;
  return decimalMul(integerPow, powApprox(base, fractional));
}

/** pow_approx: the Maclaurin series of (1 + x)^a, x = base - 1, 0 <= a < 1, until a term is under 1e-8. */
function powApprox(base: bigint, exp: bigint): bigint {
  if (exp === ONE / 2n) return decimalSqrt(base);
  const xneg = base < ONE;
  const x = xneg ? ONE - base : base - ONE;
  let term = ONE;
  let sum = ONE;
  let negative = false;
  let bigK = 0n;
  for (let i = 1n; term >= POW_PRECISION; i++) {
    const cneg = exp < bigK;
    const c = cneg ? bigK - exp : exp - bigK;
    bigK = i * ONE;
    term = decimalDiv(decimalMul(decimalMul(term, c), x), bigK);
    if (term === 0n) break;
    if (xneg) negative = !negative;
    if (cneg) negative = !negative;
    sum = negative ? decimalSub(sum, term) : decimalAdd(sum, term);
  }
  return sum;
}

/** solve_constant_function_invariant: how much of the unknown asset moves when the fixed one goes before -> after. */
export function solveInvariant(fixedBefore: bigint, fixedAfter: bigint, fixedWeight: bigint, unknownBefore: bigint, unknownWeight: bigint): bigint {
  const ratio = decimalDiv(fixedWeight, unknownWeight);
  const y = decimalDiv(fixedBefore, fixedAfter);
  const p = calculatePow(y, ratio);
  return decimalMul(unknownBefore, p <= ONE ? ONE - p : p - ONE);
}

/** base units -> a Decimal of whole tokens (Decimal256 with_precision, then into a Decimal: u128 or refused) */
export const tokens = (amount: bigint, decimals: number) => asDecimal(amount * 10n ** BigInt(18 - decimals));
/** a Decimal256 of whole tokens -> base units, truncated (to_uint128_with_precision) */
const baseUnits = (d: bigint, decimals: number) => d / 10n ** BigInt(18 - decimals);

/** calc_spot_price on Decimal256s of whole tokens: (ask / w_ask) / (offer / w_offer), each quotient truncated; 0 for an empty offer side */
export function weightedSpotPrice(offerBalance: bigint, askBalance: bigint, offerWeight: bigint, askWeight: bigint): bigint {
  const numerator = (askBalance * ONE) / askWeight;
  const denominator = (offerBalance * ONE) / offerWeight;
  return denominator === 0n ? 0n : (numerator * ONE) / denominator;
}

export interface WeightedSide {
  amount: bigint;
  decimals: number;
  weight: bigint;
}

/** compute_swap: what a give-in of `net` (after the fee) returns, and the spread, in ask base units. */
export function weightedGiveIn(offer: WeightedSide, ask: WeightedSide, net: bigint): { out: bigint; spread: bigint } {
  const offerPool = offer.amount * 10n ** BigInt(18 - offer.decimals);
  const askPool = ask.amount * 10n ** BigInt(18 - ask.decimals);
  const offerIn = net * 10n ** BigInt(18 - offer.decimals);
  const returned = solveInvariant(asDecimal(offerPool), asDecimal(offerPool + offerIn), offer.weight, asDecimal(askPool), ask.weight);
  const out = baseUnits(returned, ask.decimals);
  const ideal = (weightedSpotPrice(offerPool, askPool, offer.weight, ask.weight) * offerIn) / ONE;
  const spread = baseUnits(ideal, ask.decimals) - out;
  if (spread < 0n) throw new PoolMathError(sentence("dex.math.overflow"));
  return { out, spread };
}

/** compute_offer_amount: what a give-out of `amountOut` costs, fee included, with the fee and the spread. */
export function weightedGiveOut(offer: WeightedSide, ask: WeightedSide, amountOut: bigint, feeBps: number): { amountIn: bigint; fee: bigint; spread: bigint } {
  const keep = ONE - (BigInt(feeBps) * ONE) / 10_000n;
  const inverse = (ONE * ONE) / keep;
  const askPool = tokens(ask.amount, ask.decimals);
  const offerPool = tokens(offer.amount, offer.decimals);
  const after = decimalSub(askPool, tokens(amountOut, ask.decimals));
  let realOffer: bigint;
  try {
    realOffer = solveInvariant(askPool, after, ask.weight, offerPool, offer.weight);
  } catch (e) {
    // the power's base is balance / (balance - out): past 2 means more than half the pool
    if (e instanceof PoolMathError && e.text.key === "dex.math.powerBase") throw new PoolMathError(sentence("dex.math.giveOutTooLarge"));
    throw e;
  }
  const real = baseUnits(realOffer, offer.decimals);
  const amountIn = (real * inverse) / ONE;
  if (amountIn > 2n ** 128n - 1n) throw new PoolMathError(sentence("dex.math.overflow"));
  // upstream writes the ideal amount at the offer asset's precision before subtracting the ask amount
  const ideal = (weightedSpotPrice(offerPool, askPool, offer.weight, ask.weight) * realOffer) / ONE;
  const spread = baseUnits(ideal, offer.decimals) - amountOut;
  if (spread < 0n) throw new PoolMathError(sentence("dex.math.overflow"));
  return { amountIn, fee: amountIn - real, spread };
}

/** Decimal::from_ratio(bps, 10000) */
const feeRateOf = (feeBps: number) => (BigInt(feeBps) * ONE) / 10_000n;

/**
 * query_on_join_pool with every pool asset listed (zeros allowed), after the first join: the largest proportional
 * part (maximal_exact_ratio_join: the smallest of each asset's truncated share of its balance), then each leftover as
 * a single-asset join with fee (1 - (1 - w) x fee) on the balances plus the proportional part and the supply so
 * far. Shares may be 0 (the vault refuses that, not the pool).
 */
export function weightedJoin(sides: WeightedSide[], supply: bigint, amounts: bigint[], feeBps: number): { shares: bigint; fees: bigint[] } {
  const ratios = amounts.map((a, k) => {
    if (sides[k].amount === 0n) throw new PoolMathError(sentence("dex.math.divisionByZero"));
    return asDecimal((a * ONE) / sides[k].amount);
  });
  const min = ratios.reduce((m, r) => (r < m ? r : m));
  const max = ratios.reduce((m, r) => (r > m ? r : m));
  let shares = (supply * min) / ONE;
  const fees = amounts.map(() => 0n);
  if (min === max) return { shares, fees };
  const left = amounts.map((a, k) => (ratios[k] === min ? 0n : a - (min * sides[k].amount) / ONE));
  const balances = sides.map((s, k) => s.amount + amounts[k] - left[k]);
  let total = supply + shares;
  const feeRate = feeRateOf(feeBps);
  sides.forEach((s, k) => {
    if (left[k] === 0n) return;
    const afterFee = (left[k] * (ONE - decimalMul(ONE - s.weight, feeRate))) / ONE;
    const balance = tokens(balances[k], s.decimals);
    let minted: bigint;
    try {
      minted = solveInvariant(decimalAdd(balance, tokens(afterFee, s.decimals)), balance, s.weight, asDecimal(total), ONE);
    } catch (e) {
      // the power's base is (balance + in) / balance: past 2 means more than the pool holds of that asset
      if (e instanceof PoolMathError && e.text.key === "dex.math.powerBase") throw new PoolMathError(sentence("dex.math.joinTooLarge"));
      throw e;
    }
    fees[k] = left[k] - afterFee;
    shares += minted;
    total += minted;
  });
  return { shares, fees };
}
