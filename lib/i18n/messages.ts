// import attributes: Node's ESM loader (Playwright's specs import lib code) requires them for JSON
import en from "@/messages/en.json" with { type: "json" };
import ko from "@/messages/ko.json" with { type: "json" };
import zh from "@/messages/zh.json" with { type: "json" };
import type { Locale } from "./locales";

// The message catalogues (ICU message format). English is the reference: the others have exactly its keys (a test
// checks), and every key is used somewhere in the code (the same test).

export type Messages = typeof en;

export const CATALOGUES: Record<Locale, Messages> = { en, zh, ko };

/** Nested catalogue -> "a.b.c" keys. */
export function flatKeys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([k, v]) => (typeof v === "object" && v !== null ? flatKeys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

// Keys and locales are checked at compile time: t("stake.nope") does not build.
declare module "use-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
