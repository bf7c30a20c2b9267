import { ONE, absDiff, ddiv, dmul } from "./decimal.js";

// The pools' math on Decimal256 (decimal.ts): Balancer's weighted invariant with its binomial power series, and
// Curve's StableSwap invariant (D and y by Newton's method). Amounts here are decimals of whole tokens, already
// scaled; the pool contracts convert from and to base units.

/** Series terms stop below this (1e-10), as Balancer's BPOW_PRECISION. */
const POW_PRECISION = 10n ** 8n;
const MAX_ITERATIONS = 64;

function powInt(base: bigint, exp: bigint): bigint {
  let result = ONE;
  let b = base;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = dmul(result, b);
    b = dmul(b, b);
    e >>= 1n;
  }
  return result;
}

/** base^exp for a decimal exponent; the series converges only for 0 < base < 2. */
export function pow(base: bigint, exp: bigint): bigint {
  if (base <= 0n || base >= 2n * ONE) throw new Error("Weighted pool math: the power base must be within (0, 2)");
  const whole = exp / ONE;
  const remain = exp % ONE;
  const wholePow = powInt(base, whole);
  if (remain === 0n) return wholePow;
  // (1 + x)^a = sum_k C(a, k) x^k, with x = base - 1
  const x = absDiff(base, ONE);
  const xNegative = base < ONE;
  let term = ONE;
  let sum = ONE;
  let negative = false;
  for (let i = 1n; term >= POW_PRECISION; i++) {
    const k = i * ONE;
    const c = absDiff(remain, k - ONE);
    const cNegative = remain < k - ONE;
    term = ddiv(dmul(term, dmul(c, x)), k);
    if (term === 0n) break;
    if (xNegative) negative = !negative;
    if (cNegative) negative = !negative;
    sum = negative ? sum - term : sum + term;
  }
  return dmul(wholePow, sum);
}

/** Amp as stored (x100) -> Ann = A * n as a decimal */
const annOf = (ampX100: bigint, n: number) => (ampX100 * BigInt(n) * ONE) / 100n;

/** StableSwap invariant D of scaled balances (Newton's method, stops when a step moves D by at most 1e-18). */
export function computeD(ampX100: bigint, balances: bigint[]): bigint {
  const n = BigInt(balances.length);
  const sum = balances.reduce((s, x) => s + x, 0n);
  if (sum === 0n) return 0n;
  if (balances.some((x) => x === 0n)) throw new Error("Stable pool math: every pool balance must be positive");
  const ann = annOf(ampX100, balances.length);
  let d = sum;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    let dP = d;
    for (const x of balances) dP = ddiv(dmul(dP, d), x * n);
    const previous = d;
    d = ddiv(dmul(dmul(ann, sum) + dP * n, d), dmul(ann - ONE, d) + dP * (n + 1n));
    if (absDiff(d, previous) <= 1n) return d;
  }
  return d;
}

/**
 * The balance of asset `unknown` that keeps D after asset `known` changed to `newKnown` (Newton's method on y).
 */
export function computeY(ampX100: bigint, balances: bigint[], known: number, newKnown: bigint, unknown: number): bigint {
  const n = BigInt(balances.length);
  const ann = annOf(ampX100, balances.length);
  const d = computeD(ampX100, balances);
  let c = d;
  let sum = 0n;
  balances.forEach((x, k) => {
    if (k === unknown) return;
    const value = k === known ? newKnown : x;
    if (value <= 0n) throw new Error("Stable pool math: every pool balance must be positive");
    sum += value;
    c = ddiv(dmul(c, d), value * n);
  });
  c = ddiv(dmul(c, d), ann * n);
  const b = sum + ddiv(d, ann);
  let y = d;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const previous = y;
    y = ddiv(dmul(y, y) + c, 2n * y + b - d);
    if (absDiff(y, previous) <= 1n) return y;
  }
  return y;
}
