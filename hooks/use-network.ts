"use client";

import { create } from "zustand";
import { persist } from "zustand/middleware";
import { DEFAULT_NETWORK, NETWORKS, type NetworkId, isNetworkId } from "@/lib/chain/networks";
import { historyRpcFor, rpcFor } from "@/lib/session/clients";

// The network on screen (persisted), with its RPC client and the one for reads of the past (lib/session/clients).

interface NetworkState {
  networkId: NetworkId;
  setNetwork: (id: NetworkId) => void;
}

export const useNetworkStore = create<NetworkState>()(
  persist(
    (set) => ({
      networkId: DEFAULT_NETWORK,
      setNetwork: (id) => set({ networkId: id }),
    }),
    {
      name: "plsh:network",
      merge: (persisted, current) => {
        const id = (persisted as Partial<NetworkState> | undefined)?.networkId;
        return { ...current, networkId: isNetworkId(id) ? id : current.networkId };
      },
    },
  ),
);

export function useNetwork() {
  const networkId = useNetworkStore((s) => s.networkId);
  return { network: NETWORKS[networkId], rpc: rpcFor(networkId), history: historyRpcFor(networkId) };
}
