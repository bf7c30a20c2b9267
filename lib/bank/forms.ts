import { parseAmount } from "@/lib/format/amount";
import { amountErrorText } from "@/lib/i18n/amount-errors";
import { sentence, type Sentence } from "@/lib/i18n/sentence";
import type { TxPlan } from "@/lib/tx/lifecycle";
import { checkRecipient, recipientErrorText } from "./recipient";
import { maxSendable, sendPlan } from "./send";

// The send form as a pure model: every field's error (shown once the user tried to send), Max, and the plan.

/** Memos longer than this are refused by the chain's auth params (core-1: 256). */
export const MAX_MEMO = 256;

export interface SendFormInput {
  denom: string;
  recipient: string;
  input: string;
  memo: string;
  /** the chosen coin in the wallet, undefined while balances load or when not held */
  holding?: { amount: bigint; decimals: number };
  bech32Prefix: string;
  feeDenom: string;
  highGasPrice: string;
  address: string;
}

export interface SendForm {
  amount: bigint | null;
  decimals: number;
  amountError: Sentence | null;
  recipientError: Sentence | null;
  memoError: Sentence | null;
  /** what Max fills in: the balance, less a fee reserve when the coin pays the fee */
  max: bigint;
  /** null while any field is wrong */
  plan: TxPlan | null;
}

export function sendForm(f: SendFormInput): SendForm {
  const decimals = f.holding?.decimals ?? 6;
  const parsed = parseAmount(f.input, decimals);
  // an empty amount is an error here too: the send button is always there, and says why it cannot go
  const amountError = !parsed.ok ? amountErrorText(parsed.error) : !f.holding || parsed.base > f.holding.amount ? sentence("send.overBalance") : null;
  const recipient = checkRecipient(f.recipient, f.bech32Prefix);
  const recipientError = recipient ? recipientErrorText(recipient, f.bech32Prefix) : null;
  const memoError = f.memo.length > MAX_MEMO ? sentence("send.memoTooLong") : null;
  const valid = parsed.ok && !amountError && !recipientError && !memoError;
  return {
    amount: parsed.ok ? parsed.base : null,
    decimals,
    amountError,
    recipientError,
    memoError,
    max: f.holding ? maxSendable(f.holding.amount, f.denom, f.feeDenom, f.highGasPrice) : 0n,
    plan: valid ? sendPlan(f.address, f.recipient, f.denom, parsed.base, f.memo) : null,
  };
}
