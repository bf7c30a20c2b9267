"use client";

import Link from "next/link";
import { dateText } from "@/components/stake/format";
import { useChainNow } from "@/hooks/use-chain-time";
import { useExitOptions } from "@/hooks/use-exit-options";
import type { StkAsset } from "@/hooks/use-routes";
import { formatAmount } from "@/lib/format/amount";
import { type ExitKind, type ExitOption, adviseExit } from "@/lib/routes/exit";

const LABEL: Record<ExitKind, string> = { "instant-redeem": "Instant redeem", unstake: "Unstake", dex: "Sell on Dexter" };
/** the label inside a sentence */
const lower = (k: ExitKind) => LABEL[k][0].toLowerCase() + LABEL[k].slice(1);
const WHERE: Record<ExitKind, string> = { "instant-redeem": "/stake", unstake: "/stake", dex: "/swap" };

/** The ways out of `stk` base units side by side, the one that returns the most recommended, and why. */
export function ExitTable({ asset, stk }: { asset: StkAsset; stk: bigint }) {
  const options = useExitOptions(asset, stk);
  const advice = options ? adviseExit(options) : null;
  const text = (n: bigint) => `${formatAmount(n, asset.decimals)} ${asset.underlyingSymbol}`;
  const now = useChainNow();
  const days = (ms: number) => Math.max(1, Math.round((ms - (now ?? ms)) / 86_400_000));

  const detail = (o: ExitOption) => {
    if (!o.available) return o.why ?? "–";
    const parts: string[] = [];
    if (o.fee !== undefined && o.kind !== "dex") parts.push(`fee ${formatAmount(o.fee, asset.decimals)}`);
    if (o.kind === "instant-redeem") parts.push(`now; ${o.why}`);
    if (o.etaMs !== undefined) parts.push(`arrives about ${dateText(o.etaMs)}`);
    if (o.impact !== undefined) parts.push(`price impact ${(o.impact * 100).toFixed(2)}%`, `pool ${o.pools!.join(" → ")}`, "now");
    return parts.join(" · ");
  };

  let why = "";
  if (advice?.best) {
    const best = advice.best;
    const others = options!.filter((o) => o !== best && o.available && o.out > 0n);
    const next = others.reduce<ExitOption | null>((b, o) => (!b || o.out > b.out ? o : b), null);
    why = `${LABEL[best.kind]} returns the most: ${text(best.out)}${next ? `, ${text(best.out - next.out)} more than ${lower(next.kind)}` : ""}.`;
    if (best.etaMs !== undefined)
      why += advice.bestNow
        ? ` It takes about ${days(best.etaMs)} days; if you need the tokens now, ${lower(advice.bestNow.kind)} pays ${text(advice.bestNow.out)} at once.`
        : ` It takes about ${days(best.etaMs)} days; nothing pays out at once for this amount.`;
  }

  if (!options) return <p className="text-sm text-slate-400">Reading the chain…</p>;
  return (
    <>
      <table className="w-full text-sm" data-testid="exit-table">
        <thead className="text-left text-xs uppercase text-slate-400">
          <tr>
            <th className="py-2">Route</th>
            <th className="text-right">You get</th>
            <th className="pl-4">Terms</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-white/5">
          {options.map((o) => (
            <tr key={o.kind} data-testid={`exit-${o.kind}`} className={o === advice?.best ? "bg-emerald-500/10" : ""}>
              <td className="py-2 text-white">
                <Link href={WHERE[o.kind]} prefetch={false} className="hover:text-rose-300">
                  {LABEL[o.kind]}
                </Link>
                {o === advice?.best && <span className="ml-2 rounded bg-emerald-500/20 px-1.5 text-xs text-emerald-300">recommended</span>}
              </td>
              <td className="text-right font-mono text-white" data-testid="exit-out">
                {o.available ? text(o.out) : "–"}
              </td>
              <td className="pl-4 text-xs text-slate-400">{detail(o)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm text-slate-200" data-testid="exit-advice">
        {advice?.best ? why : "No route can take this amount right now."}
      </p>
    </>
  );
}
