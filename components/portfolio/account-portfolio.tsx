"use client";

import { useMemo } from "react";
import { useTranslations } from "use-intl";
import { useBalances } from "@/hooks/use-balances";
import { useChainNow } from "@/hooks/use-chain-time";
import { usePools } from "@/hooks/use-dex";
import { useNetwork } from "@/hooks/use-network";
import { useHistory, useHoldings, usePendingRows, useRewards } from "@/hooks/use-portfolio";
import { usePriceBook, useValuer } from "@/hooks/use-valuer";
import { describeTx } from "@/lib/portfolio/activity";
import { pendingCoins } from "@/lib/portfolio/pending";
import { ActivitySection } from "./activity-section";
import { ChartsSection } from "./charts-section";
import { downloadText } from "./download";
import { HoldingsSection } from "./holdings-section";
import { assetNames } from "./names";
import { PendingSection } from "./pending-section";
import { RewardsSection } from "./rewards-section";
import { Loading } from "@/components/ui/loading";
import { useErrorText } from "@/components/ui/use-texts";

/** The connected account's portfolio: holdings, pending unbondings, rewards, charts, activity. */
export function AccountPortfolio({ address }: { address: string }) {
  const { network } = useNetwork();
  const pools = usePools().data;
  const names = useMemo(() => assetNames(network, pools), [network, pools]);
  const prices = usePriceBook();
  const history = useHistory(address);
  const rewards = useRewards(address);
  const now = useChainNow();
  const t = useTranslations();
  const errorText = useErrorText();

  const balances = useBalances(address).data;
  const heldStk = useMemo(
    () =>
      new Set(
        [...(balances ?? []).map((b) => b.denom), ...(history.data?.txs ?? []).flatMap((t) => [...t.changes.keys()])].filter((d) => d.startsWith("stk/")),
      ),
    [balances, history.data],
  );
  const activities = useMemo(() => (history.data?.txs ?? []).map((t) => describeTx(t, address)), [history.data, address]);
  const pending = usePendingRows(address);
  const valuer = useValuer();
  const holdings = useHoldings(address, pendingCoins(pending), valuer);

  const exportActivity = async () => {
    const { activityCsv } = await import("@/lib/portfolio/csv");
    downloadText(`activity-${address.slice(0, 16)}.csv`, activityCsv(activities, names));
  };
  const exportRewards = async () => {
    if (!rewards.data) return;
    const { rewardsCsv } = await import("@/lib/portfolio/csv");
    downloadText(`rewards-${address.slice(0, 16)}.csv`, rewardsCsv(rewards.data, names, now ?? Date.now()));
  };

  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold text-white">{t("portfolio.title")}</h1>
      {holdings.error ? (
        <p role="alert" className="rounded-lg bg-red-500/10 px-4 py-3 text-sm text-red-200">
          {t("portfolio.holdingsError", { error: errorText(holdings.error).slice(0, 160) })}
        </p>
      ) : holdings.data ? (
        <HoldingsSection holdings={holdings.data} prices={prices} names={names} />
      ) : (
        <Loading text={t("portfolio.readingHoldings")} />
      )}
      <PendingSection rows={pending} now={now} names={names} valuer={valuer} />
      {rewards.error ? (
        <p role="alert" className="text-sm text-rose-300">
          {t("portfolio.rewardsError", { error: errorText(rewards.error).slice(0, 160) })}
        </p>
      ) : rewards.data && history.data ? (
        <RewardsSection view={{ assets: rewards.data, truncated: history.data.truncated }} valuer={valuer} names={names} onExport={exportRewards} />
      ) : (
        <Loading text={t("portfolio.readingRewards")} />
      )}
      <ChartsSection address={address} names={names} held={heldStk} />
      {history.error ? (
        <p role="alert" className="text-sm text-rose-300">
          {t("portfolio.historyError", { error: errorText(history.error).slice(0, 160) })}
        </p>
      ) : history.data ? (
        <ActivitySection activities={activities} names={names} onExport={exportActivity} />
      ) : (
        <Loading text={t("portfolio.readingTxs")} />
      )}
    </div>
  );
}
