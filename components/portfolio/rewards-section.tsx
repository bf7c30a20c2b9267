"use client";

import { usd } from "@/components/ui/format";
import { useTranslations } from "use-intl";
import { Panel } from "@/components/ui/panel";
import type { AssetNames } from "@/lib/portfolio/csv";
import type { Valuer } from "@/lib/portfolio/holdings";
import type { AssetRewards } from "@/lib/portfolio/rewards";
import { useTimeText } from "@/components/ui/use-texts";
import { coinText } from "./names";
import { TableScroll } from "@/components/ui/table-scroll";

export interface RewardsView {
  assets: { rewards: AssetRewards; underlying: string }[];
  truncated: boolean;
}

/** Rewards earned per stkASSET (value growth from the exchange rate since each token arrived), and in total. */
export function RewardsSection({ view, valuer, names, onExport }: { view: RewardsView; valuer: Valuer; names: AssetNames; onExport: () => void }) {
  const usdOf = (a: RewardsView["assets"][number]) => valuer.usd(a.underlying, a.rewards.total);
  const total = view.assets.reduce((s, a) => s + (usdOf(a) ?? 0), 0);
  const t = useTranslations();
  const time = useTimeText();
  return (
    <Panel
      id="rewards"
      title={t("portfolio.rewards.title")}
      actions={
        <div className="flex items-center gap-3 text-sm text-slate-300">
          <span>
            {t("portfolio.rewards.total")}{" "}
            <span className="font-mono text-white" data-testid="rewards-total">
              {usd(total)}
            </span>
          </span>
          <button
            type="button"
            onClick={onExport}
            disabled={!view.assets.length}
            className="rounded-md border border-white/15 px-2 py-1 text-xs hover:bg-white/5 disabled:opacity-40"
          >
            {t("portfolio.rewards.export")}
          </button>
        </div>
      }
    >
      {view.assets.length === 0 ? (
        <p className="mt-2 text-sm text-slate-400">{t("portfolio.rewards.none")}</p>
      ) : (
        <TableScroll label={t("portfolio.rewards.title")} className="mt-2">
          <table className="w-full min-w-[36rem] text-sm" data-testid="rewards">
            <thead className="text-left text-xs text-slate-400">
              <tr>
                <th className="py-1 font-normal">{t("portfolio.rewards.asset")}</th>
                <th className="py-1 font-normal">{t("portfolio.rewards.costBasis")}</th>
                <th className="py-1 font-normal">{t("portfolio.rewards.valueNow")}</th>
                <th className="py-1 text-right font-normal">{t("portfolio.rewards.realised")}</th>
                <th className="py-1 text-right font-normal">{t("portfolio.rewards.unrealised")}</th>
                <th className="py-1 text-right font-normal">{t("portfolio.rewards.totalReward")}</th>
              </tr>
            </thead>
            <tbody>
              {view.assets.map((a) => {
                const r = a.rewards;
                const u = a.underlying;
                return (
                  <tr key={r.denom} className="border-t border-white/5" data-denom={r.denom}>
                    <td className="py-1.5 text-white">
                      {names.symbol(r.denom)}
                      <span className="block text-xs text-slate-400">{t("portfolio.rewards.held", { amount: coinText(names, r.denom, r.held) })}</span>
                    </td>
                    <td className="py-1.5 font-mono text-slate-300">{coinText(names, u, r.costBasis)}</td>
                    <td className="py-1.5 font-mono text-slate-300">{coinText(names, u, r.valueNow)}</td>
                    <td className="py-1.5 text-right font-mono text-slate-300">{coinText(names, u, r.realized)}</td>
                    <td className="py-1.5 text-right font-mono text-slate-300">{coinText(names, u, r.unrealized)}</td>
                    <td className="py-1.5 text-right font-mono text-emerald-300" data-testid="reward-total">
                      {coinText(names, u, r.total)}
                      <span className="block text-xs text-slate-400">{usd(usdOf(a))}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <ul className="mt-2 space-y-1 text-xs text-amber-300">
        {view.truncated && <li>{t("portfolio.rewards.truncated")}</li>}
        {view.assets
          .filter((a) => a.rewards.opening > 0n)
          .map((a) => (
            <li key={`o-${a.rewards.denom}`}>
              {t("portfolio.rewards.opening", {
                amount: coinText(names, a.rewards.denom, a.rewards.opening),
                from: a.rewards.rows[0]?.time ? time.date(a.rewards.rows[0].time) : t("portfolio.rewards.block", { height: a.rewards.rows[0]?.height ?? "?" }),
              })}
            </li>
          ))}
        {view.assets
          .filter((a) => a.rewards.unpriced > 0)
          .map((a) => (
            <li key={`u-${a.rewards.denom}`}>{t("portfolio.rewards.unpriced", { count: a.rewards.unpriced, symbol: names.symbol(a.rewards.denom) })}</li>
          ))}
      </ul>
      <details className="mt-2 text-xs text-slate-400">
        <summary className="cursor-pointer text-slate-300">{t("portfolio.rewards.how")}</summary>
        <p className="mt-1 max-w-prose">{t("portfolio.rewards.howText")}</p>
      </details>
    </Panel>
  );
}
