// LegacyDec arithmetic on bigint: a decimal is an integer scaled by 10^18, the form Dec fields take over ABCI.

export const DEC_ONE = 10n ** 18n;

/** "0.05" -> 50000000000000000n */
export function decFromString(s: string): bigint {
  const m = /^(\d+)(?:\.(\d{1,18}))?$/.exec(s.trim());
  if (!m) throw new Error(`invalid decimal: ${s}`);
  return BigInt(m[1]) * DEC_ONE + BigInt((m[2] ?? "").padEnd(18, "0"));
}

/** 50000000000000000n -> "0.050000000000000000" (the SDK's String()) */
export function decToString(d: bigint): string {
  const neg = d < 0n;
  const a = neg ? -d : d;
  return `${neg ? "-" : ""}${a / DEC_ONE}.${(a % DEC_ONE).toString().padStart(18, "0")}`;
}

export function decMulTruncate(a: bigint, b: bigint): bigint {
  return (a * b) / DEC_ONE;
}

export function decQuoTruncate(a: bigint, b: bigint): bigint {
  return (a * DEC_ONE) / b;
}

/** ceil(a * dec) for positive values: the SDK's required fee rounds up. */
export function decMulIntCeil(d: bigint, i: bigint): bigint {
  const p = d * i;
  return (p + DEC_ONE - 1n) / DEC_ONE;
}

/** Quo: a / b rounded half-to-even at the 18th decimal (LegacyDec.Quo), for non-negative a and positive b. */
export function decQuo(a: bigint, b: bigint): bigint {
  const num = a * DEC_ONE;
  let q = num / b;
  const twiceRemainder = 2n * (num % b);
  if (twiceRemainder > b || (twiceRemainder === b && q % 2n === 1n)) q += 1n;
  return q;
}

/** Mul: a x b rounded half-to-even at the 18th decimal (LegacyDec.Mul), for non-negative values. */
export function decMul(a: bigint, b: bigint): bigint {
  const p = a * b;
  let q = p / DEC_ONE;
  const twiceRemainder = 2n * (p % DEC_ONE);
  if (twiceRemainder > DEC_ONE || (twiceRemainder === DEC_ONE && q % 2n === 1n)) q += 1n;
  return q;
}

/** TruncateDec: drops the fraction, keeps the 10^18 scale. */
export function decTruncateDec(d: bigint): bigint {
  return (d / DEC_ONE) * DEC_ONE;
}
