"use client";

import { countdownParts, utcDateText } from "@/lib/format/time";
import { useLocale, useTranslations } from "use-intl";
import type { Locale } from "@/lib/i18n/locales";
import { sentenceOf, type Sentence } from "@/lib/i18n/sentence";

// Words that many forms share, in the page's language: dates, countdowns, sentences from lib.

/** How each UI language writes dates (English as the app always has: "24 Nov 2026, 19:35"). */
const DATE_LOCALES: Record<Locale, string> = { en: "en-GB", zh: "zh-CN", ko: "ko-KR" };

/** Chain times in UTC, written the way the page's language writes dates; countdowns in its units. */
export function useTimeText() {
  const t = useTranslations();
  const locale = useLocale();
  return {
    date: (ms: number) => t("time.utc", { date: utcDateText(ms, DATE_LOCALES[locale]) }),
    /** the day alone, without time or zone ("24 Nov 2026") */
    day: (ms: number) => new Date(ms).toLocaleDateString(DATE_LOCALES[locale], { dateStyle: "medium", timeZone: "UTC" }),
    countdown: (ms: number) => {
      const p = countdownParts(ms);
      if (p.unit === "now") return t("time.now");
      if (p.unit === "days") return t("time.daysHours", { days: p.days, hours: p.hours });
      if (p.unit === "hours") return t("time.hoursMinutes", { hours: p.hours, minutes: p.minutes });
      return t("time.minutes", { minutes: p.minutes });
    },
  };
}

/** A sentence decided outside React (lib/i18n/sentence), in the page's language. */
export function useSentence(): (s: Sentence) => string {
  const t = useTranslations();
  return (s) => t(s.key, s.values);
}

/** Why a read or an action failed, in the page's language when lib said it as a sentence, else in the error's words. */
export function useErrorText(): (e: unknown) => string {
  const t = useTranslations();
  return (e) => {
    const text = sentenceOf(e);
    if (text) return t(text.key, text.values);
    return e instanceof Error ? e.message : String(e);
  };
}

/**
 * A pool's reward APR, written one way everywhere: a percentage, "no rewards" when the pool pays none, "no LP
 * bonded yet" when rewards run but nobody earns them, "—" while unknown.
 */
export function useRewardAprText(): (apr: number | null | undefined) => string {
  const t = useTranslations();
  return (apr) =>
    apr === null || apr === undefined ? "—" : apr === Infinity ? t("routes.noLpBonded") : apr === 0 ? t("common.noRewards") : `${(apr * 100).toFixed(2)}%`;
}
