"use client";

import { useQuery } from "@tanstack/react-query";
import { assetDecimals } from "@/lib/bank/balances";
import { type Valuer, makeValuer } from "@/lib/portfolio/holdings";
import { type PriceBook, dexPriceBook, fetchExternalPrices, withExternal } from "@/lib/portfolio/prices";
import { type RateSources, ratesAt } from "@/lib/portfolio/rates";
import { queryKeys } from "@/lib/query-keys";
import { useCapabilities } from "./use-capabilities";
import { usePools } from "./use-dex";
import { useNetwork } from "./use-network";

// What things are worth now: exchange rates, USD prices and the valuer built on them. Apart from use-portfolio.ts
// because pages without an account use them (the home page's staked value, the swap page's prices) and should
// not load the portfolio's history, rewards and charts with them.

const EXTERNAL_PRICE_URL = process.env.NEXT_PUBLIC_PRICE_URL ?? "";

export function useRateSources(): RateSources | undefined {
  const caps = useCapabilities().data;
  return caps ? { liquidstake: caps.liquidstake.available, liquidstakeibc: caps.liquidstakeibc.available } : undefined;
}

/** Every stkASSET's exchange rate now (stkXPRT's module state and the host chains, read together). */
export function useRatesNow() {
  const { network, rpc } = useNetwork();
  const sources = useRateSources();
  return useQuery({
    queryKey: queryKeys.portfolio.rates(network.id, sources),
    enabled: !!sources,
    queryFn: () => ratesAt(rpc, sources!),
  });
}

/** USD prices: Dexter's pools (always), the configured external source over them (when set and answering). */
export function usePriceBook(): PriceBook | undefined {
  const { network } = useNetwork();
  const pools = usePools();
  const external = useQuery({
    queryKey: queryKeys.prices.external(network.id),
    enabled: !!EXTERNAL_PRICE_URL && !network.isDevnet,
    staleTime: 60_000,
    queryFn: () => fetchExternalPrices(EXTERNAL_PRICE_URL, network.assets).catch((e: Error) => e),
  });
  if (!pools.data) return undefined;
  return withExternal(dexPriceBook(pools.data, network.assets, pools.dataUpdatedAt), external.data ?? null);
}

/** USD values of any coin: the price book, stkASSETs through their exchange rate (none until the rates are read). */
export function useValuer(): Valuer {
  const { network } = useNetwork();
  const prices = usePriceBook();
  const rates = useRatesNow().data;
  return makeValuer(prices?.usd ?? new Map(), (d) => assetDecimals(network, d), rates ?? new Map());
}
