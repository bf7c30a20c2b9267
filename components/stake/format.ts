import { toDecimalString } from "@/lib/format/amount";
import { sentence, type Sentence } from "@/lib/i18n/sentence";
import { Dec } from "@/lib/pstake/dec";
import type { IbcBlocker } from "@/lib/pstake/liquidstakeibc";

/** "1.023456" from a Dec rate, for display. */
export function rateText(rate: bigint, decimals = 6): string {
  return Dec.toString(rate, decimals);
}

/** What a countdown shows: days and hours, hours and minutes, minutes (at least 1), or now. */
export type CountdownParts =
  | { unit: "now" }
  | { unit: "days"; days: number; hours: number }
  | { unit: "hours"; hours: number; minutes: number }
  | { unit: "minutes"; minutes: number };

export function countdownParts(ms: number): CountdownParts {
  if (ms <= 0) return { unit: "now" };
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  if (days > 0) return { unit: "days", days, hours };
  if (hours > 0) return { unit: "hours", hours, minutes: minutes % 60 };
  return { unit: "minutes", minutes: Math.max(1, minutes) };
}

/** A chain time in UTC, as `intlLocale` writes dates ("24 Nov 2026, 19:35" in en-GB), without the zone. */
export function utcDateText(ms: number, intlLocale: string): string {
  return new Date(ms).toLocaleString(intlLocale, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
}

/** Why a multi-chain stake, unstake or redeem cannot go ahead, in words. */
export function describeIbcBlocker(b: IbcBlocker, symbol: string, decimals: number): Sentence {
  switch (b.kind) {
    case "inactive":
      return sentence("ibc.blocker.inactive", { symbol });
    case "below-minimum":
      return sentence("ibc.blocker.belowMinimum", { symbol, minimum: toDecimalString(b.minimum, decimals) });
    case "too-small":
      return sentence("ibc.blocker.tooSmall");
    case "over-cap":
      return sentence("ibc.blocker.overCap", { symbol, cap: toDecimalString(b.cap, decimals) });
  }
}
