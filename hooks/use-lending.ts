"use client";

import { useQuery } from "@tanstack/react-query";
import { sentence, type Sentence } from "@/lib/i18n/sentence";
import { resolveContracts } from "@/lib/chain/contracts";
import { querySmart } from "@/lib/chain/wasm";
import { type LendingContracts, fetchAccount, fetchMarkets } from "@/lib/lending/mars";
import { useNetwork } from "./use-network";

import { queryKeys } from "@/lib/query-keys";

// React bindings for the lending market, keyed by network (and account); a lending tx refreshes "lending" (lib/query-keys).

/** The Red Bank, params and oracle on this network, or null with the reason when the chain runs none. */
export function useLendingContracts() {
  const { network, rpc } = useNetwork();
  return useQuery({
    queryKey: queryKeys.lending.contracts(network.id),
    staleTime: 5 * 60_000,
    queryFn: async (): Promise<{ contracts: LendingContracts | null; note: Sentence | null }> => {
      const c = await resolveContracts(network, rpc);
      if (!c.marsRedBank || !c.marsParams || !c.marsOracle) return { contracts: null, note: sentence("lend.notConfigured", { network: network.name }) };
      try {
        await querySmart(rpc, c.marsRedBank, { config: {} });
      } catch {
        return { contracts: null, note: sentence("lend.noContract") };
      }
      return { contracts: { redBank: c.marsRedBank, params: c.marsParams, oracle: c.marsOracle }, note: null };
    },
  });
}

export function useMarkets() {
  const { network, rpc } = useNetwork();
  const contracts = useLendingContracts().data?.contracts;
  return useQuery({
    queryKey: queryKeys.lending.markets(network.id),
    enabled: !!contracts,
    refetchInterval: 30_000,
    queryFn: () => fetchMarkets(rpc, contracts!),
  });
}

export function useLendingAccount(address: string | undefined) {
  const { network, rpc } = useNetwork();
  const redBank = useLendingContracts().data?.contracts?.redBank;
  return useQuery({
    queryKey: queryKeys.lending.account(network.id, address),
    enabled: !!redBank && !!address,
    queryFn: () => fetchAccount(rpc, redBank!, address!),
  });
}
