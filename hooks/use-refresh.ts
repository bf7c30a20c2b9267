"use client";

import { useQueryClient } from "@tanstack/react-query";
import { type TxKind, refreshedBy } from "@/lib/query-keys";

/** Refetches what a transaction of `kind` changed on a network (the table is lib/query-keys' REFRESHED_BY). */
export function useRefreshAfter(kind: TxKind): (networkId: string) => void {
  const queryClient = useQueryClient();
  return (networkId) => {
    for (const queryKey of refreshedBy(kind, networkId)) void queryClient.invalidateQueries({ queryKey });
  };
}
