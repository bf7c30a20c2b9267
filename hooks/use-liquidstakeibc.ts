"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchEpoch } from "@/lib/chain/epochs";
import { apyFromRates, measureRateApy } from "@/lib/pstake/apy";
import { type HostChain, fetchHostChains, fetchRedeemCap, fetchUserIbcUnbondings, hostPerStk } from "@/lib/pstake/liquidstakeibc";
import { useCapabilities } from "./use-capabilities";
import { useNetwork } from "./use-network";

// React bindings for the multi-chain stkASSETs; keys under "liquidstake" so every staking tx refreshes them.

export function useHostChains() {
  const { network, rpc } = useNetwork();
  const caps = useCapabilities();
  return useQuery({
    queryKey: ["liquidstake", network.id, "ibc-hosts"],
    queryFn: () => fetchHostChains(rpc),
    enabled: caps.data?.liquidstakeibc.available === true,
  });
}

export function useRedeemCap(chainId: string | undefined) {
  const { network, rpc } = useNetwork();
  return useQuery({ queryKey: ["liquidstake", network.id, "ibc-cap", chainId], queryFn: () => fetchRedeemCap(rpc, chainId!), enabled: !!chainId });
}

export function useIbcUnbondings(address: string | undefined) {
  const { network, rpc } = useNetwork();
  const caps = useCapabilities();
  return useQuery({
    queryKey: ["liquidstake", network.id, "ibc-unbondings", address],
    queryFn: () => fetchUserIbcUnbondings(rpc, address!),
    enabled: !!address && caps.data?.liquidstakeibc.available === true,
    refetchInterval: 30_000,
  });
}

export function useDayEpoch() {
  const { network, rpc } = useNetwork();
  return useQuery({ queryKey: ["chain", network.id, "day-epoch"], queryFn: () => fetchEpoch(rpc, "day") });
}

/** APY from the growth of host tokens per stk over seven days; else from the last hourly c_value change. */
export function useHostApy(host: HostChain | undefined) {
  const { network, rpc } = useNetwork();
  return useQuery({
    queryKey: ["liquidstake", network.id, "ibc-apy", host?.chainId],
    enabled: !!host,
    staleTime: 5 * 60_000,
    queryFn: () => {
      const h = host!;
      const lastHour =
        h.lastCValue !== h.cValue && h.lastCValue > 0n ? apyFromRates(hostPerStk({ ...h, cValue: h.lastCValue }), hostPerStk(h), 3_600_000) : null;
      return measureRateApy(
        rpc,
        hostPerStk(h),
        async (height) => {
          const then = (await fetchHostChains(rpc, height)).find((x) => x.chainId === h.chainId);
          return then ? hostPerStk(then) : null;
        },
        lastHour,
      );
    },
  });
}
