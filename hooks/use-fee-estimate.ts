"use client";

import type { StdFee } from "@cosmjs/stargate";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { Network } from "@/lib/chain/networks";
import type { TxPlan } from "@/lib/tx/lifecycle";
import type { WalletAccount } from "@/lib/wallet/types";
import { kitFor } from "@/lib/session/clients";
import { queryKeys } from "@/lib/query-keys";

/** The network fee of a plan, by simulation (debounced while the user types). Loads the signing kit. */
export function useFeeEstimate(plan: TxPlan | null, account: WalletAccount | null, network: Network) {
  const key = plan ? JSON.stringify(plan, (_k, v) => (typeof v === "bigint" ? v.toString() : v)) : null;
  const [debounced, setDebounced] = useState(key);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(key), 400);
    return () => clearTimeout(t);
  }, [key]);
  return useQuery({
    queryKey: queryKeys.fee(network.id, account?.address, debounced),
    enabled: !!plan && !!account && debounced === key,
    retry: false,
    staleTime: 30_000,
    queryFn: async () => {
      const kit = await kitFor(account!, network);
      return kit.estimateFee(account!.address, plan!.messages, plan!.memo ?? "");
    },
  });
}

/** The simulated fee in the fee token's base units, or null before the simulation answered. */
export const feeAmount = (estimate: { fee: StdFee } | undefined): bigint | null => (estimate ? BigInt(estimate.fee.amount[0].amount) : null);
