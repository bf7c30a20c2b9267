import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { createTranslator } from "use-intl/core";
import { LOCALE_COOKIE, type Locale, pickLocale } from "@/lib/i18n/locales";
import { compileCatalogue } from "@/lib/i18n/compile";
import { CATALOGUES } from "@/lib/i18n/messages";
import type { MessageKey } from "@/lib/i18n/sentence";

// The language of the request being rendered (server only): the visitor's choice in the cookie, else the browser's.

export async function requestLocale(): Promise<Locale> {
  return pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
}

/** A page's <title> in the request's language: "Swap · Persistence Liquid Staking Hub"; a token symbol stays as is. */
export function pageMetadata(page: MessageKey | { symbol: string }): () => Promise<Metadata> {
  return async () => {
    const locale = await requestLocale();
    const t = createTranslator({ locale, messages: compileCatalogue(CATALOGUES[locale]) });
    return { title: t("meta.title", { page: typeof page === "string" ? t(page) : page.symbol, site: t("meta.site") }) };
  };
}
