"use client";

import { usd } from "@/components/ui/format";
import { useTranslations } from "use-intl";
import { Panel } from "@/components/ui/panel";
import { useSentence, useTimeText } from "@/components/ui/use-texts";
import type { Valuer } from "@/lib/portfolio/holdings";
import type { AssetNames } from "@/lib/portfolio/csv";
import type { PendingRow } from "@/lib/portfolio/pending";
import { coinText } from "./names";
import { TableScroll } from "@/components/ui/table-scroll";

const KIND = {
  unstake: "portfolio.pending.kinds.unstake",
  "multi-chain unstake": "portfolio.pending.kinds.multi",
  "LP unbonding": "portfolio.pending.kinds.lpUnbonding",
  "LP unlocked": "portfolio.pending.kinds.lpUnlocked",
} as const;

/** Every pending unbonding (XPRT, multi-chain, LP) with when it arrives, on chain time. */
export function PendingSection({ rows, now, names, valuer }: { rows: PendingRow[]; now: number | undefined; names: AssetNames; valuer: Valuer }) {
  const t = useTranslations();
  const say = useSentence();
  const time = useTimeText();
  return (
    <Panel id="pending" title={t("unbondings.title")}>
      <p className="text-xs text-slate-400">{t("portfolio.pending.intro")}</p>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-400">{t("unbondings.none")}</p>
      ) : (
        <TableScroll label={t("unbondings.title")} className="mt-2">
          <table className="w-full text-sm" data-testid="pending">
            <thead className="text-left text-xs text-slate-400">
              <tr>
                <th className="py-1 font-normal">{t("portfolio.pending.kind")}</th>
                <th className="py-1 font-normal">{t("portfolio.pending.amount")}</th>
                <th className="py-1 font-normal">{t("portfolio.pending.state")}</th>
                <th className="py-1 text-right font-normal">{t("portfolio.pending.arrives")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key} className="border-t border-white/5" data-kind={r.kind}>
                  <td className="py-1.5 text-white">{t(KIND[r.kind])}</td>
                  <td className="py-1.5 font-mono text-white">
                    {coinText(names, r.denom, r.amount)}
                    {!r.kind.startsWith("LP") && <span className="block font-sans text-xs text-slate-400">{usd(valuer.usd(r.denom, r.amount))}</span>}
                  </td>
                  <td className="py-1.5 text-slate-300">
                    {say(r.state)}
                    {r.action && <span className="block text-xs text-slate-400">{say(r.action)}</span>}
                  </td>
                  <td className="py-1.5 text-right text-slate-300">
                    {r.eta === null ? (
                      "—"
                    ) : (
                      <>
                        {r.etaTo ? `${time.date(r.eta)} – ${time.date(r.etaTo)}` : time.date(r.eta)}
                        {now !== undefined && <span className="block text-xs text-slate-400">{t("unbondings.in", { time: time.countdown(r.eta - now) })}</span>}
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Panel>
  );
}
