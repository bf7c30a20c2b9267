import { english, sentence, type Sentence } from "@/lib/i18n/sentence";
import { Dec, ONE } from "@/lib/pstake/dec";
import type { DexPool, JoinQuote, SwapQuote } from "./types";

// Exact previews of Dexter's pool math, to the base unit the contracts compute: weighted pools (Balancer's
// invariant, its power series for fractional exponents) and stable pools (StableSwap with amp x100 and per-asset
// scaling factors, D and y by Newton's method). Decimal256 semantics: 18 decimals, every step truncates.
// Amounts in and out are base units; inside, a balance is a decimal of whole tokens (divided by its scaling
// factor in stable pools). Errors carry the contract's reason, so a form can say why before anything is signed.

export class PoolMathError extends Error {
  override name = "PoolMathError";
  constructor(readonly text: Sentence) {
    super(english(text));
  }
}

const mul = Dec.mulTruncate;
function div(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new PoolMathError(sentence("dex.math.divisionByZero"));
  return Dec.quoTruncate(a, b);
}
const diff = (a: bigint, b: bigint) => (a > b ? a - b : b - a);
const TEN_THOUSAND = 10_000n;
const tokenUnit = (decimals: number) => 10n ** BigInt(18 - decimals);

/** base units -> decimal of whole tokens */
const whole = (amount: bigint, decimals: number) => amount * tokenUnit(decimals);
/** decimal of whole tokens -> base units, truncated or rounded up */
const baseUnits = (d: bigint, decimals: number, up = false) => (up ? (d + tokenUnit(decimals) - 1n) / tokenUnit(decimals) : d / tokenUnit(decimals));

// ---- weighted ----------------------------------------------------------------------------------------------

/** Terms of the binomial series below 1e-10 are dropped. */
const SERIES_PRECISION = 100_000_000n;

/** x^e for a decimal exponent (integer part by squaring, fraction by the binomial series, 0 < x < 2). */
export function powDecimal(x: bigint, e: bigint): bigint {
  if (x <= 0n || x >= 2n * ONE) throw new PoolMathError(sentence("dex.math.powerBase"));
  let intPart = ONE;
  for (let b = x, n = e / ONE; n > 0n; n >>= 1n, b = mul(b, b)) if (n & 1n) intPart = mul(intPart, b);
  const frac = e % ONE;
  if (frac === 0n) return intPart;
  const dist = diff(x, ONE);
  let term = ONE;
  let total = ONE;
  let subtract = false;
  for (let k = 1n; term >= SERIES_PRECISION; k++) {
    const kOne = k * ONE;
    const coefficient = diff(frac, kOne - ONE);
    term = div(mul(term, mul(coefficient, dist)), kOne);
    if (term === 0n) break;
    if (x < ONE) subtract = !subtract;
    if (frac < kOne - ONE) subtract = !subtract;
    total = subtract ? total - term : total + term;
  }
  return mul(intPart, total);
}

// ---- stable ------------------------------------------------------------------------------------------------

const NEWTON_STEPS = 64;

/** Ann = A * n, with A stored x100 */
const leverage = (ampX100: bigint, n: number) => (ampX100 * BigInt(n) * ONE) / 100n;

export function invariantD(ampX100: bigint, xs: bigint[]): bigint {
  const n = BigInt(xs.length);
  const s = xs.reduce((a, b) => a + b, 0n);
  if (s === 0n) return 0n;
  if (xs.includes(0n)) throw new PoolMathError(sentence("dex.math.stableBalance"));
  const ann = leverage(ampX100, xs.length);
  let d = s;
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const dP = xs.reduce((acc, x) => div(mul(acc, d), x * n), d);
    const last = d;
    d = div(mul(mul(ann, s) + dP * n, d), mul(ann - ONE, d) + dP * (n + 1n));
    if (diff(d, last) <= 1n) break;
  }
  return d;
}

/** The balance of asset `solveFor` once asset `changed` moves to `changedTo`, D held constant. */
export function solveY(ampX100: bigint, xs: bigint[], changed: number, changedTo: bigint, solveFor: number): bigint {
  const n = BigInt(xs.length);
  const ann = leverage(ampX100, xs.length);
  const d = invariantD(ampX100, xs);
  let c = d;
  let s = 0n;
  for (let k = 0; k < xs.length; k++) {
    if (k === solveFor) continue;
    const x = k === changed ? changedTo : xs[k];
    if (x <= 0n) throw new PoolMathError(sentence("dex.math.stableBalance"));
    s += x;
    c = div(mul(c, d), x * n);
  }
  c = div(mul(c, d), ann * n);
  const b = s + div(d, ann);
  let y = d;
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const last = y;
    y = div(mul(y, y) + c, 2n * y + b - d);
    if (diff(y, last) <= 1n) break;
  }
  return y;
}

