"use client";

import { Panel } from "@/components/ui/panel";
import { usd } from "@/components/dex/format";
import { countdown, dateText } from "@/components/stake/format";
import type { Valuer } from "@/lib/portfolio/holdings";
import type { AssetNames } from "@/lib/portfolio/csv";
import type { PendingRow } from "@/lib/portfolio/pending";
import { coinText } from "./names";

/** Every pending unbonding (XPRT, multi-chain, LP) with when it arrives, on chain time. */
export function PendingSection({ rows, now, names, valuer }: { rows: PendingRow[]; now: number | undefined; names: AssetNames; valuer: Valuer }) {
  return (
    <Panel id="pending" title="Pending unbondings">
      <p className="text-xs text-slate-400">Counted in the total. LP unbonding is part of its LP position above.</p>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-400">Nothing is unbonding.</p>
      ) : (
        <table className="mt-2 w-full text-sm" data-testid="pending">
          <thead className="text-left text-xs text-slate-400">
            <tr>
              <th className="py-1 font-normal">Kind</th>
              <th className="py-1 font-normal">Amount</th>
              <th className="py-1 font-normal">State</th>
              <th className="py-1 text-right font-normal">Arrives</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} className="border-t border-white/5" data-kind={r.kind}>
                <td className="py-1.5 text-white">{r.kind}</td>
                <td className="py-1.5 font-mono text-white">
                  {coinText(names, r.denom, r.amount)}
                  {!r.kind.startsWith("LP") && <span className="block font-sans text-xs text-slate-400">{usd(valuer.usd(r.denom, r.amount))}</span>}
                </td>
                <td className="py-1.5 text-slate-300">
                  {r.state}
                  {r.action && <span className="block text-xs text-slate-400">{r.action}</span>}
                </td>
                <td className="py-1.5 text-right text-slate-300">
                  {r.eta === null ? (
                    "—"
                  ) : (
                    <>
                      {r.etaTo ? `${dateText(r.eta)} – ${dateText(r.etaTo)}` : dateText(r.eta)}
                      {now !== undefined && <span className="block text-xs text-slate-400">in {countdown(r.eta - now)}</span>}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}
