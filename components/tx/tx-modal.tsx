"use client";

import dynamic from "next/dynamic";
import { useEffect } from "react";
import { useTxStore } from "@/hooks/use-tx";
import { useWalletStore } from "@/hooks/use-wallet";

// The dialog, its outcome reading and its formatting load only for someone who can sign: fetched as soon as a
// wallet connects (so it is there when the first transaction starts), never on a first visit without a wallet.
const loadView = () => import("./tx-modal-view").then((m) => m.TxModalView);
const TxModalView = dynamic(loadView, { ssr: false });

export function TxModal() {
  const open = useTxStore((s) => Boolean(s.stage && s.request && s.network));
  const connected = useWalletStore((s) => Boolean(s.account));
  useEffect(() => {
    if (connected) void loadView();
  }, [connected]);
  return open ? <TxModalView /> : null;
}