// ---- one pool ----------------------------------------------------------------------------------------------

/** the pool's balances as the invariant sees them */
function invariantBalances(pool: DexPool, balances = pool.assets.map((a) => a.amount)): bigint[] {
  return balances.map((amount, k) => {
    const w = whole(amount, pool.assets[k].decimals);
    return pool.kind === "stable" ? div(w, pool.scalingFactors![k]) : w;
  });
}
function fromInvariant(pool: DexPool, k: number, d: bigint, up = false): bigint {
  const w = pool.kind === "stable" ? mul(d, pool.scalingFactors![k]) : d;
  return baseUnits(w, pool.assets[k].decimals, up);
}

/** Ask-asset base units per offer-asset base unit (a decimal), before fees. */
export function spotPrice(pool: DexPool, offer: number, ask: number): bigint {
  if (pool.kind === "weighted") {
    const [wi, wo] = [pool.weights![offer], pool.weights![ask]];
    const perToken = div(
      div(whole(pool.assets[ask].amount, pool.assets[ask].decimals), wo),
      div(whole(pool.assets[offer].amount, pool.assets[offer].decimals), wi),
    );
    return (perToken * 10n ** BigInt(pool.assets[ask].decimals)) / 10n ** BigInt(pool.assets[offer].decimals);
  }
  const oneToken = 10n ** BigInt(pool.assets[offer].decimals);
  return div(stableGiveIn(pool, offer, ask, oneToken) * ONE, oneToken * ONE);
}

function stableGiveIn(pool: DexPool, offer: number, ask: number, net: bigint): bigint {
  const xs = invariantBalances(pool);
  const added = invariantBalances(
    pool,
    pool.assets.map((a, k) => (k === offer ? net : 0n)),
  )[offer];
  const y = solveY(pool.ampX100!, xs, offer, xs[offer] + added, ask);
  return y >= xs[ask] ? 0n : fromInvariant(pool, ask, xs[ask] - y);
}

export function quoteGiveIn(pool: DexPool, offer: number, ask: number, amount: bigint): SwapQuote {
  if (amount <= 0n) throw new PoolMathError(sentence("dex.math.swapZero"));
  if (pool.assets[offer].amount === 0n || pool.assets[ask].amount === 0n) throw new PoolMathError(sentence("dex.math.noLiquidity"));
  const fee = (amount * BigInt(pool.feeBps)) / TEN_THOUSAND;
  const net = amount - fee;
  let out: bigint;
  if (pool.kind === "weighted") {
    const bi = whole(pool.assets[offer].amount, pool.assets[offer].decimals);
    const bo = whole(pool.assets[ask].amount, pool.assets[ask].decimals);
    const shrink = powDecimal(div(bi, bi + whole(net, pool.assets[offer].decimals)), div(pool.weights![offer], pool.weights![ask]));
    out = baseUnits(mul(bo, ONE - shrink), pool.assets[ask].decimals);
  } else {
    out = stableGiveIn(pool, offer, ask, net);
  }
  if (out === 0n) throw new PoolMathError(sentence("dex.math.swapTooSmall"));
  if (out >= pool.assets[ask].amount) throw new PoolMathError(sentence("dex.math.drain"));
  return { amountIn: amount, amountOut: out, fee };
}

export function quoteGiveOut(pool: DexPool, offer: number, ask: number, amountOut: bigint): SwapQuote {
  if (amountOut <= 0n) throw new PoolMathError(sentence("dex.math.swapZero"));
  if (amountOut >= pool.assets[ask].amount) throw new PoolMathError(sentence("dex.math.drain"));
  let needed: bigint;
  if (pool.kind === "weighted") {
    const bi = whole(pool.assets[offer].amount, pool.assets[offer].decimals);
    const bo = whole(pool.assets[ask].amount, pool.assets[ask].decimals);
    const growth = div(bo, bo - whole(amountOut, pool.assets[ask].decimals));
    if (growth >= 2n * ONE) throw new PoolMathError(sentence("dex.math.giveOutTooLarge"));
    needed = baseUnits(mul(bi, powDecimal(growth, div(pool.weights![ask], pool.weights![offer])) - ONE), pool.assets[offer].decimals, true);
  } else {
    const xs = invariantBalances(pool);
    const removed = invariantBalances(
      pool,
      pool.assets.map((a, k) => (k === ask ? amountOut : 0n)),
    )[ask];
    const y = solveY(pool.ampX100!, xs, ask, xs[ask] - removed, offer);
    needed = fromInvariant(pool, offer, y - xs[offer], true);
  }
  const keep = TEN_THOUSAND - BigInt(pool.feeBps);
  const amountIn = (needed * TEN_THOUSAND + keep - 1n) / keep; // ceil(needed / (1 - fee))
  return { amountIn, amountOut, fee: (amountIn * BigInt(pool.feeBps)) / TEN_THOUSAND };
}

