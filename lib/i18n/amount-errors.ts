import type { AmountError } from "../format/amount";

// Why an amount was refused, in the page's language: the one place that maps a parse error to its message.

type AmountErrorKey =
  | "amount.empty"
  | "amount.invalid"
  | "amount.negative"
  | "amount.exponent"
  | "amount.noDecimals"
  | "amount.tooManyDecimals"
  | "amount.zero"
  | "amount.tooLarge";

/** Any translator over the catalogues (use-intl's useTranslations() in the page, createTranslator in tests). */
export type AmountErrorTranslator = (key: AmountErrorKey, values?: { decimals: number }) => string;

export function amountErrorMessage(t: AmountErrorTranslator, error: AmountError): string {
  switch (error.kind) {
    case "empty":
      return t("amount.empty");
    case "invalid":
      return t("amount.invalid");
    case "negative":
      return t("amount.negative");
    case "exponent":
      return t("amount.exponent");
    case "too-many-decimals":
      return error.decimals === 0 ? t("amount.noDecimals") : t("amount.tooManyDecimals", { decimals: error.decimals });
    case "zero":
      return t("amount.zero");
    case "too-large":
      return t("amount.tooLarge");
  }
}
