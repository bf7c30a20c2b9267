"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { assetDecimals } from "@/lib/bank/balances";
import { usdReference } from "@/lib/dex/prices";
import { accountRewards } from "@/lib/portfolio/account-rewards";
import { poolsTouched } from "@/lib/portfolio/activity";
import { fetchAccountHistory } from "@/lib/portfolio/history";
import { type Holdings, type Valuer, buildHoldings, lpTotal } from "@/lib/portfolio/holdings";
import { type PendingRow, collectPending } from "@/lib/portfolio/pending";
import { rateCacheFor } from "@/lib/portfolio/rates";
import { chainSpan } from "@/lib/chain/blocks";
import { fetchTimeline } from "@/lib/portfolio/timeline";
import { useBalances } from "./use-balances";
import { positionQuery, useDexContracts, usePools } from "./use-dex";
import { useLendingAccount, useLendingContracts } from "./use-lending";
import { useUnbondings } from "./use-liquidstake";
import { useDayEpoch, useHostChains, useIbcUnbondings } from "./use-liquidstakeibc";
import { useNetwork } from "./use-network";
import { queryKeys } from "@/lib/query-keys";
import { useRateSources, useRatesNow } from "./use-valuer";

// The portfolio's reads. Everything current comes from a few shared queries (all balances, each module's
// state, the pools, one position per pool) that the RPC client sends as one batch; the history, rewards and
// charts follow from them. Keys under "portfolio" are refreshed after every tx and on focus; the exchange rates
// of past blocks, which never change, are read once per network and kept.

/** The account's LP in every pool (positions with nothing in them are dropped). */
export function useLpPositions(address: string | undefined) {
  const { network, rpc } = useNetwork();
  const pools = usePools().data;
  const dexContracts = useDexContracts().data?.contracts;
  const positions = useQueries({ queries: (pools ?? []).map((pool) => positionQuery(network.id, rpc, dexContracts, pool, address)) });
  const ready = !!pools && positions.every((p) => p.isSuccess);
  const data = ready ? pools!.map((pool, i) => ({ pool, position: positions[i].data! })).filter((x) => lpTotal(x.position) > 0n) : undefined;
  return { data, isLoading: !ready && positions.some((p) => p.isLoading), error: positions.find((p) => p.error)?.error };
}

/** Everything on its way back to the account: XPRT unbondings, multi-chain unstakes, LP unbonding locks. */
export function usePendingRows(address: string | undefined): PendingRow[] {
  const { network } = useNetwork();
  const lps = useLpPositions(address).data;
  const staking = useUnbondings(address).data;
  const ibc = useIbcUnbondings(address).data;
  const hosts = useHostChains().data;
  const dayEpoch = useDayEpoch().data;
  return collectPending({
    bondDenom: network.feeDenom,
    staking: staking ?? [],
    ibc: ibc ?? [],
    hosts: hosts ?? [],
    dayEpoch: dayEpoch ?? null,
    lps: lps ?? [],
  });
}

/** Wallet, LP and what is unbonding back (`pending`), valued. */
export function useHoldings(
  address: string | undefined,
  pending: { denom: string; amount: bigint }[],
  valuer: Valuer,
): { data?: Holdings; isLoading: boolean; error?: unknown } {
  const balances = useBalances(address);
  const rates = useRatesNow();
  const lps = useLpPositions(address);
  const dexAvailable = useDexContracts().data?.contracts !== null;
  const lpData = dexAvailable ? lps.data : [];
  // supplies and debts in the lending market, where the chain runs one
  const lendingAvailable = useLendingContracts().data?.contracts !== null;
  const lending = useLendingAccount(address);
  const lendingData = lendingAvailable ? lending.data : { collaterals: [], debts: [] };
  if (!balances.data || !rates.data || !lpData || !lendingData) {
    return {
      isLoading: balances.isLoading || rates.isLoading || lps.isLoading || lending.isLoading,
      error: balances.error ?? rates.error ?? lps.error ?? lending.error,
    };
  }
  return { data: buildHoldings(balances.data, rates.data, valuer, lpData, pending, lendingData), isLoading: false };
}

