import type { Keplr } from "@keplr-wallet/types";
import type { Network } from "@/lib/chain/networks";
import { sentence } from "@/lib/i18n/sentence";
import { chainInfoFor } from "./chain-info";
import { type OfflineSigner, WALLET_LABELS, type WalletAccount, WalletError, isUserRejection } from "./types";

// Keplr's injected API: window.keplr (Keplr's extension, Keplr Mobile's in-app browser and Keplr-compatible wallets
// inject it), and Cosmostation's Keplr-compatible provider, window.cosmostation.providers.keplr (its extension and
// its mobile app's in-app browser; the way Cosmostation documents for Keplr-based dApps, and graz's). Leap, which
// injected it as window.leap, shut down on 28 May 2026 and is no longer offered. Networks a wallet does not know
// (the devnet, testnets) are suggested first; the account is read with getKey; the signer comes from
// getOfflineSignerAuto, which gives an amino-only signer for Ledger keys.

export type InjectedKind = "keplr" | "cosmostation";
export const INJECTED_KINDS: readonly InjectedKind[] = ["keplr", "cosmostation"];

declare global {
  interface Window {
    keplr?: Keplr;
    cosmostation?: { providers?: { keplr?: Keplr } };
  }
}

const KEYSTORE_EVENTS: Record<InjectedKind, string> = { keplr: "keplr_keystorechange", cosmostation: "cosmostation_keystorechange" };

export function getExtension(kind: InjectedKind): Keplr | undefined {
  if (typeof window === "undefined") return undefined;
  return kind === "keplr" ? window.keplr : window.cosmostation?.providers?.keplr;
}

export function isInstalled(kind: InjectedKind): boolean {
  return !!getExtension(kind);
}

/** MetaMask is in this browser (the Cosmos Snap's host; the snap's own code, snap.ts, loads only when picked). */
export function hasMetaMask(): boolean {
  return typeof window !== "undefined" && !!(window as { ethereum?: { isMetaMask?: boolean } }).ethereum?.isMetaMask;
}

function mustExtension(kind: InjectedKind): Keplr {
  const ext = getExtension(kind);
  if (!ext) throw new WalletError("not-installed", sentence("walletError.notInstalled", { wallet: WALLET_LABELS[kind] }));
  return ext;
}

export async function connectInjected(kind: InjectedKind, network: Network): Promise<WalletAccount> {
  const ext = mustExtension(kind);
  try {
    if (network.id !== "core-1") await ext.experimentalSuggestChain(chainInfoFor(network));
    await ext.enable(network.chainId);
  } catch (e) {
    if (isUserRejection(e)) throw new WalletError("rejected", sentence("walletError.declined", { wallet: WALLET_LABELS[kind] }), String(e));
    throw new WalletError(
      "unavailable",
      sentence("walletError.cannotConnect", { wallet: WALLET_LABELS[kind], network: network.name }),
      e instanceof Error ? e.message : String(e),
    );
  }
  return readAccount(kind, network);
}

export async function readAccount(kind: InjectedKind, network: Network): Promise<WalletAccount> {
  const ext = mustExtension(kind);
  let key;
  try {
    key = await ext.getKey(network.chainId);
  } catch (e) {
    throw new WalletError("locked", sentence("walletError.locked", { wallet: WALLET_LABELS[kind] }), e instanceof Error ? e.message : String(e));
  }
  if (!key.bech32Address.startsWith(`${network.bech32Prefix}1`)) {
    throw new WalletError("wrong-network", sentence("walletError.otherChain", { wallet: WALLET_LABELS[kind] }), key.bech32Address);
  }
  return { kind, address: key.bech32Address, name: key.name, isLedger: key.isNanoLedger };
}

export async function injectedSigner(kind: InjectedKind, network: Network): Promise<OfflineSigner> {
  const ext = mustExtension(kind);
  return ext.getOfflineSignerAuto(network.chainId) as Promise<OfflineSigner>;
}

/** Calls back when the user switches account (or key) in the extension. */
export function onKeystoreChange(kind: InjectedKind, callback: () => void): () => void {
  const event = KEYSTORE_EVENTS[kind];
  window.addEventListener(event, callback);
  return () => window.removeEventListener(event, callback);
}
