"use client";

import { useQuery } from "@tanstack/react-query";
import { EVM_NETWORKS, type EvmNetwork } from "@/lib/evm/networks";
import { readPool } from "@/lib/evm/pool-state";
import { queryKeys } from "@/lib/query-keys";
import { useEvmNetworkStore } from "./use-evm-network";

// The BNB network on screen and its stake pool's state: what the BNB page shows before any EVM wallet connects,
// read without wagmi (lib/evm/pool-state.ts). The account's reads are in use-evm.ts.

export function useEvmNetwork(): EvmNetwork {
  return EVM_NETWORKS[useEvmNetworkStore((s) => s.evmNetworkId)];
}

export function useEvmPool(network: EvmNetwork) {
  return useQuery({
    queryKey: queryKeys.evm.pool(network.id),
    queryFn: async () => ({ ...(await readPool(network)), readAt: Date.now() }),
    refetchInterval: 15_000,
  });
}
