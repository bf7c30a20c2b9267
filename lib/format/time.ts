// Durations and chain times as parts a page writes in its language (components/ui/use-texts).

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
