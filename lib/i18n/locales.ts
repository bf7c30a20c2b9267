// The languages of the UI: English, and the pSTAKE community's Chinese and Korean. The choice lives in a cookie so
// the server renders the page in it from the first byte; without one, the browser's Accept-Language decides.

export const LOCALES = ["en", "zh", "ko"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "plsh-locale";

/** Each language in its own words, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", zh: "中文", ko: "한국어" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The cookie's choice, else the first supported language in an Accept-Language header ("zh-CN,zh;q=0.9" -> zh). */
export function pickLocale(cookie: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookie)) return cookie;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const base = part.split(";")[0].trim().toLowerCase().split("-")[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}
