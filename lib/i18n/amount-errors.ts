import type { AmountError } from "@/lib/format/amount";
import { sentence, type Sentence } from "./sentence";

// Why an amount was refused, as a sentence: the one place that maps a parse error to its message.

const KEYS = {
  empty: "amount.empty",
  invalid: "amount.invalid",
  negative: "amount.negative",
  exponent: "amount.exponent",
  zero: "amount.zero",
  "too-large": "amount.tooLarge",
} as const;

export function amountErrorText(error: AmountError): Sentence {
  if (error.kind !== "too-many-decimals") return sentence(KEYS[error.kind]);
  return error.decimals === 0 ? sentence("amount.noDecimals") : sentence("amount.tooManyDecimals", { decimals: error.decimals });
}
