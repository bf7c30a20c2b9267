// cosmos LegacyDec on bigint, for previews: a value is an integer scaled by 10^18. Each operation rounds the way
// the chain's does, because a preview must land on the same base unit as the chain.

export const ONE = 10n ** 18n;

/** n / d rounded half to even: how LegacyDec rounds the 18th decimal of Quo and Mul. */
function roundHalfEven(n: bigint, d: bigint): bigint {
  const q = n / d;
  const r = n % d;
  if (r * 2n > d) return q + 1n;
  if (r * 2n === d) return q % 2n === 0n ? q : q + 1n;
  return q;
}

export const Dec = {
  fromInt: (i: bigint): bigint => i * ONE,
  /** "50000000000000000" (a Dec over gRPC) -> bigint */
  fromProto: (s: string): bigint => BigInt(s || "0"),
  /** TruncateInt */
  truncateInt: (d: bigint): bigint => d / ONE,
  /** TruncateDec */
  truncate: (d: bigint): bigint => (d / ONE) * ONE,
  mulTruncate: (a: bigint, b: bigint): bigint => (a * b) / ONE,
  quoTruncate: (a: bigint, b: bigint): bigint => (a * ONE) / b,
  /** Quo: rounds the 18th decimal half to even (banker's rounding) */
  quo: (a: bigint, b: bigint): bigint => roundHalfEven(a * ONE, b),
  /** Mul: rounds the 18th decimal half to even */
  mul: (a: bigint, b: bigint): bigint => roundHalfEven(a * b, ONE),
  /** MulInt: exact */
  mulInt: (d: bigint, i: bigint): bigint => d * i,
  /** "0.001" for display */
  toString(d: bigint, decimals = 18): string {
    const whole = d / ONE;
    const frac = (d % ONE).toString().padStart(18, "0").slice(0, decimals).replace(/0+$/, "");
    return frac ? `${whole}.${frac}` : whole.toString();
  },
};