/** LP minted for `amounts` (base units per pool asset; zeros allowed after the first join). */
export function quoteJoin(pool: DexPool, amounts: bigint[]): JoinQuote {
  if (amounts.every((a) => a === 0n)) throw new PoolMathError(sentence("dex.math.noAssets"));
  const none = amounts.map(() => 0n);
  if (pool.lpSupply === 0n) {
    if (amounts.includes(0n)) throw new PoolMathError(sentence("dex.math.firstJoin"));
    return { shares: pool.kind === "weighted" ? 100n * ONE : invariantD(pool.ampX100!, invariantBalances(pool, amounts)), fees: none };
  }
  return pool.kind === "weighted" ? weightedJoin(pool, amounts) : stableJoin(pool, amounts);
}

function weightedJoin(pool: DexPool, amounts: bigint[]): JoinQuote {
  // the proportional part at the smallest ratio, then each leftover as a single-asset join (with fee)
  let ratio: bigint | null = null;
  amounts.forEach((a, k) => {
    const r = (a * ONE) / pool.assets[k].amount;
    if (ratio === null || r < ratio) ratio = r;
  });
  const r = ratio ?? 0n;
  const balances = pool.assets.map((a) => a.amount + (a.amount * r) / ONE);
  let supply = pool.lpSupply + (pool.lpSupply * r) / ONE;
  let shares = (pool.lpSupply * r) / ONE;
  const feeRate = (BigInt(pool.feeBps) * ONE) / TEN_THOUSAND;
  const fees = amounts.map((a, k) => {
    const left = a - (pool.assets[k].amount * r) / ONE;
    if (left === 0n) return 0n;
    const w = pool.weights![k];
    const effective = mul(whole(left, pool.assets[k].decimals), ONE - mul(ONE - w, feeRate));
    const minted = (supply * (powDecimal(ONE + div(effective, whole(balances[k], pool.assets[k].decimals)), w) - ONE)) / ONE;
    balances[k] += left;
    supply += minted;
    shares += minted;
    return left - baseUnits(effective, pool.assets[k].decimals);
  });
  if (shares === 0n) throw new PoolMathError(sentence("dex.math.joinTooSmall"));
  return { shares, fees };
}

function stableJoin(pool: DexPool, amounts: bigint[]): JoinQuote {
  const n = BigInt(amounts.length);
  const before = invariantBalances(pool);
  const after = invariantBalances(
    pool,
    pool.assets.map((a, k) => a.amount + amounts[k]),
  );
  const d0 = invariantD(pool.ampX100!, before);
  const d1 = invariantD(pool.ampX100!, after);
  // Curve's imbalance fee: bps * n / (4 (n - 1)) of each asset's distance from a proportional deposit
  const rate = (BigInt(pool.feeBps) * ONE * n) / (TEN_THOUSAND * 4n * (n - 1n));
  const charged = after.map((x, k) => mul(rate, diff(div(mul(d1, before[k]), d0), x)));
  const d2 = invariantD(
    pool.ampX100!,
    after.map((x, k) => x - charged[k]),
  );
  const shares = (pool.lpSupply * (d2 - d0)) / d0;
  if (shares <= 0n) throw new PoolMathError(sentence("dex.math.joinTooSmall"));
  return { shares, fees: charged.map((c, k) => fromInvariant(pool, k, c)) };
}

/** Assets out for burning `lp` LP tokens (exact_lp_burn). */
export function quoteExit(pool: DexPool, lp: bigint): bigint[] {
  if (lp <= 0n) throw new PoolMathError(sentence("dex.math.burnZero"));
  if (lp > pool.lpSupply) throw new PoolMathError(sentence("dex.math.burnOverSupply"));
  const kept = ONE - (pool.kind === "weighted" ? (pool.exitFee ?? 0n) : 0n);
  return pool.assets.map((a) => (a.amount * lp * kept) / (pool.lpSupply * ONE));
}

/** The pool after a give-in or give-out swap, as the vault books it (the protocol's cut leaves the pool). */
export function afterSwap(pool: DexPool, offer: number, ask: number, q: SwapQuote): DexPool {
  const protocol = (q.fee * BigInt(pool.protocolFeePercent)) / 100n;
  return {
    ...pool,
    assets: pool.assets.map((a, k) => ({ ...a, amount: k === offer ? a.amount + q.amountIn - protocol : k === ask ? a.amount - q.amountOut : a.amount })),
  };
}
