"use client";

import { useEffect } from "react";
import { useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import { create } from "zustand";
import { persist } from "zustand/middleware";
import type { LinkedChain } from "@/lib/chain/networks";
import { queryKeys } from "@/lib/query-keys";
import { linkedNetwork, readLinkedStk } from "@/lib/recovery/linked";
import { type PacketState, packetState } from "@/lib/recovery/transfer";
import { rpcForChain } from "@/lib/session/clients";
import { accountsOn } from "@/lib/wallet/linked";
import type { WalletAccount } from "@/lib/wallet/types";
import { useNetwork } from "./use-network";

// The recovery page's reads: the wallet's accounts on the network's linked chains (asked on the user's request:
// a wallet asks its user to approve each chain), the stkASSET vouchers each holds, and the transfers home already
// sent, followed until they arrive or are refunded.

/** The wallet's accounts on every linked chain, once `asked`. */
export function useLinkedAccounts(account: WalletAccount | null, asked: boolean) {
  const { network } = useNetwork();
  return useQuery({
    queryKey: queryKeys.recovery.accounts(network.id, account?.address, account?.kind ?? ""),
    enabled: asked && !!account && network.linked.length > 0,
    queryFn: () =>
      accountsOn(
        account!.kind,
        network.linked.map((chain) => linkedNetwork(network, chain)),
      ),
    staleTime: Infinity,
    retry: false,
  });
}

/** The stkASSET vouchers on each chain where the wallet has an account: one read per chain, each failing alone. */
export function useLinkedStk(accounts: { chain: LinkedChain; address: string }[]) {
  const { network } = useNetwork();
  return useQueries({
    queries: accounts.map(({ chain, address }) => ({
      queryKey: queryKeys.recovery.linked(network.id, chain.chainId, address),
      queryFn: () => readLinkedStk(network, chain, rpcForChain(linkedNetwork(network, chain)), address),
      retry: 1,
    })),
  });
}

/** A transfer home as the page remembers it (across reloads: the packet may take minutes to arrive). */
export interface SentHome {
  networkId: string;
  chainId: string;
  sequence: string;
  symbol: string;
  decimals: number;
  amount: string;
  sender: string;
  receiver: string;
  hash: string;
  sentAt: number;
}

interface TransfersState {
  sent: SentHome[];
  add(t: SentHome): void;
  dismiss(t: SentHome): void;
}

export const useTransfersHome = create<TransfersState>()(
  persist(
    (set) => ({
      sent: [],
      add: (t) => set((s) => ({ sent: [t, ...s.sent.filter((x) => !(x.chainId === t.chainId && x.sequence === t.sequence))].slice(0, 20) })),
      dismiss: (t) => set((s) => ({ sent: s.sent.filter((x) => x !== t) })),
    }),
    { name: "plsh:transfers-home", version: 0 },
  ),
);

/**
 * Where each remembered transfer of this account is; polled while in flight. When one lands (or is refunded),
 * the balances on both sides are read again.
 */
export function useTransferStates(receiver: string | undefined) {
  const { network, rpc } = useNetwork();
  const sent = useTransfersHome((s) => s.sent).filter((t) => t.networkId === network.id && t.receiver === receiver);
  const queryClient = useQueryClient();
  const states = useQueries({
    queries: sent.map((t) => {
      const chain = network.linked.find((c) => c.chainId === t.chainId);
      return {
        queryKey: queryKeys.recovery.packet(network.id, t.chainId, t.sequence),
        enabled: !!chain,
        queryFn: (): Promise<PacketState> => packetState(chain!, rpcForChain(linkedNetwork(network, chain!)), rpc, BigInt(t.sequence)),
        refetchInterval: (q: { state: { data?: PacketState } }) => (q.state.data === "in-flight" || !q.state.data ? 3_000 : false),
      };
    }),
  });
  const settled = states.filter((s) => s.data && s.data !== "in-flight").length;
  useEffect(() => {
    if (!settled) return;
    void queryClient.invalidateQueries({ queryKey: queryKeys.accountBalances(network.id, receiver) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.recovery.allLinked(network.id) });
  }, [settled, queryClient, network.id, receiver]);
  return sent.map((t, i) => ({ transfer: t, state: states[i]!.data, error: states[i]!.error }));
}
