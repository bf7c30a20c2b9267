"use client";

import { useQuery } from "@tanstack/react-query";
import { EVM_NETWORKS, type EvmNetwork } from "@/lib/evm/networks";
import { readPoolActivity } from "@/lib/evm/pool-activity";
import { type PoolOperation, poolOperation } from "@/lib/evm/pool-operation";
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

/**
 * Whether the pool is run, from its state and its operator's events (undefined while either is read). A node that
 * will not show the events leaves the pool unconfirmed, never assumed run.
 */
export function usePoolOperation(network: EvmNetwork): PoolOperation | undefined {
  const pool = useEvmPool(network);
  const activity = useQuery({
    queryKey: queryKeys.evm.activity(network.id),
    queryFn: () => readPoolActivity(network),
    refetchInterval: 60_000,
    retry: 1,
  });
  if (!pool.data) return undefined;
  if (activity.data) return poolOperation(pool.data, activity.data);
  return activity.isError ? poolOperation(pool.data, activity.error) : undefined;
}
