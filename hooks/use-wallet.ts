"use client";

import { create } from "zustand";
import { persist } from "zustand/middleware";
import type { Network } from "@/lib/chain/networks";
import { sentence, type Sentence } from "@/lib/i18n/sentence";
import { rpcFor } from "@/lib/session/clients";
import { connectDemo } from "@/lib/wallet/demo";
import { connectInjected, readAccount } from "@/lib/wallet/injected";
import { type WalletAccount, WalletError, type WalletKind } from "@/lib/wallet/types";
import { useWalletConnectPairing } from "./use-walletconnect-pairing";

// Which wallet is connected and to which account. The wallet kind is remembered so a reload reconnects;
// the account itself is always read fresh from the wallet.

interface WalletState {
  account: WalletAccount | null;
  /** the network the account was read for: an account never outlives a network switch */
  networkId: string | null;
  lastKind: WalletKind | null;
  status: "idle" | "connecting";
  error: Sentence | null;
  /** `restore`: a reload reconnecting the remembered wallet (WalletConnect then uses its session, never a new pairing) */
  connect: (kind: WalletKind, network: Network, restore?: boolean) => Promise<void>;
  refresh: (network: Network) => Promise<void>;
  disconnect: () => void;
  clearError: () => void;
}

async function accountFor(kind: WalletKind, network: Network, restore: boolean): Promise<WalletAccount> {
  if (kind === "demo") return connectDemo(rpcFor(network.id), network);
  // the snap's and WalletConnect's connectors load only for someone who picks them
  if (kind === "snap") return (await import("@/lib/wallet/snap")).connectSnap(network);
  if (kind === "walletconnect") return connectWalletConnect(network, restore);
  return connectInjected(kind, network);
}

async function connectWalletConnect(network: Network, restore: boolean): Promise<WalletAccount> {
  const pairing = useWalletConnectPairing.getState();
  const generation = pairing.generation;
  const { connectWalletConnect } = await import("@/lib/wallet/walletconnect");
  try {
    const account = await connectWalletConnect(network, { onUri: pairing.show, onEnded: walletConnectEnded }, !restore);
    // the user closed the pairing dialog while the wallet was still deciding: this answer is no longer wanted
    if (useWalletConnectPairing.getState().generation !== generation) throw new StalePairing();
    return account;
  } finally {
    useWalletConnectPairing.getState().done();
  }
}

/** A WalletConnect answer that came after its pairing was cancelled: dropped without a word. */
class StalePairing extends Error {}

function walletConnectEnded() {
  if (useWalletStore.getState().account?.kind !== "walletconnect") return;
  useWalletStore.setState({ account: null, networkId: null, lastKind: null, error: sentence("walletError.wcEnded") });
}

function walletErrorText(e: unknown): Sentence {
  return e instanceof WalletError ? e.text : sentence("walletError.generic", { message: e instanceof Error ? e.message : String(e) });
}

export const useWalletStore = create<WalletState>()(
  persist(
    (set, get) => ({
      account: null,
      networkId: null,
      lastKind: null,
      status: "idle",
      error: null,
      async connect(kind, network, restore = false) {
        set({ status: "connecting", error: null });
        try {
          const account = await accountFor(kind, network, restore);
          set({ account, networkId: network.id, lastKind: kind, status: "idle" });
        } catch (e) {
          if (e instanceof StalePairing) return;
          set({ account: null, networkId: null, status: "idle", error: walletErrorText(e) });
        }
      },
      /** After keplr_keystorechange: read the (possibly different) account again. */
      async refresh(network) {
        const current = get().account;
        if (!current || current.kind === "demo") return;
        if (current.kind === "walletconnect") return get().connect("walletconnect", network, true);
        try {
          const account =
            current.kind === "snap" ? await (await import("@/lib/wallet/snap")).readSnapAccount(network) : await readAccount(current.kind, network);
          set({ account, networkId: network.id });
        } catch (e) {
          set({ account: null, networkId: null, error: walletErrorText(e) });
        }
      },
      disconnect: () => {
        // a WalletConnect session is ended on both sides, not just forgotten here
        if (get().account?.kind === "walletconnect") void import("@/lib/wallet/walletconnect").then((m) => m.disconnectWalletConnect());
        set({ account: null, networkId: null, lastKind: null, error: null });
      },
      clearError: () => set({ error: null }),
    }),
    { name: "plsh:wallet", partialize: (s) => ({ lastKind: s.lastKind }) },
  ),
);

/** The connected account, but only if it was read for the network on screen. */
export function useAccount(network: Network): WalletAccount | null {
  return useWalletStore((s) => (s.account && s.networkId === network.id ? s.account : null));
}
