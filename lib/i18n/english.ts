import format from "icu-minify/format";
// import attributes: Node's ESM loader (Playwright's specs import lib code) requires them for JSON
import en from "@/messages/en.json" with { type: "json" };
import { compileCatalogue } from "./compile";
import type { Sentence } from "./sentence";

// A sentence written in English, for tests, scripts and files people keep (the CSV exports). Pages never import
// this at load: it carries the whole English catalogue and the ICU compiler; a page says every sentence in its own
// language through useSentence() with the catalogue its provider holds.

/** The Intl constructors icu-minify's formatter asks for (use-intl passes its cached ones on pages). */
export const formatters = {
  getDateTimeFormat: (...a: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...a),
  getNumberFormat: (...a: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...a),
  getPluralRules: (...a: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...a),
};

export function english(s: Sentence): string {
  const message = s.key.split(".").reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], compileCatalogue(en));
  return String(format(message as Parameters<typeof format>[0], "en", s.values, { formatters, timeZone: "UTC" }));
}
