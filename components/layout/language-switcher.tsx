"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "use-intl";
import { LOCALES, LOCALE_COOKIE, LOCALE_NAMES, isLocale } from "@/lib/i18n/locales";

/** Picks the UI language: remembered in a cookie for a year, the page re-rendered by the server in it. */
export function LanguageSwitcher() {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  return (
    <select
      aria-label={t("header.language")}
      value={locale}
      onChange={(e) => {
        if (!isLocale(e.target.value)) return;
        document.cookie = `${LOCALE_COOKIE}=${e.target.value}; path=/; max-age=31536000; samesite=lax`;
        router.refresh();
      }}
      className="rounded-md border border-white/15 bg-slate-900 px-2 py-1.5 text-sm text-white"
    >
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LOCALE_NAMES[l]}
        </option>
      ))}
    </select>
  );
}
