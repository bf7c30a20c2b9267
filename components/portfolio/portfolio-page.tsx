"use client";

import { useTranslations } from "use-intl";
import dynamic from "next/dynamic";
import type { ReactNode } from "react";
import { useNetwork } from "@/hooks/use-network";
import { useAccount } from "@/hooks/use-wallet";
import { DemoButton } from "@/components/wallet/demo-button";
import { Loading } from "@/components/ui/loading";

// The account's portfolio (its reads, sections and charts) loads once a wallet is connected: a first visit
// downloads only the prompt.
const AccountPortfolio = dynamic(() => import("./account-portfolio").then((m) => m.AccountPortfolio), { ssr: false, loading: () => <PageLoading /> });

function PageLoading() {
  const t = useTranslations();
  return <Loading text={t("portfolio.loading")} />;
}

/**
 * Everything the account holds, what it earned, what is on its way back, and what it did. `evmHolding` is the
 * stkBNB entry of the EVM side, passed in by the route (the portfolio knows no other feature).
 */
export function PortfolioPage({ evmHolding }: { evmHolding?: ReactNode }) {
  return (
    <div className="grid gap-4">
      <CosmosPortfolio />
      {evmHolding}
    </div>
  );
}

function CosmosPortfolio() {
  const { network } = useNetwork();
  const account = useAccount(network);
  const t = useTranslations();
  if (!account) {
    return (
      <section className="card p-6">
        <h1 className="text-2xl font-semibold text-white">{t("portfolio.title")}</h1>
        <p className="mt-2 max-w-prose text-slate-300">{t("portfolio.connect")}</p>
        <DemoButton className="mt-4" />
      </section>
    );
  }
  // keyed: another account or network starts from empty state
  return <AccountPortfolio key={`${network.id}:${account.address}`} address={account.address} />;
}
