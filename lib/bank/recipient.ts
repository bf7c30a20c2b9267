import { fromBech32 } from "@cosmjs/encoding";
import { sentence, type Sentence } from "@/lib/i18n/sentence";

// Apart from send.ts: the bech32 decoder is 6 KB that only the send form needs, and send.ts's fee reserve is
// imported by every page with a Max button.

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
