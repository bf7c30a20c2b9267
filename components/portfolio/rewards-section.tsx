"use client";

import { Panel } from "@/components/ui/panel";
import { usd } from "@/components/dex/format";
import type { AssetNames } from "@/lib/portfolio/csv";
import type { Valuer } from "@/lib/portfolio/holdings";
import type { AssetRewards } from "@/lib/portfolio/rewards";
import { dateText } from "@/components/stake/format";
import { coinText } from "./names";

export interface RewardsView {
  assets: { rewards: AssetRewards; underlying: string }[];
  truncated: boolean;
}

/** Rewards earned per stkASSET (value growth from the exchange rate since each token arrived), and in total. */
export function RewardsSection({ view, valuer, names, onExport }: { view: RewardsView; valuer: Valuer; names: AssetNames; onExport: () => void }) {
  const usdOf = (a: RewardsView["assets"][number]) => valuer.usd(a.underlying, a.rewards.total);
  const total = view.assets.reduce((s, a) => s + (usdOf(a) ?? 0), 0);
  return (
    <Panel
      id="rewards"
      title="Rewards earned"
      actions={
        <div className="flex items-center gap-3 text-sm text-slate-300">
          <span>
            Total{" "}
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
            Export rewards CSV
          </button>
        </div>
      }
    >
      {view.assets.length === 0 ? (
        <p className="mt-2 text-sm text-slate-400">No stkASSET in this account&apos;s history yet: stake to start earning.</p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-[36rem] text-sm" data-testid="rewards">
            <thead className="text-left text-xs text-slate-400">
              <tr>
                <th className="py-1 font-normal">Asset</th>
                <th className="py-1 font-normal">Cost basis (held)</th>
                <th className="py-1 font-normal">Value now</th>
                <th className="py-1 text-right font-normal">Realised</th>
                <th className="py-1 text-right font-normal">Unrealised</th>
                <th className="py-1 text-right font-normal">Total reward</th>
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
                      <span className="block text-xs text-slate-400">{coinText(names, r.denom, r.held)} held</span>
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
        </div>
      )}
      <ul className="mt-2 space-y-1 text-xs text-amber-300">
        {view.truncated && <li>The account has more transactions than the 1,000 newest read per kind: older ones are not counted.</li>}
        {view.assets
          .filter((a) => a.rewards.opening > 0n)
          .map((a) => (
            <li key={`o-${a.rewards.denom}`}>
              {coinText(names, a.rewards.denom, a.rewards.opening)} arrived before the history this node keeps: counted from{" "}
              {a.rewards.rows[0]?.time ? dateText(a.rewards.rows[0].time) : `block ${a.rewards.rows[0]?.height}`}, at that block&apos;s rate.
            </li>
          ))}
        {view.assets
          .filter((a) => a.rewards.unpriced > 0)
          .map((a) => (
            <li key={`u-${a.rewards.denom}`}>
              {a.rewards.unpriced} {names.symbol(a.rewards.denom)} movements are in blocks whose state this node no longer serves: they count no reward.
            </li>
          ))}
      </ul>
      <details className="mt-2 text-xs text-slate-400">
        <summary className="cursor-pointer text-slate-300">How rewards are counted</summary>
        <p className="mt-1 max-w-prose">
          An stkASSET earns by its exchange rate: the number of tokens stays, each becomes worth more of the underlying token. From this account&apos;s
          transactions (stakes, unstakes, redeems, transfers, swaps, pool joins and exits), every arrival of an stkASSET is valued at the exchange rate of its
          block: that is its cost basis. Departures use the oldest tokens first (FIFO) and realise the difference between their value when they left and their
          basis. What is still held is unrealised: its value at today&apos;s rate less its basis. Amounts are in the underlying token, exact to the base unit;
          the USD figure uses today&apos;s price. Fees and swap prices are not rewards: a token bought on the DEX starts at the exchange rate of its block,
          whatever it cost. stkASSETs put into a pool leave the wallet at that block&apos;s rate.
        </p>
      </details>
    </Panel>
  );
}
