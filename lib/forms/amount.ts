import { parseAmount } from "@/lib/format/amount";
import { amountErrorText } from "@/lib/i18n/amount-errors";
import { sentence, type Sentence } from "@/lib/i18n/sentence";

// The first step of every amount form: the typed text as base units, and what the field says about it. Every form
// model in lib/<protocol>/forms.ts starts here, so "empty says nothing, nonsense says why, more than you have says
// so" is written once.

export interface AmountCheck {
  /** base units when the text is a valid, non-zero amount; null otherwise */
  amount: bigint | null;
  /** why the text cannot be sent: not an amount, or more than the limit; null when empty or fine */
  error: Sentence | null;
}

/** An upper bound the amount is checked against, and what the field says past it. */
export interface AmountLimit {
  limit: bigint;
  over: Sentence;
}

/** "more than your balance of X" */
export const balanceLimit = (limit: bigint, symbol: string): AmountLimit => ({ limit, over: sentence("amount.overBalance", { symbol }) });

export function checkAmount(input: string, decimals: number, limit?: AmountLimit): AmountCheck {
  const parsed = parseAmount(input, decimals);
  if (!parsed.ok) return { amount: null, error: input ? amountErrorText(parsed.error) : null };
  if (limit && parsed.base > limit.limit) return { amount: parsed.base, error: limit.over };
  return { amount: parsed.base, error: null };
}

/** What Max fills in: the balance less what the fee may cost (the simulated fee once known, else a reserve). */
export function maxKeepingFee(balance: bigint, simulatedFee: bigint | null, reserve: bigint): { max: bigint; kept: bigint } {
  const kept = simulatedFee ?? reserve;
  return { max: balance > kept ? balance - kept : 0n, kept };
}
