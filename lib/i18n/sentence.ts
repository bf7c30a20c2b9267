import { createTranslator, type MessageKeys, type NestedKeyOf } from "use-intl/core";
// English only: the other languages' catalogues reach the page in its provider, for the one language it is in
import en from "@/messages/en.json" with { type: "json" };
import type { Messages } from "./messages";

// Text that code outside React decides (a refused tx, a blocked pool, a chain's capabilities) travels as a
// catalogue key and its values, so the page can say it in its own language. `english` writes it in English for
// logs, thrown Error messages and tests; the page uses useSentence().

export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;
export type SentenceValues = Record<string, string | number>;
export type Sentence = { key: MessageKey; values?: SentenceValues };

export const sentence = (key: MessageKey, values?: SentenceValues): Sentence => ({ key, values });

const englishTranslator = createTranslator({ locale: "en", messages: en });

export function english(s: Sentence): string {
  return englishTranslator(s.key, s.values);
}
