"use client";

import { useTranslations } from "use-intl";
import { useConnect, useConnection, useConnectors, useDisconnect } from "wagmi";
import { useMenu } from "@/hooks/use-menu";
import { toEvmTxError } from "@/lib/evm/errors";
import { DEMO_EVM_NAME } from "@/lib/evm/demo-ids";
import { evmNetworkByChainId } from "@/lib/evm/networks";
import { useSentence } from "@/components/ui/use-texts";
import type { DemoEvmWallet } from "./use-demo-evm-wallet";

/**
 * The BNB page's EVM wallet: its own connection beside the Cosmos one (connect, disconnect, which chain).
 * `initiallyOpen`: the first view's Connect button was pressed before this loaded, so the choice opens at once.
 */
export function EvmWalletMenu({ demo, initiallyOpen = false }: { demo: DemoEvmWallet; initiallyOpen?: boolean }) {
  const connection = useConnection();
  const connectors = useConnectors();
  const { connect, isPending, error, reset } = useConnect();
  const { disconnect } = useDisconnect();
  const { open, setOpen, ref } = useMenu<HTMLDivElement>(initiallyOpen);

  // EIP-6963 wallets by name; the generic window.ethereum entry only when nothing announced itself
  // (a wallet can be listed twice when it announces itself again: one entry per id)
  // (the demo account has its own entry below, on the local chain only)
  const announced = connectors.filter(
    (c, i) => c.type === "injected" && c.id !== "injected" && !demo.isDemo(c.id) && connectors.findIndex((d) => d.id === c.id) === i,
  );
  const generic = connectors.find((c) => c.id === "injected");
  const choices = announced.length ? announced : generic && typeof window !== "undefined" && "ethereum" in window ? [generic] : [];
  const chain = evmNetworkByChainId(connection.chainId);
  const address = connection.address;
  const t = useTranslations();
  const say = useSentence();
  const connectError = error && toEvmTxError(error);

  return (
    <div className="relative" ref={ref}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => (reset(), setOpen((o) => !o))}
        className="rounded-md border border-amber-400/40 px-3 py-1.5 text-sm font-medium text-amber-200 hover:bg-amber-400/10 disabled:opacity-60"
        disabled={isPending || demo.pending}
        data-testid="evm-wallet-button"
      >
        {isPending || demo.pending ? t("wallet.connecting") : address ? `${address.slice(0, 6)}…${address.slice(-4)}` : t("bnb.wallet.connect")}
      </button>
      {open && (
        <div role="menu" className="absolute right-0 z-20 mt-2 w-64 rounded-lg border border-white/10 bg-slate-900 p-1 shadow-xl">
          {address ? (
            <>
              <p className="px-3 py-2 text-xs text-slate-400">
                {connection.connector?.name} · {chain ? chain.name : t("bnb.wallet.otherChain", { id: connection.chainId ?? "?" })}
                <span className="mt-1 block break-all font-mono text-slate-300">{address}</span>
              </p>
              <button
                role="menuitem"
                type="button"
                onClick={() => (setOpen(false), disconnect())}
                className="w-full rounded px-3 py-2 text-left text-sm hover:bg-white/10"
              >
                {t("bnb.wallet.disconnect")}
              </button>
            </>
          ) : choices.length || demo.available ? (
            <>
              {demo.available && (
                <button
                  role="menuitem"
                  type="button"
                  onClick={() => (setOpen(false), void demo.start())}
                  className="flex w-full items-center justify-between gap-2 rounded px-3 py-2 text-left text-sm hover:bg-white/10"
                >
                  <span>{DEMO_EVM_NAME}</span>
                  <span className="text-xs text-slate-400">{t("wallet.demoHint")}</span>
                </button>
              )}
              {choices.map((c) => (
                <button
                  key={c.uid}
                  role="menuitem"
                  type="button"
                  onClick={() => (setOpen(false), connect({ connector: c }))}
                  className="flex w-full items-center gap-2 rounded px-3 py-2 text-left text-sm hover:bg-white/10"
                >
                  {/* eslint-disable-next-line @next/next/no-img-element -- a wallet's own data: URI icon (EIP-6963) */}
                  {c.icon && <img src={c.icon} alt="" className="h-4 w-4" />}
                  {c.id === "injected" ? t("bnb.wallet.browserWallet") : c.name}
                </button>
              ))}
            </>
          ) : (
            <p className="px-3 py-2 text-sm text-slate-300">{t("bnb.wallet.none")}</p>
          )}
        </div>
      )}
      {connectError && !open && (
        <p role="alert" className="absolute right-0 z-20 mt-2 w-64 rounded-md bg-red-500/10 px-3 py-2 text-xs text-red-200">
          {connectError.kind === "rejected" ? t("bnb.wallet.rejected") : say(connectError.text)}
        </p>
      )}
    </div>
  );
}
