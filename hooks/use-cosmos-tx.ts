"use client";

import type { TxKind } from "@/lib/query-keys";
import type { TxPlan, TxSuccess } from "@/lib/tx/lifecycle";
import type { WalletAccount } from "@/lib/wallet/types";
import { useNetwork } from "./use-network";
import { useRefreshAfter } from "./use-refresh";
import { type TxDetail, useTxStore } from "./use-tx";

/**
 * Starts a reviewed Cosmos transaction (estimate -> review -> sign -> broadcast -> confirm, in the tx dialog); on
 * success runs `onDone` (a form empties itself) and refreshes what a tx of `kind` changes.
 */
export function useCosmosTx(account: WalletAccount | null, kind: TxKind, onDone: () => void) {
  const { network } = useNetwork();
  const refresh = useRefreshAfter(kind);
  const start = useTxStore((s) => s.start);
  return (title: string, details: TxDetail[], plan: TxPlan, summarize?: (result: TxSuccess) => string | null) => {
    if (!account) return;
    void start(
      {
        title,
        details,
        plan,
        summarize,
        onSuccess: () => {
          onDone();
          refresh(network.id);
        },
      },
      account,
      network,
    );
  };
}
