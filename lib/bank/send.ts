import { fromBech32 } from "@cosmjs/encoding";
import { maxKeepingFee } from "@/lib/forms/amount";
import { sentence, type Sentence } from "@/lib/i18n/sentence";
import type { TxPlan } from "@/lib/tx/lifecycle";

export type RecipientError = "empty" | "checksum" | "prefix" | "validator" | "length";

/** A recipient must be an account address of this chain: right prefix, valid checksum, not a valoper. */
export function checkRecipient(address: string, prefix: string): RecipientError | null {
  const a = address.trim();
  if (!a) return "empty";
  let decoded;
  try {
    decoded = fromBech32(a);
  } catch {
    return "checksum";
  }
  if (decoded.prefix === `${prefix}valoper`) return "validator";
  if (decoded.prefix !== prefix) return "prefix";
  if (decoded.data.length !== 20 && decoded.data.length !== 32) return "length";
  return null;
}

export function recipientErrorText(error: RecipientError, prefix: string): Sentence {
  if (error === "prefix") return sentence("send.recipientError.prefix", { prefix });
  const keys = {
    empty: "send.recipientError.empty",
    checksum: "send.recipientError.checksum",
    validator: "send.recipientError.validator",
    length: "send.recipientError.length",
  } as const;
  return sentence(keys[error]);
}

export function sendPlan(from: string, to: string, denom: string, amount: bigint, memo = ""): TxPlan {
  return {
    messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: from, toAddress: to.trim(), amount: [{ denom, amount: amount.toString() }] } }],
    memo,
  };
}

/**
 * What Max may send: the whole balance, less a fee reserve when the asset pays the fee
 * (reserve = gas x high gas price, rounded up, for a generous gas figure).
 */
export function maxSendable(balance: bigint, denom: string, feeDenom: string, highGasPrice: string, reserveGas = 200_000): bigint {
  if (denom !== feeDenom) return balance;
  return maxKeepingFee(balance, null, feeReserve(highGasPrice, reserveGas)).max;
}

/** The fee `gas` units cost at the high gas price, rounded up: what a Max keeps back in the fee token. */
export function feeReserve(highGasPrice: string, gas: number | bigint): bigint {
  const [whole, frac = ""] = highGasPrice.split(".");
  const scale = 10n ** BigInt(frac.length);
  return (BigInt(gas) * BigInt(whole + frac) + scale - 1n) / scale;
}
