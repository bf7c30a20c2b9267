import { sentence } from "@/lib/i18n/sentence";
import { ONE, uint128 } from "./decimal";
import { PoolMathError } from "./math-error";

// Dexter's stable pool (dexter-stable-pool 1.1.1, as dexter_core ddd49ac: src/math.rs, src/utils.rs,
// src/contract.rs), step for step: balances are Decimal256 atomics of whole tokens divided by each asset's scaling
// factor; D and y are integer Newton iterations (32 at most) with the amp x100; every product truncates.

const ITERATIONS = 32;

export interface StableSide {
  amount: bigint;
  decimals: number;
  /** the scaling factor (Decimal) */
  factor: bigint;
}

const unit = (decimals: number) => 10n ** BigInt(18 - decimals);
const refused = (): never => {
  throw new PoolMathError(sentence("dex.math.stableBalance"));
};
const divide = (a: bigint, b: bigint) => (b === 0n ? refused() : a / b);

/** with_scaling_factor(with_precision(amount)): whole tokens / factor, truncated */
export const scaledOf = (amount: bigint, decimals: number, factor: bigint) => divide(amount * unit(decimals) * ONE, factor);
/** without_scaling_factor: x factor, truncated */
const unscaled = (x: bigint, factor: bigint) => (x * factor) / ONE;

/** compute_d: the invariant; 0 when a balance is 0; Ann = (amp / 100) n */
export function computeD(ampX100: bigint, xs: bigint[]): bigint {
  if (xs.some((x) => x === 0n)) return 0n;
  const n = BigInt(xs.length);
  const sum = xs.reduce((s, x) => s + x, 0n);
  const ann = (ampX100 / 100n) * n;
  let d = sum;
  for (let i = 0; i < ITERATIONS; i++) {
    let dp = d;
    for (const x of xs) dp = (dp * d) / (x * n);
    const previous = d;
    d = divide((ann * sum + dp * n) * d, (ann - 1n) * d + (n + 1n) * dp);
    if (d - previous <= 1n && previous - d <= 1n) return d;
  }
  return d;
}

/** calc_y: the new balance of `to` once `from` is `newAmount`, in `outputDecimals` (Ann = amp n / 100 here) */
export function calcY(ampX100: bigint, xs: bigint[], from: number, newAmount: bigint, to: number, outputDecimals: number): bigint {
  const n = BigInt(xs.length);
  const ann = (ampX100 * n) / 100n;
  const d = computeD(ampX100, xs);
  let c = d;
  let sum = 0n;
  xs.forEach((x, k) => {
    if (k === to) return;
    const amount = k === from ? newAmount : x;
    c = divide(c * d, amount * n);
    sum += amount;
  });
  c = divide(c * d, ann * n);
  const b = sum + divide(d, ann);
  let y = d;
  for (let i = 0; i < ITERATIONS; i++) {
    const previous = y;
    const denominator = y + y + b - d;
    if (denominator < 0n) refused();
    y = divide(y * y + c, denominator);
    if (y - previous <= 1n && previous - y <= 1n) return uint128(y / unit(outputDecimals));
  }
  throw new PoolMathError(sentence("dex.math.stableBalance"));
}

const scaledPool = (sides: StableSide[]) => sides.map((s) => scaledOf(s.amount, s.decimals, s.factor));

/** compute_swap: what `net` (after the fee) of `offer` returns of `ask` */
export function stableGiveIn(sides: StableSide[], offer: number, ask: number, net: bigint, ampX100: bigint): bigint {
  const xs = scaledPool(sides);
  const a = sides[ask];
  const newAsk = calcY(ampX100, xs, offer, xs[offer] + scaledOf(net, sides[offer].decimals, sides[offer].factor), ask, a.decimals);
  const returned = uint128(xs[ask] / unit(a.decimals) - newAsk);
  return unscaled(returned * unit(a.decimals), a.factor) / unit(a.decimals);
}

/** compute_offer_amount: what `amountOut` of `ask` costs of `offer`, fee included, and the fee */
export function stableGiveOut(
  sides: StableSide[],
  offer: number,
  ask: number,
  amountOut: bigint,
  feeBps: number,
  ampX100: bigint,
): { amountIn: bigint; fee: bigint } {
  const xs = scaledPool(sides);
  const [o, a] = [sides[offer], sides[ask]];
  const remaining = xs[ask] - scaledOf(amountOut, a.decimals, a.factor);
  if (remaining < 0n) refused();
  const newOffer = calcY(ampX100, xs, ask, remaining, offer, 18);
  const needed = uint128(newOffer - uint128(xs[offer]));
  const offerUnscaled = unscaled(needed, o.factor);
  const inverse = (ONE * ONE) / (ONE - (BigInt(feeBps) * ONE) / 10_000n);
  const withFee = (offerUnscaled * inverse) / ONE;
  return { amountIn: uint128(withFee / unit(o.decimals)), fee: (withFee - offerUnscaled) / unit(o.decimals) };
}

/**
 * query_on_join_pool, every asset listed in the pool's order: the first join mints D; later joins charge the
 * imbalance fee bps/10000 x n/(4(n-1)) on each asset's distance from the proportional deposit and mint
 * supply x (D_after_fee - D0) / D0, the ratio truncated first. A join that mints nothing is refused by the pool.
 */
export function stableJoin(sides: StableSide[], supply: bigint, amounts: bigint[], feeBps: number, ampX100: bigint): { shares: bigint; fees: bigint[] } {
  if (!amounts.some((a) => a > 0n)) throw new PoolMathError(sentence("dex.math.noAssets"));
  if (sides.some((s, k) => s.amount === 0n && amounts[k] === 0n)) throw new PoolMathError(sentence("dex.math.firstJoin"));
  if (ampX100 === 0n) refused();
  const n = BigInt(sides.length);
  const old = scaledPool(sides);
  const grown = sides.map((s, k) => old[k] + scaledOf(amounts[k], s.decimals, s.factor));
  const d0 = computeD(ampX100, old);
  const d1 = computeD(ampX100, grown);
  const fees = sides.map(() => 0n);
  let shares: bigint;
  if (supply === 0n) shares = d1;
  else {
    const feeRate = (((BigInt(feeBps) * ONE) / 10_000n) * ((n * ONE) / (4n * (n - 1n)))) / ONE;
    sides.forEach((s, k) => {
      const ideal = (d1 * divide(old[k] * ONE, d0)) / ONE;
      const charged = (feeRate * (ideal > grown[k] ? ideal - grown[k] : grown[k] - ideal)) / ONE;
      fees[k] = unscaled(charged, s.factor) / unit(s.decimals);
      grown[k] -= charged;
      if (grown[k] < 0n) refused();
    });
    const d2 = computeD(ampX100, grown);
    const ratio = divide((d2 > d0 ? d2 - d0 : 0n) * ONE, d0);
    shares = (supply * ratio) / ONE;
  }
  if (uint128(shares) === 0n) throw new PoolMathError(sentence("dex.math.joinTooSmall"));
  return { shares, fees };
}
