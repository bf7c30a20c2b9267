import { apy } from "@/lib/lending/math";
import { Dec } from "@/lib/pstake/dec";

// Figures every page writes the same way: dollars, percentages, rates.

/** "$1.23" under a thousand, "$12,345" above; "—" when unknown */
export const usd = (v: number | null | undefined) =>
  v === null || v === undefined
    ? "—"
    : `$${v.toLocaleString("en-US", v < 1000 ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : { maximumFractionDigits: 0 })}`;

/** 0.0367 -> "3.67%"; "—" when unknown */
export const percent = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? "—" : `${(v * 100).toFixed(2)}%`);

/** an 18-decimal fraction (a Dec) as a percent: 0.45 -> "45%" */
export const decPercent = (d: bigint, digits = 0) => `${((Number(d) / 1e18) * 100).toFixed(digits)}%`;

/** an APR (a Dec) as the APY it compounds to daily, "3.67%" */
export const apyText = (rate: bigint) => percent(apy(rate));

/** "1.023456" from a Dec rate */
export function rateText(rate: bigint, decimals = 6): string {
  return Dec.toString(rate, decimals);
}
