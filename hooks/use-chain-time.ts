"use client";

import { useQuery } from "@tanstack/react-query";
import { useTicker } from "./use-ticker";
import { useNetwork } from "./use-network";
import { latestBlockTime } from "@/lib/chain/blocks";
import { queryKeys } from "@/lib/query-keys";

/**
 * "Now" as the chain sees it: the latest block time, advanced by the wall clock since it was read on live
 * networks. On the devnet chain time moves only with blocks (and devnet_advanceTime), so it is not extrapolated.
 */
export function useChainNow(): number | undefined {
  const { network, rpc } = useNetwork();
  const status = useQuery({
    queryKey: queryKeys.chain.time(network.id),
    queryFn: async () => ({ blockTime: await latestBlockTime(rpc), readAt: Date.now() }),
    refetchInterval: 15_000,
  });
  const tick = useTicker(!network.isDevnet);
  if (!status.data) return undefined;
  return network.isDevnet ? status.data.blockTime : status.data.blockTime + Math.max(0, tick - status.data.readAt);
}
