"use client";

import { useQueries } from "@tanstack/react-query";
import { useChainNow } from "@/hooks/use-chain-time";
import { assetDecimals } from "@/lib/bank/balances";
import { useNetwork } from "@/hooks/use-network";
import { poolRewardsQuery, useDexContracts } from "@/hooks/use-dex";
import { yearlyRewards } from "@/lib/dex/positions";
import { poolTvl, pricesIn, usdReference } from "@/lib/dex/prices";
import type { DexPool } from "@/lib/dex/types";

export interface PoolStats {
  tvl: number | null;
  /** yearly reward value / value of the bonded LP */
  rewardApr: number | null;
}

/** TVL in USDC (priced through the pools) and reward APR for every pool. */
export function usePoolStats(pools: DexPool[] | undefined): { stats: Map<string, PoolStats>; prices: Map<string, number> } {
  const { network, rpc } = useNetwork();
  const ms = useDexContracts().data?.contracts?.multistaking;
  const now = useChainNow();
  const usdc = usdReference(network.assets);
  const prices = pools && usdc ? pricesIn(pools, usdc) : new Map<string, number>();
  const terms = useQueries({
    queries: (pools ?? []).map((p) => poolRewardsQuery(network.id, rpc, ms, p)),
  });
  const stats = new Map<string, PoolStats>();
  (pools ?? []).forEach((p, k) => {
    const tvl = poolTvl(p, prices);
    const t = terms[k]?.data;
    let rewardApr: number | null = null;
    if (t && tvl !== null && p.lpSupply > 0n && now !== undefined) {
      const bondedValue = (tvl * Number(t.bonded)) / Number(p.lpSupply);
      let yearly = 0;
      for (const [denom, amount] of yearlyRewards(t.schedules, now)) {
        const price = prices.get(denom);
        if (price !== undefined) yearly += (Number(amount) / 10 ** assetDecimals(network, denom)) * price;
      }
      rewardApr = bondedValue > 0 ? yearly / bondedValue : yearly > 0 ? Infinity : 0;
    }
    stats.set(p.id, { tvl, rewardApr });
  });
  return { stats, prices };
}
