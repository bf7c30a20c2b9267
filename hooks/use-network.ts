"use client";

import { create } from "zustand";
import { persist } from "zustand/middleware";
import { EndpointPool, FailoverRpcClient } from "@/lib/chain/endpoints";
import { DEFAULT_NETWORK, NETWORKS, type NetworkId, isNetworkId } from "@/lib/chain/networks";

// The network on screen (persisted), and one RPC client per network that every read and write goes through.

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

const clients = new Map<NetworkId, FailoverRpcClient>();

export function rpcFor(id: NetworkId): FailoverRpcClient {
  let client = clients.get(id);
  if (!client) {
    client = new FailoverRpcClient(new EndpointPool(NETWORKS[id].rpc), { timeoutMs: 4_000, maxBatch: 40 });
    clients.set(id, client);
  }
  return client;
}

export function useNetwork() {
  const networkId = useNetworkStore((s) => s.networkId);
  return { network: NETWORKS[networkId], rpc: rpcFor(networkId) };
}
