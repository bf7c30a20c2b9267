import { sentenceKeyText, type Sentence } from "@/lib/i18n/sentence";

/** A pool's refusal, with the contract's reason as a sentence, so a form can say why before anything is signed. */
export class PoolMathError extends Error {
  override name = "PoolMathError";
  constructor(readonly text: Sentence) {
    super(sentenceKeyText(text));
  }
}
