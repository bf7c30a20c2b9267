"use client";

import { useQuery } from "@tanstack/react-query";
import { chainSpan } from "@/lib/chain/blocks";
import { fetchSwapFees } from "@/lib/dex/fees";
import type { Apy } from "@/lib/pstake/apy";
import { STK_XPRT } from "@/lib/pstake/denoms";
import { type HostChain, hostAssets } from "@/lib/pstake/liquidstakeibc";
import { useCapabilities } from "./use-capabilities";
import { useApy } from "./use-liquidstake";
import { useHostApys, useHostChains } from "./use-liquidstakeibc";
import { useNetwork } from "./use-network";
import { useDexContracts } from "./use-dex";
import { queryKeys } from "@/lib/query-keys";

// Which stkASSETs the connected chain mints (with their underlying and staking APY), and Dexter's recent swap fees.

export interface StkAsset {
  denom: string;
  symbol: string;
  underlying: string;
  underlyingSymbol: string;
  decimals: number;
  /** stkXPRT (liquidstake) or a multi-chain one (liquidstakeibc) with its host */
  host: HostChain | null;
  stakingApy: number | null;
}

export function useStkAssets(): { assets: StkAsset[]; loading: boolean } {
  const { network } = useNetwork();
  const caps = useCapabilities();
  const hosts = useHostChains();
  const xprtApy = useApy();
  const hostApys = useHostApys();
  const apyOf = (a: Apy | undefined) => (a && "apy" in a ? a.apy : null);
  const assets: StkAsset[] = [];
  if (caps.data?.liquidstake.available)
    assets.push({
      denom: STK_XPRT,
      symbol: "stkXPRT",
      underlying: "uxprt",
      underlyingSymbol: "XPRT",
      decimals: 6,
      host: null,
      stakingApy: apyOf(xprtApy.data),
    });
  for (const h of hosts.data ?? []) {
    const names = hostAssets(h, network.assets);
    assets.push({
      denom: h.stkDenom,
      symbol: names.stkSymbol,
      underlying: h.ibcDenom,
      underlyingSymbol: names.symbol,
      decimals: names.decimals,
      host: h,
      stakingApy: apyOf(hostApys.data?.get(h.chainId)),
    });
  }
  return { assets, loading: !caps.data || (caps.data.liquidstakeibc.available && !hosts.data) };
}

/** LP fees of the last 7 days per pool (from the tx index); null where the node keeps no index */
export function useSwapFees() {
  const { network, history } = useNetwork();
  const dex = useDexContracts();
  return useQuery({
    queryKey: queryKeys.dex.swapFees(network.id),
    enabled: !!dex.data?.contracts,
    staleTime: 5 * 60_000,
    queryFn: async () => fetchSwapFees(history, await chainSpan(history)),
  });
}
