"use client";

import { useQueryClient } from "@tanstack/react-query";
import type { TxPlan, TxSuccess } from "@/lib/tx/lifecycle";
import type { WalletAccount } from "@/lib/wallet/types";
import { useNetwork } from "./use-network";
import { type TxDetail, useTxStore } from "./use-tx";

/** Every query a staking tx can change: balances, the liquid staking state, staking lists, chain time. */
const REFRESHED = ["balances", "liquidstake", "staking", "chain", "portfolio"];

/** Starts a reviewed staking tx; on success empties the form and refreshes what the tx changed. */
export function useStakingTx(account: WalletAccount, onDone: () => void, refreshed: readonly string[] = REFRESHED) {
  const { network } = useNetwork();
  const queryClient = useQueryClient();
  const start = useTxStore((s) => s.start);
  return (title: string, details: TxDetail[], plan: TxPlan, summarize?: (result: TxSuccess) => string | null) =>
    void start(
      {
        title,
        details,
        plan,
        summarize,
        onSuccess: () => {
          onDone();
          for (const prefix of refreshed) void queryClient.invalidateQueries({ queryKey: [prefix, network.id] });
        },
      },
      account,
      network,
    );
}

/** The same for DEX txs: balances and every Dexter read. */
const DEX_REFRESHED = ["balances", "dex", "chain", "portfolio"];
export const useDexTx = (account: WalletAccount, onDone: () => void) => useStakingTx(account, onDone, DEX_REFRESHED);
