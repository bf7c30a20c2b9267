"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { type Balance, fetchAllBalances, fetchDenomTrace, resolveAsset, sortBalances } from "@/lib/bank/balances";
import { useCapabilities } from "./use-capabilities";
import { useNetwork } from "./use-network";
import { queryKeys } from "@/lib/query-keys";

/** Every balance of the account, each resolved to an asset (network list, else the chain's IBC trace). */
export function useBalances(address: string | undefined) {
  const { network, rpc } = useNetwork();
  const capabilities = useCapabilities();
  const servesTraces = capabilities.data?.ibcTransfer.available ?? false;
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.balances(network.id, address, servesTraces),
    enabled: !!address && capabilities.isSuccess,
    queryFn: async (): Promise<Balance[]> => {
      const coins = await fetchAllBalances(rpc, address!);
      const resolved = await Promise.all(
        coins.map(async (c) => {
          const listed = network.assets.some((a) => a.denom === c.denom);
          // a denom's IBC path never changes: each is asked once per network, not on every balances refresh
          const trace =
            !listed && servesTraces && c.denom.startsWith("ibc/")
              ? await queryClient.fetchQuery({
                  queryKey: queryKeys.denomTrace(network.id, c.denom),
                  queryFn: () => fetchDenomTrace(rpc, c.denom),
                  staleTime: Infinity,
                })
              : null;
          return { ...resolveAsset(network, c.denom, trace), amount: c.amount };
        }),
      );
      return sortBalances(resolved, network);
    },
  });
}
