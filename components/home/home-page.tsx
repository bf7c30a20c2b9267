"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";
import { useNetwork } from "@/hooks/use-network";
import { useAccount } from "@/hooks/use-wallet";
import dynamic from "next/dynamic";
import { CapabilityList } from "./capability-list";
import { HowItWorks } from "./how-it-works";
import { ProtocolStats } from "./protocol-stats";
import { DemoButton } from "@/components/wallet/demo-button";
import { Loading } from "@/components/ui/loading";

// The account's part of the page (overview, wallet, balances, send) loads once a wallet is connected: a first
// visit downloads what it shows, the way in and the protocol.
const AccountHome = dynamic(() => import("./account-home").then((m) => m.AccountHome), { ssr: false, loading: () => <AccountLoading /> });

function AccountLoading() {
  const t = useTranslations();
  return <Loading text={t("home.account.loading")} rows={3} className="card p-5" />;
}

/**
 * The home page. Signed out: what liquid staking is and the way in, stkXPRT's figures, what the chain runs.
 * Signed in: the account at a glance with its next step, the wallet (balances, send), then the protocol.
 */
export function Home() {
  const { network } = useNetwork();
  const account = useAccount(network);
  const t = useTranslations();

  const protocol = (
    <div className="grid gap-4 md:grid-cols-2">
      <ProtocolStats />
      <CapabilityList />
    </div>
  );

  if (account) {
    return (
      // Keyed by account and network: switching either remounts every form, empty.
      <div key={`${network.id}:${account.address}`} className="grid gap-4">
        <AccountHome account={account} />
        {protocol}
      </div>
    );
  }

  return (
    <div className="grid gap-4">
      <section className="rounded-xl border border-white/10 bg-gradient-to-br from-rose-500/10 via-slate-900/60 to-slate-900/60 p-6">
        <h1 className="text-2xl font-semibold text-white sm:text-3xl">{t("home.title")}</h1>
        <p className="mt-2 max-w-prose text-slate-300">{t("home.intro")}</p>
        <HowItWorks />
        <div className="mt-5 flex flex-wrap gap-3">
          <Link href="/stake" prefetch={false} className="btn-primary">
            {t("home.stakeCta")}
          </Link>
          <DemoButton secondary />
        </div>
      </section>
      {protocol}
    </div>
  );
}
