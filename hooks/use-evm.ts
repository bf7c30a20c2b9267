"use client";

import { useQuery } from "@tanstack/react-query";
import type { Address } from "viem";
import type { EvmNetwork } from "@/lib/evm/networks";
import { useEvmNetworkStore } from "./use-evm-network";
import { type ContractCall, estimateCall, readBalances, readClaims } from "@/lib/evm/pool";
import { publicClientFor } from "@/lib/evm/wagmi";
import { useTicker } from "./use-ticker";
import { queryKeys } from "@/lib/query-keys";

// The BNB network on screen (its store: use-evm-network.ts) and the pool, balances and claims read
// from it. Reads use the app's own RPC for that network, so they work before any wallet connects.

export { useEvmNetworkStore };
export { useEvmNetwork, useEvmPool } from "./use-evm-pool";

export function useEvmBalances(network: EvmNetwork, user: Address | undefined) {
  return useQuery({
    queryKey: queryKeys.evm.balances(network.id, user),
    queryFn: () => readBalances(publicClientFor(network), network, user!),
    enabled: !!user,
    refetchInterval: 15_000,
  });
}

export function useEvmClaims(network: EvmNetwork, user: Address | undefined) {
  return useQuery({
    queryKey: queryKeys.evm.claims(network.id, user),
    queryFn: () => readClaims(publicClientFor(network), network, user!),
    enabled: !!user,
    refetchInterval: 15_000,
  });
}

/** The chain's "now" in seconds: the last block time read, moved on by the wall clock since (for countdowns). */
export function useEvmChainNow(pool: { chainTime: bigint; readAt: number } | undefined): bigint | undefined {
  const tick = useTicker();
  if (!pool) return undefined;
  return pool.chainTime + BigInt(Math.max(0, Math.floor((tick - pool.readAt) / 1000)));
}

/** Gas a call would use and its cost at the chain's current max fee per gas (for previews and Max). */
export function useEvmGasCost(network: EvmNetwork, call: ContractCall | null, account: Address, key: string) {
  return useQuery({
    queryKey: queryKeys.evm.gas(network.id, key),
    queryFn: async () => {
      const { gas, perGas } = await estimateCall(publicClientFor(network), call!, account);
      return { gas, perGas, cost: gas * perGas };
    },
    enabled: !!call,
    retry: false,
    staleTime: 15_000,
  });
}
