import { sentence } from "@/lib/i18n/sentence";
import { PoolMathError } from "./math-error";

// cosmwasm-std's Decimal (18 decimal places on a u128) as Dexter's weighted pool uses it, operation for operation:
// every product and quotient truncates, and every result that leaves the u128 range is the contract's error (a
// failed query on chain). Values are bigint atomics (1.0 = 10^18).

export const ONE = 10n ** 18n;
const U128_MAX = 2n ** 128n - 1n;

/** a Decimal as the contract holds it: in the u128 range, or the contract's error */
export function asDecimal(x: bigint): bigint {
  if (x < 0n || x > U128_MAX) throw new PoolMathError(sentence("dex.math.overflow"));
  return x;
}

/** a Uint128 result: the same bound as a Decimal's atomics */
export const uint128 = asDecimal;

export const decimalMul = (a: bigint, b: bigint) => asDecimal((a * b) / ONE);

export function decimalDiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new PoolMathError(sentence("dex.math.divisionByZero"));
  return asDecimal((a * ONE) / b);
}

export const decimalSub = (a: bigint, b: bigint) => asDecimal(a - b);
export const decimalAdd = (a: bigint, b: bigint) => asDecimal(a + b);

/** Decimal::checked_pow: exponentiation by squaring, in cosmwasm-std's order of products. */
export function decimalPowInt(x: bigint, n: bigint): bigint {
  if (n === 0n) return ONE;
  let y = ONE;
  while (n > 1n) {
    if (n % 2n === 0n) {
      x = decimalMul(x, x);
      n /= 2n;
    } else {
      y = decimalMul(x, y);
      x = decimalMul(x, x);
      n = (n - 1n) / 2n;
    }
  }
  return decimalMul(x, y);
}

/** the integer square root, floor */
export function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return x;
}

/** Decimal::sqrt: the highest precision whose intermediate fits a u128 (9 digits for any value under 340). */
export function decimalSqrt(x: bigint): bigint {
  for (let precision = 9n; precision >= 0n; precision--) {
    const inner = x * 100n ** precision;
    if (inner <= U128_MAX) return isqrt(inner) * 10n ** (9n - precision);
  }
  throw new PoolMathError(sentence("dex.math.overflow"));
}
