"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { useMenu } from "@/hooks/use-menu";
import { useNetwork } from "@/hooks/use-network";
import { useAccount, useWalletStore } from "@/hooks/use-wallet";
import { INJECTED_KINDS, hasMetaMask, isInstalled } from "@/lib/wallet/injected";
import { WALLET_LABELS, type WalletKind } from "@/lib/wallet/types";
import { walletConnectConfigured } from "@/lib/wallet/walletconnect-config";
import { useWalletConnectPairing } from "@/hooks/use-walletconnect-pairing";

// the pairing dialog (and its QR code library) loads when a WalletConnect pairing starts
const WalletConnectDialog = dynamic(() => import("./walletconnect-dialog").then((m) => m.WalletConnectDialog), { ssr: false });

export function shortAddress(address: string): string {
  return `${address.slice(0, 14)}…${address.slice(-6)}`;
}

export function WalletButton() {
  const { network } = useNetwork();
  const account = useAccount(network);
  const status = useWalletStore((s) => s.status);
  const connect = useWalletStore((s) => s.connect);
  const disconnect = useWalletStore((s) => s.disconnect);
  const [installed, setInstalled] = useState<Partial<Record<WalletKind, boolean>>>({});
  const { open, setOpen, ref } = useMenu<HTMLDivElement>();
  const t = useTranslations();
  const pairing = useWalletConnectPairing((s) => s.uri !== null);

  const kinds: WalletKind[] = [
    ...INJECTED_KINDS,
    "snap",
    ...(walletConnectConfigured() ? (["walletconnect"] as const) : []),
    ...(network.isDevnet ? (["demo"] as const) : []),
  ];
  const pick = (kind: WalletKind) => {
    setOpen(false);
    void connect(kind, network);
  };

  return (
    <div className="relative" ref={ref}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => {
          setInstalled({ ...Object.fromEntries(INJECTED_KINDS.map((k) => [k, isInstalled(k)])), snap: hasMetaMask() });
          setOpen((o) => !o);
        }}
        className="btn-primary px-3 py-1.5 whitespace-nowrap"
        disabled={status === "connecting"}
      >
        {status === "connecting" ? t("wallet.connecting") : account ? shortAddress(account.address) : t("wallet.connect")}
      </button>
      {pairing && <WalletConnectDialog />}
      {open && (
        <div role="menu" className="absolute right-0 z-20 mt-2 w-60 rounded-lg border border-white/10 bg-slate-900 p-1 shadow-xl">
          {account ? (
            <>
              <p className="px-3 py-2 text-xs text-slate-400">
                {WALLET_LABELS[account.kind]} · {account.name}
              </p>
              <button
                role="menuitem"
                type="button"
                onClick={() => (setOpen(false), disconnect())}
                className="w-full rounded px-3 py-2 text-left text-sm hover:bg-white/10"
              >
                {t("wallet.disconnect")}
              </button>
            </>
          ) : (
            <>
              {kinds.map((kind) => (
                <button
                  key={kind}
                  role="menuitem"
                  type="button"
                  onClick={() => pick(kind)}
                  className="flex w-full items-center justify-between rounded px-3 py-2 text-left text-sm hover:bg-white/10"
                >
                  <span>{WALLET_LABELS[kind]}</span>
                  <span className="text-xs text-slate-400">
                    {kind === "demo" ? t("wallet.demoHint") : kind === "walletconnect" ? t("wallet.wcHint") : installed[kind] ? "" : t("wallet.notInstalled")}
                  </span>
                </button>
              ))}
              <p className="border-t border-white/10 px-3 py-2 text-xs text-slate-400" data-testid="leap-gone">
                {t("wallet.leapGone")}
              </p>
            </>
          )}
        </div>
      )}
    </div>
  );
}
