"use client";

import { useTranslations } from "use-intl";
import { useNetwork } from "@/hooks/use-network";
import { useWalletStore } from "@/hooks/use-wallet";
import type { WalletAccount } from "@/lib/wallet/types";
import { WALLET_LABELS } from "@/lib/wallet/types";
import { CopyButton } from "@/components/ui/copy-button";

export function WalletPanel({ account }: { account: WalletAccount }) {
  const { network } = useNetwork();
  const disconnect = useWalletStore((s) => s.disconnect);
  const t = useTranslations();
  // the demo account is named by the app, so in the page's language; a wallet's own key name is the user's
  const label = account.kind === "demo" ? t("walletPanel.demoAccount") : WALLET_LABELS[account.kind];
  return (
    <section aria-label={t("walletPanel.label")} className="card p-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-xs uppercase tracking-wide text-slate-400">
            {label}
            {account.kind !== "demo" && account.name !== WALLET_LABELS[account.kind] && ` · ${account.name}`}
            {account.isLedger && " · Ledger"}
          </p>
          <p className="mt-1 flex items-center gap-2 break-all font-mono text-sm text-white" data-testid="account-address">
            {account.address}
            <CopyButton text={account.address} />
          </p>
          <p className="mt-1 text-xs text-slate-400">{t("walletPanel.chain", { network: network.name, chainId: network.chainId })}</p>
        </div>
        <button type="button" onClick={disconnect} className="rounded-md border border-white/15 px-3 py-1.5 text-sm text-slate-200 hover:bg-white/10">
          {t("wallet.disconnect")}
        </button>
      </div>
      {account.kind === "demo" && <p className="mt-3 rounded-md bg-amber-500/10 px-3 py-2 text-xs text-amber-200">{t("walletPanel.demoWarning")}</p>}
    </section>
  );
}
