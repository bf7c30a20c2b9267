"use client";

import { create } from "zustand";
import { persist } from "zustand/middleware";
import { EVM_NETWORK_IDS, type EvmNetworkId } from "@/lib/evm/network-ids";

// The BNB network on screen (persisted, independent of the Cosmos one), and whether this browser has an EVM wallet
// connected to the app. Apart from use-evm.ts and free of viem and wagmi: the portfolio reads both to decide whether
// to load the EVM stack at all.

interface EvmSessionState {
  evmNetworkId: EvmNetworkId;
  setEvmNetwork: (id: EvmNetworkId) => void;
  /** an EVM wallet is connected (wagmi reconnects it on the next visit); kept in step by EvmScope */
  evmWalletConnected: boolean;
  setEvmWalletConnected: (connected: boolean) => void;
}

export const useEvmNetworkStore = create<EvmSessionState>()(
  persist(
    (set) => ({
      evmNetworkId: "bnb-local",
      setEvmNetwork: (id) => set({ evmNetworkId: id }),
      evmWalletConnected: false,
      setEvmWalletConnected: (connected) => set({ evmWalletConnected: connected }),
    }),
    {
      name: "plsh:evm-network",
      merge: (persisted, current) => {
        const saved = persisted as Partial<EvmSessionState> | undefined;
        const id = saved?.evmNetworkId;
        return {
          ...current,
          evmNetworkId: id && (EVM_NETWORK_IDS as readonly string[]).includes(id) ? id : current.evmNetworkId,
          evmWalletConnected: saved?.evmWalletConnected === true,
        };
      },
    },
  ),
);
