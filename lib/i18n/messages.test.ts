import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import format from "icu-minify/format";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { compileCatalogue } from "./compile";
import { english as englishOf, formatters } from "./english";
import { LOCALES, pickLocale } from "./locales";
import { CATALOGUES, flatKeys } from "./messages";
import type { MessageKey } from "./sentence";

const SAME_IN_EVERY_LANGUAGE = ["header.nav.bnb", "routes.venue.pancakeStkBnb.market", "common.tvl", "home.account.worth", "home.chain.comet"];

const valueOf = (messages: object, key: string): string => key.split(".").reduce<any>((m, k) => m[k], messages);
/** the ICU arguments of a message: "{a} and {b}" -> ["a", "b"] */
const argsOf = (message: string) => [...message.matchAll(/\{(\w+)\s*[,}]/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && /\.tsx?$/.test(f.name) && !/\.test\.tsx?$/.test(f.name))
    .map((f) => readFileSync(join(f.parentPath, f.name), "utf8"));
}

describe("message catalogues", () => {
  const english = flatKeys(CATALOGUES.en);

  it.each(LOCALES)("%s has exactly the English keys, each with the same arguments, none left empty or in English", (locale) => {
    const keys = flatKeys(CATALOGUES[locale]);
    expect(keys.sort()).toEqual([...english].sort());
    for (const key of english) {
      const message = valueOf(CATALOGUES[locale], key);
      expect(message.trim(), `${locale} ${key}`).not.toBe("");
      expect(argsOf(message), `${locale} ${key}`).toEqual(argsOf(valueOf(CATALOGUES.en, key)));
    }
    if (locale !== "en") {
      // a message of arguments alone ("{action} {symbol}") has no words to translate; a few words are the same in
      // every language (a token symbol, an acronym, a token pair)
      const hasWords = (k: string) => /\p{L}/u.test(valueOf(CATALOGUES.en, k).replace(/\{[^}]*\}/g, ""));
      const untranslated = english.filter((k) => hasWords(k) && valueOf(CATALOGUES[locale], k) === valueOf(CATALOGUES.en, k));
      expect(untranslated.sort()).toEqual([...SAME_IN_EVERY_LANGUAGE].sort());
    }
  });

  it("every key is used by the code, as a literal (so this test can see it)", () => {
    const code = ["components", "hooks", "app", "lib"].flatMap((d) => sources(join(process.cwd(), d))).join("\n");
    const unused = english.filter((key) => !code.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });

  it.each(LOCALES)("%s says every message the same precompiled (what pages use) as parsed at run time", (locale) => {
    // use-intl parses the raw message here (vitest does not alias its formatter); pages get icu-minify's arrays
    const parsed = createTranslator({ locale, messages: CATALOGUES[locale], timeZone: "UTC" });
    const compiled = compileCatalogue(CATALOGUES[locale]);
    let checked = 0;
    for (const key of english) {
      const args = argsOf(valueOf(CATALOGUES.en, key));
      // plural branches on several counts; every other argument a word with a brace-free apostrophe in it
      for (const n of args.length ? [0, 1, 2, 7, 1234.5] : [0]) {
        const values = Object.fromEntries(args.map((a) => [a, /plural|number/.test(valueOf(CATALOGUES.en, key)) ? n : `x'${a}`]));
        const want = parsed(key as MessageKey, values);
        const got = format(valueOf(compiled, key) as never, locale, values, { formatters, timeZone: "UTC" });
        expect(String(got), `${locale} ${key} ${JSON.stringify(values)}`).toBe(want);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(english.length);
    if (locale === "en") expect(englishOf({ key: "time.minutes", values: { minutes: 1 } })).toBe(parsed("time.minutes", { minutes: 1 }));
  });

  it("picks the cookie's language, else the browser's, else English", () => {
    expect(pickLocale("ko", "zh-CN,zh;q=0.9")).toBe("ko");
    expect(pickLocale(undefined, "zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh");
    expect(pickLocale("xx", "fr-FR,ko;q=0.5")).toBe("ko");
    expect(pickLocale(undefined, null)).toBe("en");
  });
});
