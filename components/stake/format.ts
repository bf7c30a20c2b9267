import { Dec } from "@/lib/pstake/dec";

/** "1.023456" from a Dec rate, for display. */
export function rateText(rate: bigint, decimals = 6): string {
  return Dec.toString(rate, decimals);
}

/** "12 d 4 h" / "3 h 20 min" / "now". */
export function countdown(ms: number): string {
  if (ms <= 0) return "now";
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return `${days} d ${hours} h`;
  if (hours > 0) return `${hours} h ${minutes % 60} min`;
  return `${Math.max(1, minutes)} min`;
}

export function dateText(ms: number): string {
  return new Date(ms).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
}
