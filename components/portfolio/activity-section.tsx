"use client";

import { useTranslations } from "use-intl";
import { Panel } from "@/components/ui/panel";
import { useState } from "react";
import { useTimeText } from "@/components/ui/use-texts";
import { useNetwork } from "@/hooks/use-network";
import { explorerTxLink } from "@/lib/chain/networks";
import { type Activity, KIND_KEYS } from "@/lib/portfolio/activity";
import type { AssetNames } from "@/lib/portfolio/csv";
import { coinText } from "./names";
import { TableScroll } from "@/components/ui/table-scroll";

const PAGE = 15;

/** The tx's page on the explorer; on the devnet, the node's own JSON for it. */
function txLink(network: ReturnType<typeof useNetwork>["network"], hash: string): string | undefined {
  return explorerTxLink(network, hash) ?? (network.isDevnet ? `${network.rpc[0]}/tx?hash=0x${hash}` : undefined);
}

/** The account's transactions in words, newest first, a page at a time. */
export function ActivitySection({ activities, names, onExport }: { activities: Activity[]; names: AssetNames; onExport: () => void }) {
  const { network } = useNetwork();
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(activities.length / PAGE));
  const current = Math.min(page, pages - 1);
  const shown = activities.slice(current * PAGE, current * PAGE + PAGE);
  const t = useTranslations();
  const time = useTimeText();
  return (
    <Panel
      id="activity"
      title={t("portfolio.activity.title")}
      actions={
        <button
          type="button"
          onClick={onExport}
          disabled={!activities.length}
          className="rounded-md border border-white/15 px-2 py-1 text-xs text-slate-300 hover:bg-white/5 disabled:opacity-40"
        >
          {t("portfolio.activity.export")}
        </button>
      }
    >
      {activities.length === 0 ? (
        <p className="mt-2 text-sm text-slate-400">{t("portfolio.activity.none")}</p>
      ) : (
        <>
          <TableScroll label={t("portfolio.activity.title")} className="mt-2">
            <table className="w-full min-w-[36rem] text-sm" data-testid="activity">
              <thead className="text-left text-xs text-slate-400">
                <tr>
                  <th className="py-1 font-normal">{t("portfolio.activity.when")}</th>
                  <th className="py-1 font-normal">{t("portfolio.activity.what")}</th>
                  <th className="py-1 font-normal">{t("portfolio.activity.amounts")}</th>
                  <th className="py-1 text-right font-normal">{t("portfolio.activity.status")}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((a) => {
                  const link = txLink(network, a.tx.hash);
                  return (
                    <tr key={a.tx.hash} className="border-t border-white/5 align-top" data-kind={a.kinds.join(",")}>
                      <td className="py-1.5 text-slate-300">{a.tx.time ? time.date(a.tx.time) : t("portfolio.activity.block", { height: a.tx.height })}</td>
                      <td className="py-1.5 text-white">
                        {a.kinds.map((k) => t(KIND_KEYS[k])).join(" + ")}
                        {a.poolId && <span className="text-slate-400"> · {t("portfolio.activity.pool", { id: a.poolId })}</span>}
                      </td>
                      <td className="py-1.5 font-mono text-xs">
                        {a.sent.map((c) => (
                          <span key={`s-${c.denom}`} className="block text-rose-300">
                            −{coinText(names, c.denom, c.amount)}
                          </span>
                        ))}
                        {a.received.map((c) => (
                          <span key={`r-${c.denom}`} className="block text-emerald-300">
                            +{coinText(names, c.denom, c.amount)}
                          </span>
                        ))}
                        {[...a.tx.fee].map(([denom, amount]) => (
                          <span key={`f-${denom}`} className="block text-slate-400">
                            {t("portfolio.activity.fee", { amount: coinText(names, denom, amount) })}
                          </span>
                        ))}
                      </td>
                      <td className="py-1.5 text-right">
                        <span className={a.ok ? "text-emerald-300" : "text-rose-300"} title={a.ok ? undefined : a.tx.log}>
                          {a.ok ? t("portfolio.activity.success") : t("portfolio.activity.failed")}
                        </span>
                        {link && (
                          <a href={link} target="_blank" rel="noreferrer" className="block font-mono text-xs text-slate-400 underline hover:text-white">
                            {a.tx.hash.slice(0, 8)}…
                          </a>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
          <nav aria-label={t("portfolio.activity.pages")} className="mt-2 flex items-center justify-end gap-2 text-xs text-slate-300">
            <button
              type="button"
              onClick={() => setPage(current - 1)}
              disabled={current === 0}
              className="rounded-md border border-white/15 px-2 py-1 disabled:opacity-40"
            >
              {t("portfolio.activity.newer")}
            </button>
            <span>{t("portfolio.activity.pageOf", { page: current + 1, pages, count: activities.length })}</span>
            <button
              type="button"
              onClick={() => setPage(current + 1)}
              disabled={current >= pages - 1}
              className="rounded-md border border-white/15 px-2 py-1 disabled:opacity-40"
            >
              {t("portfolio.activity.older")}
            </button>
          </nav>
        </>
      )}
    </Panel>
  );
}
