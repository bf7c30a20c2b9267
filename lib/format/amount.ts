// Amounts cross the UI as strings and live everywhere else as bigint base units. Parsing is strict and says
// why an input is refused; formatting is exact (no float ever touches a balance).

export type AmountError =
  | { kind: "empty" }
  | { kind: "invalid"; input: string }
  | { kind: "negative" }
  | { kind: "exponent" }
  | { kind: "too-many-decimals"; decimals: number }
  | { kind: "zero" }
  | { kind: "too-large" };

export type ParsedAmount = { ok: true; base: bigint } | { ok: false; error: AmountError };

/** Above any real supply, and at the uint256 limit the EVM side shares. */
export const MAX_AMOUNT = 2n ** 256n - 1n;

/**
 * "1,234.5" / " 1 234.5 " / "1234.500000" -> base units for `decimals`.
 * Thousands separators (commas, spaces, underscores) are tolerated; a second decimal point is not.
 */
export function parseAmount(input: string, decimals: number, opts: { allowZero?: boolean } = {}): ParsedAmount {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, error: { kind: "empty" } };
  if (trimmed.startsWith("-")) return { ok: false, error: { kind: "negative" } };
  if (/^[+]?[\d.,_\s]*\d[eE][+-]?\d+$/.test(trimmed)) return { ok: false, error: { kind: "exponent" } };
  const compact = trimmed.replace(/^\+/, "").replace(/(?<=\d)[,_\s](?=\d{3}(\D|$))/g, "");
  if (!/^(\d+\.?\d*|\.\d+)$/.test(compact)) return { ok: false, error: { kind: "invalid", input: trimmed } };
  const [whole, fraction = ""] = compact.split(".");
  if (fraction.replace(/0+$/, "").length > decimals) return { ok: false, error: { kind: "too-many-decimals", decimals } };
  const base = BigInt(whole || "0") * 10n ** BigInt(decimals) + BigInt(fraction.slice(0, decimals).padEnd(decimals, "0") || "0");
  if (base > MAX_AMOUNT) return { ok: false, error: { kind: "too-large" } };
  if (base === 0n && !opts.allowZero) return { ok: false, error: { kind: "zero" } };
  return { ok: true, base };
}

/** Exact decimal string of base units: 1500000n, 6 -> "1.5". */
export function toDecimalString(base: bigint, decimals: number): string {
  const negative = base < 0n;
  const abs = negative ? -base : base;
  const scale = 10n ** BigInt(decimals);
  const fraction = decimals > 0 ? (abs % scale).toString().padStart(decimals, "0").replace(/0+$/, "") : "";
  const s = fraction ? `${abs / scale}.${fraction}` : `${abs / scale}`;
  return negative ? `-${s}` : s;
}

/**
 * Human display: grouped thousands, at most `maxDecimals` fraction digits (truncated, never rounded up, so a
 * balance is never overstated), and "< 0.000001" when a non-zero amount would show as zero.
 */
export function formatAmount(base: bigint, decimals: number, opts: { maxDecimals?: number } = {}): string {
  const maxDecimals = Math.min(opts.maxDecimals ?? decimals, decimals);
  const exact = toDecimalString(base < 0n ? -base : base, decimals);
  const [whole, fraction = ""] = exact.split(".");
  const shown = fraction.slice(0, maxDecimals).replace(/0+$/, "");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  if (base !== 0n && whole === "0" && !shown) {
    return `< ${maxDecimals === 0 ? "1" : `0.${"0".repeat(maxDecimals - 1)}1`}`;
  }
  return `${base < 0n ? "-" : ""}${grouped}${shown ? `.${shown}` : ""}`;
}
