// cosmwasm_std::Decimal256 on bigint: 18 fractional digits, every operation truncates (as checked_mul/div do).

export const ONE = 10n ** 18n;

export const dmul = (a: bigint, b: bigint) => (a * b) / ONE;
export function ddiv(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new Error("Division by zero");
  return (a * ONE) / b;
}
/** Decimal256::from_atomics(amount, precision): a token amount in base units as a decimal of whole tokens */
export const fromAtomics = (amount: bigint, precision: number) => amount * 10n ** BigInt(18 - precision);

/** "0.98" -> 980000000000000000n */
export function parseDecimal(s: string): bigint {
  const m = /^(\d+)(?:\.(\d{1,18}))?$/.exec(s);
  if (!m) throw new Error(`Invalid Decimal: ${s}`);
  return BigInt(m[1]) * ONE + BigInt((m[2] ?? "").padEnd(18, "0"));
}

/** Decimal's Display: no trailing zeros ("0.98", "1") */
export function formatDecimal(d: bigint): string {
  const whole = d / ONE;
  const frac = (d % ONE).toString().padStart(18, "0").replace(/0+$/, "");
  return frac ? `${whole}.${frac}` : whole.toString();
}
