"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchNodeInfo } from "@/lib/chain/node-info";
import { queryKeys } from "@/lib/query-keys";
import { useNetwork } from "./use-network";

/** What the node says it runs (chain id, application and CometBFT versions, latest block), re-read every minute. */
export function useNodeInfo() {
  const { network, rpc } = useNetwork();
  return useQuery({ queryKey: queryKeys.chain.node(network.id), queryFn: () => fetchNodeInfo(rpc), staleTime: 60_000, refetchInterval: 60_000 });
}
