"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { sentence, type Sentence } from "@/lib/i18n/sentence";
import { resolveContracts } from "@/lib/chain/contracts";
import { querySmart } from "@/lib/chain/wasm";
import { assetDecimals } from "@/lib/bank/balances";
import { fetchPools } from "@/lib/dex/pools";
import { fetchPoolRewards, fetchPosition, fetchUnbondTerms } from "@/lib/dex/positions";
import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import type { DexPool } from "@/lib/dex/types";
import { useNetwork } from "./use-network";
import type { DexContracts } from "@/lib/dex/types";
import { queryKeys } from "@/lib/query-keys";

// React bindings for Dexter, keyed by network (and account); a DEX tx refreshes everything under "dex".

/** Dexter's contracts on this network, or null (with the reason) when the chain does not run them. */
export function useDexContracts() {
  const { network, rpc } = useNetwork();
  return useQuery({
    queryKey: queryKeys.dex.contracts(network.id),
    staleTime: 5 * 60_000,
    queryFn: async (): Promise<{ contracts: DexContracts | null; note: Sentence | null }> => {
      const c = await resolveContracts(network, rpc);
      if (!c.dexterVault || !c.dexterRouter || !c.dexterMultistaking) return { contracts: null, note: sentence("dex.notConfigured") };
      try {
        await querySmart(rpc, c.dexterVault, { config: {} });
      } catch {
        return { contracts: null, note: sentence("dex.noVault") };
      }
      return { contracts: { vault: c.dexterVault, router: c.dexterRouter, multistaking: c.dexterMultistaking }, note: null };
    },
  });
}

export function usePools() {
  const { network, rpc } = useNetwork();
  const dex = useDexContracts();
  const vault = dex.data?.contracts?.vault;
  return useQuery({
    queryKey: queryKeys.dex.pools(network.id),
    enabled: !!vault,
    refetchInterval: 30_000,
    queryFn: () => fetchPools(rpc, vault!, (denom) => assetDecimals(network, denom)),
  });
}

/** An account's position in a pool: one query per pool and account, shared by every view that shows it. */
export function positionQuery(
  networkId: string,
  rpc: FailoverRpcClient,
  contracts: DexContracts | null | undefined,
  pool: DexPool | undefined,
  address: string | undefined,
) {
  return {
    queryKey: queryKeys.dex.position(networkId, pool?.id, address),
    enabled: !!pool && !!address && !!contracts,
    queryFn: () => fetchPosition(rpc, contracts!, pool!, address!),
  };
}

export function usePosition(pool: DexPool | undefined, address: string | undefined) {
  const { network, rpc } = useNetwork();
  return useQuery(positionQuery(network.id, rpc, useDexContracts().data?.contracts, pool, address));
}

/** A pool's reward schedules and total bonded LP: one query per pool, shared by every view that shows them. */
export function poolRewardsQuery(networkId: string, rpc: FailoverRpcClient, multistaking: string | undefined, pool: DexPool) {
  return {
    queryKey: queryKeys.dex.rewards(networkId, pool.id),
    enabled: !!multistaking,
    queryFn: () => fetchPoolRewards(rpc, multistaking!, pool.lpToken),
  };
}

/** A pool's unbonding terms in multistaking: the lock period and the instant-unbond fees (its LP's own or the default). */
export function useUnbondTerms(pool: DexPool) {
  const { network, rpc } = useNetwork();
  const ms = useDexContracts().data?.contracts?.multistaking;
  return useQuery({
    queryKey: queryKeys.dex.unbondTerms(network.id, pool.lpToken),
    enabled: !!ms,
    staleTime: 5 * 60_000,
    queryFn: () => fetchUnbondTerms(rpc, ms!, pool.lpToken),
  });
}

/** The account's LP in defunct pools (held, bonded or unbonding), with whether the vault has refunded it. */
export function useClosedPoolPositions(address: string | undefined) {
  const { network, rpc } = useNetwork();
  const contracts = useDexContracts().data?.contracts;
  const closed = (usePools().data ?? []).filter((p) => p.defunct);
  // a refund is paid by the vault's owner, not by anything the user does here: look again now and then
  const positions = useQueries({ queries: closed.map((p) => ({ ...positionQuery(network.id, rpc, contracts, p, address), refetchInterval: 15_000 })) });
  return closed.flatMap((pool, k) => {
    const p = positions[k].data;
    const unbonding = p ? p.locks.reduce((s, l) => s + l.amount, 0n) + p.unlocked : 0n;
    const owned = p ? p.held + p.bonded + unbonding : 0n;
    return p && owned > 0n ? [{ pool, owned, held: p.held, bonded: p.bonded, unbonding, refunded: !!p.refunded }] : [];
  });
}
