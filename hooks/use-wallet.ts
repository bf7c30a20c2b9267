"use client";

import { create } from "zustand";
import { persist } from "zustand/middleware";
import type { Network } from "@/lib/chain/networks";
import { sentence, type Sentence } from "@/lib/i18n/sentence";
import { rpcFor } from "@/lib/session/clients";
import { connectDemo } from "@/lib/wallet/demo";
import { connectInjected, readAccount } from "@/lib/wallet/injected";
import { type WalletAccount, WalletError, type WalletKind } from "@/lib/wallet/types";

// Which wallet is connected and to which account. The wallet kind is remembered so a reload reconnects;
// the account itself is always read fresh from the wallet.

interface WalletState {
  account: WalletAccount | null;
  /** the network the account was read for: an account never outlives a network switch */
  networkId: string | null;
  lastKind: WalletKind | null;
  status: "idle" | "connecting";
  error: Sentence | null;
  connect: (kind: WalletKind, network: Network) => Promise<void>;
  refresh: (network: Network) => Promise<void>;
  disconnect: () => void;
  clearError: () => void;
}

async function accountFor(kind: WalletKind, network: Network): Promise<WalletAccount> {
  if (kind === "demo") return connectDemo(rpcFor(network.id), network);
  // the snap's connector loads only for someone who picks it
  if (kind === "snap") return (await import("@/lib/wallet/snap")).connectSnap(network);
  return connectInjected(kind, network);
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
      async connect(kind, network) {
        set({ status: "connecting", error: null });
        try {
          const account = await accountFor(kind, network);
          set({ account, networkId: network.id, lastKind: kind, status: "idle" });
        } catch (e) {
          set({ account: null, networkId: null, status: "idle", error: walletErrorText(e) });
        }
      },
      /** After keplr_keystorechange: read the (possibly different) account again. */
      async refresh(network) {
        const current = get().account;
        if (!current || current.kind === "demo") return;
        try {
          const account =
            current.kind === "snap" ? await (await import("@/lib/wallet/snap")).readSnapAccount(network) : await readAccount(current.kind, network);
          set({ account, networkId: network.id });
        } catch (e) {
          set({ account: null, networkId: null, error: walletErrorText(e) });
        }
      },
      disconnect: () => set({ account: null, networkId: null, lastKind: null, error: null }),
      clearError: () => set({ error: null }),
    }),
    { name: "plsh:wallet", partialize: (s) => ({ lastKind: s.lastKind }) },
  ),
);

/** The connected account, but only if it was read for the network on screen. */
export function useAccount(network: Network): WalletAccount | null {
  return useWalletStore((s) => (s.account && s.networkId === network.id ? s.account : null));
}