export function useHistory(address: string | undefined) {
  const { network, rpc } = useNetwork();
  return useQuery({
    queryKey: queryKeys.portfolio.history(network.id, address),
    enabled: !!address,
    staleTime: 30_000,
    queryFn: () => fetchAccountHistory(rpc, address!),
  });
}

export function useRewards(address: string | undefined) {
  const { network, history: archive } = useNetwork();
  const sources = useRateSources();
  const history = useHistory(address);
  const balances = useBalances(address);
  const rates = useRatesNow();
  const ready = !!address && !!sources && !!history.data && !!balances.data && !!rates.data;
  return useQuery({
    queryKey: queryKeys.portfolio.rewards(network.id, address, [history.dataUpdatedAt, balances.dataUpdatedAt, rates.dataUpdatedAt]),
    enabled: ready,
    placeholderData: (previous) => previous,
    queryFn: async () => {
      const span = await chainSpan(archive);
      const held = new Map(balances.data!.map((b) => [b.denom, b.amount]));
      const window = { latestHeight: span.latestHeight, earliestHeight: span.earliestHeight };
      return accountRewards(archive, sources!, address!, history.data!, held, rates.data!, window, rateCacheFor(network.id, sources!));
    },
  });
}

export const RANGES = { "7D": 7, "30D": 30, "90D": 90, All: null } as const;
export type RangeKey = keyof typeof RANGES;
const POINTS = 32;

/** Exchange-rate history and the account's value over a range, from archive reads. */
export function useTimeline(address: string | undefined, range: RangeKey) {
  const { network, history: archive } = useNetwork();
  const sources = useRateSources();
  const dexQuery = useDexContracts();
  // a chain without Dexter (or whose contracts could not be read) charts rates and wallet value without it
  const dex = dexQuery.isError ? null : dexQuery.data?.contracts;
  const pools = usePools().data;
  const lpsQuery = useLpPositions(address);
  const lps = lpsQuery.data;
  const historyQuery = useHistory(address);
  const history = historyQuery.data;
  const usdc = usdReference(network.assets);
  // pools the account has LP in now, or joined, left, bonded or unbonded in its history
  const touched = poolsTouched(history?.txs ?? [], pools ?? []);
  for (const l of lps ?? []) touched.add(l.pool.id);
  const lpPools = (pools ?? []).filter((p) => touched.has(p.id));
  const lendingQuery = useLendingContracts();
  // a chain without the lending market (or whose contracts could not be read) values the account without it
  const redBank = lendingQuery.isError ? undefined : lendingQuery.data?.contracts?.redBank;
  const lendingKnown = lendingQuery.isError || lendingQuery.data !== undefined;
  const ready = !!sources && lendingKnown && (dex === null || (!!pools && (!!lps || !!lpsQuery.error))) && (!address || !!history || historyQuery.isError);
  return useQuery({
    queryKey: queryKeys.portfolio.timeline(network.id, address, range, `${lpPools.map((p) => p.id).join(",")}${redBank ? "+lending" : ""}`),
    enabled: ready,
    staleTime: 60_000,
    placeholderData: (previous) => previous,
    queryFn: async () => {
      const span = await chainSpan(archive);
      const days = RANGES[range];
      const from = days === null ? span.earliestTime : span.latestTime - days * 86_400_000;
      const points = await fetchTimeline(archive, span, from, POINTS, {
        sources: sources!,
        address,
        dex: dex && pools ? { vault: dex.vault, multistaking: dex.multistaking, pools, lpPools } : undefined,
        redBank,
        usdReference: usdc,
        bondDenom: network.feeDenom,
        decimalsOf: (d) => assetDecimals(network, d),
      });
      return { points, span, from };
    },
  });
}
