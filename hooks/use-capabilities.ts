"use client";

import { useQuery } from "@tanstack/react-query";
import { detectCapabilities } from "@/lib/chain/capabilities";
import { useNetwork } from "./use-network";
import { queryKeys } from "@/lib/query-keys";

/** What the connected chain serves; features read this instead of assuming. */
export function useCapabilities() {
  const { network, rpc } = useNetwork();
  return useQuery({
    queryKey: queryKeys.capabilities(network.id),
    queryFn: () => detectCapabilities(rpc),
    staleTime: 5 * 60_000,
    retry: 1,
  });
}
