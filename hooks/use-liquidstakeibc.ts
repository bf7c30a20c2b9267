"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchEpoch } from "@/lib/chain/epochs";
import { type Apy, apyFromRates, archived, findRateWindow, rateApy } from "@/lib/pstake/apy";
import { fetchHostChains, fetchRedeemCap, fetchUserIbcUnbondings, hostPerStk } from "@/lib/pstake/liquidstakeibc";
import { useCapabilities } from "./use-capabilities";
import { useNetwork } from "./use-network";
import { queryKeys } from "@/lib/query-keys";

// React bindings for the multi-chain stkASSETs; keys under "liquidstake" so every staking tx refreshes them.

export function useHostChains() {
  const { network, rpc } = useNetwork();
  const caps = useCapabilities();
  return useQuery({
    queryKey: queryKeys.liquidstake.ibcHosts(network.id),
    queryFn: () => fetchHostChains(rpc),
    enabled: caps.data?.liquidstakeibc.available === true,
  });
}

export function useRedeemCap(chainId: string | undefined) {
  const { network, rpc } = useNetwork();
  return useQuery({ queryKey: queryKeys.liquidstake.ibcCap(network.id, chainId), queryFn: () => fetchRedeemCap(rpc, chainId!), enabled: !!chainId });
}

export function useIbcUnbondings(address: string | undefined) {
  const { network, rpc } = useNetwork();
  const caps = useCapabilities();
  return useQuery({
    queryKey: queryKeys.liquidstake.ibcUnbondings(network.id, address),
    queryFn: () => fetchUserIbcUnbondings(rpc, address!),
    enabled: !!address && caps.data?.liquidstakeibc.available === true,
    refetchInterval: 30_000,
  });
}

export function useDayEpoch() {
  const { network, rpc } = useNetwork();
  return useQuery({ queryKey: queryKeys.chain.dayEpoch(network.id), queryFn: () => fetchEpoch(rpc, "day") });
}

/**
 * Every host chain's APY from the growth of host tokens per stk over seven days: one window search and one
 * archive HostChains read for all of them; a host without that history falls back to its last hourly change.
 */
export function useHostApys() {
  const { network, history } = useNetwork();
  const hosts = useHostChains();
  return useQuery({
    queryKey: queryKeys.liquidstake.ibcApys(network.id),
    enabled: !!hosts.data,
    staleTime: 5 * 60_000,
    queryFn: async (): Promise<Map<string, Apy>> => {
      const read = await archived(async () => {
        const window = await findRateWindow(history);
        return { window, then: await fetchHostChains(history, window.height) };
      });
      return new Map(
        hosts.data!.map((h) => {
          const lastHour =
            h.lastCValue !== h.cValue && h.lastCValue > 0n ? apyFromRates(hostPerStk({ ...h, cValue: h.lastCValue }), hostPerStk(h), 3_600_000) : null;
          if ("why" in read) return [h.chainId, rateApy(null, null, hostPerStk(h), lastHour, read.why)];
          const then = read.value.then.find((x) => x.chainId === h.chainId);
          return [h.chainId, rateApy(read.value.window, then && then.cValue > 0n ? hostPerStk(then) : null, hostPerStk(h), lastHour)];
        }),
      );
    },
  });
}
