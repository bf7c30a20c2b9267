import { ONE } from "@/lib/pstake/dec";

// Lending figures as text: health factors and their colour, oracle values (micro-USD) as $.

/** a health factor truncated to 2 decimals ("1.19" never shows as 1.2); no debt reads "—" */
export function hfText(hf: bigint | null): string {
  if (hf === null) return "—";
  if (hf >= 1000n * ONE) return "> 1000";
  const hundredths = (hf * 100n) / ONE;
  return `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, "0")}`;
}

/** an oracle value (micro-USD, the oracle's uusd) in dollars */
export const usdValue = (value: bigint) => `$${(Number(value) / 1e6).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Tailwind text colour of a health factor: red under 1, amber under the warning line */
export function hfTone(hf: bigint | null, warnAt: bigint): string {
  if (hf === null) return "text-slate-300";
  if (hf < ONE) return "text-red-300";
  if (hf < warnAt) return "text-amber-300";
  return "text-emerald-300";
}
