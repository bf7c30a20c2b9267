import { FEE_BASIS } from "@/lib/evm/math";
import { formatAmount } from "@/lib/format/amount";

/** 18-decimal amounts for display (BNB and stkBNB) */
export function bnbText(wei: bigint, maxDecimals = 8): string {
  return formatAmount(wei, 18, { maxDecimals });
}

/** a pool fee (parts of 1e11) as a percentage */
export function feePercent(fee: bigint): string {
  const hundredths = (fee * 10_000n) / FEE_BASIS;
  return `${formatAmount(hundredths, 2)}%`;
}

/** "14d 23h 05m 09s" until `seconds` from now */
export function countdown(seconds: bigint): string {
  const s = Number(seconds < 0n ? 0n : seconds);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3_600);
  const m = Math.floor((s % 3_600) / 60);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d ? `${d}d ` : ""}${pad(h)}h ${pad(m)}m ${pad(s % 60)}s`;
}

export function dateText(seconds: bigint): string {
  return new Date(Number(seconds) * 1000).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

export function cooldownText(seconds: bigint): string {
  const days = Number(seconds) / 86_400;
  return days >= 1 ? `${Number.isInteger(days) ? days : days.toFixed(2)} days` : `${seconds} seconds`;
}
