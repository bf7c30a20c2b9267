import type { OfflineAminoSigner } from "@cosmjs/amino";
import type { OfflineDirectSigner } from "@cosmjs/proto-signing";
import { sentenceKeyText, type Sentence } from "@/lib/i18n/sentence";

export type WalletKind = "keplr" | "cosmostation" | "snap" | "walletconnect" | "demo";

/** Wallets the app used to offer: a remembered one is forgotten, and its user told why (Leap shut down in May 2026). */
export const RETIRED_WALLETS = ["leap"] as const;

export type OfflineSigner = OfflineAminoSigner | OfflineDirectSigner;

export interface WalletAccount {
  kind: WalletKind;
  address: string;
  /** the wallet's name for the key */
  name: string;
  /** Ledger keys sign amino JSON only */
  isLedger: boolean;
}

export type WalletErrorKind = "not-installed" | "rejected" | "wrong-network" | "locked" | "unavailable";

export class WalletError extends Error {
  constructor(
    readonly kind: WalletErrorKind,
    readonly text: Sentence,
    readonly detail?: string,
  ) {
    super(sentenceKeyText(text));
    this.name = "WalletError";
  }
}

export const WALLET_LABELS: Record<WalletKind, string> = {
  keplr: "Keplr",
  cosmostation: "Cosmostation",
  snap: "MetaMask (Cosmos Snap)",
  walletconnect: "WalletConnect (Keplr Mobile, Cosmostation)",
  demo: "Demo account",
};

/** What was thrown, in words: an Error's or a wallet's plain `{ code, message }` object's message, else the value. */
export function thrownMessage(e: unknown): string {
  return typeof e === "object" && e !== null && "message" in e ? String(e.message) : String(e);
}

/**
 * Wallets refuse with many phrasings; these are the ones Keplr and Ledger use. Cosmostation rejects with a plain
 * object, `{ code: 4001, message: "User rejected the request." }` (EIP-1193's code).
 */
export function isUserRejection(e: unknown): boolean {
  if ((e as { code?: unknown } | null)?.code === 4001) return true;
  const message = thrownMessage(e);
  return /request rejected|rejected by (the )?user|user rejected|declined|denied|cancel(l)?ed|transaction rejected/i.test(message);
}
