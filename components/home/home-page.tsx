"use client";

import { useTranslations } from "use-intl";
import { useNetwork } from "@/hooks/use-network";
import { useAccount } from "@/hooks/use-wallet";
import { CapabilityList } from "./capability-list";
import { BalancesList } from "@/components/wallet/balances-list";
import { DemoButton } from "@/components/wallet/demo-button";
import { SendForm } from "@/components/wallet/send-form";
import { WalletPanel } from "@/components/wallet/wallet-panel";

export function Home() {
  const { network } = useNetwork();
  const account = useAccount(network);
  const t = useTranslations();

  return (
    <div className="grid gap-4">
      {account ? (
        // Keyed by account and network: switching either remounts every form, empty.
        <div key={`${network.id}:${account.address}`} className="grid gap-4 md:grid-cols-[1fr_22rem]">
          <div className="grid content-start gap-4">
            <WalletPanel account={account} />
            <BalancesList address={account.address} />
          </div>
          <div className="grid content-start gap-4">
            <SendForm account={account} />
            <CapabilityList />
          </div>
        </div>
      ) : (
        <div className="grid gap-4 md:grid-cols-[1fr_22rem]">
          <section className="rounded-xl border border-white/10 bg-slate-900/60 p-6">
            <h1 className="text-2xl font-semibold text-white">{t("home.title")}</h1>
            <p className="mt-2 max-w-prose text-slate-300">{t("home.intro")}</p>
            <DemoButton className="mt-4" />
          </section>
          <CapabilityList />
        </div>
      )}
    </div>
  );
}
