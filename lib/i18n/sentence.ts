import type { MessageKeys, NestedKeyOf } from "use-intl/core";
import type { Messages } from "./messages";

// Text that code outside React decides (a refused tx, a blocked pool, a chain's capabilities) travels as a
// catalogue key and its values, so the page can say it in its own language (useSentence()). No catalogue is
// imported here: this module reaches every page. `english()` (lib/i18n/english.ts) writes a sentence in English
// for tests, scripts and exports.

export type MessageKey = MessageKeys<Messages, NestedKeyOf<Messages>>;
export type SentenceValues = Record<string, string | number>;
export type Sentence = { key: MessageKey; values?: SentenceValues };

export const sentence = (key: MessageKey, values?: SentenceValues): Sentence => ({ key, values });

/** An Error's message for a sentence: its key and values, readable in a log without any catalogue. */
export function sentenceKeyText(s: Sentence): string {
  return s.values ? `${s.key} ${JSON.stringify(s.values)}` : s.key;
}

/** An error that carries its reason as a sentence (TxError, WalletError, PoolMathError). */
export function sentenceOf(e: unknown): Sentence | undefined {
  const text = (e as { text?: Sentence } | null)?.text;
  return text && typeof text.key === "string" ? text : undefined;
}
