"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";
import { useSentence, useTimeText } from "@/components/ui/use-texts";
import { useChainNow } from "@/hooks/use-chain-time";
import { useExitOptions } from "@/hooks/use-exit-options";
import type { StkAsset } from "@/hooks/use-routes";
import { formatAmount } from "@/lib/format/amount";
import { type ExitKind, type ExitOption, adviseExit } from "@/lib/routes/exit";
import { TableScroll } from "@/components/ui/table-scroll";
import { Loading } from "@/components/ui/loading";

const LABEL = { "instant-redeem": "exit.kind.instantRedeem", unstake: "exit.kind.unstake", dex: "exit.kind.dex" } as const;
/** the label inside a sentence */
const IN_SENTENCE = { "instant-redeem": "exit.kindInSentence.instantRedeem", unstake: "exit.kindInSentence.unstake", dex: "exit.kindInSentence.dex" } as const;
const WHERE: Record<ExitKind, string> = { "instant-redeem": "/stake", unstake: "/stake", dex: "/swap" };

/** The ways out of `stk` base units side by side, the one that returns the most recommended, and why. */
export function ExitTable({ asset, stk }: { asset: StkAsset; stk: bigint }) {
  const options = useExitOptions(asset, stk);
  const advice = options ? adviseExit(options) : null;
  const text = (n: bigint) => `${formatAmount(n, asset.decimals)} ${asset.underlyingSymbol}`;
  const now = useChainNow();
  const t = useTranslations();
  const say = useSentence();
  const time = useTimeText();
  const days = (ms: number) => Math.max(1, Math.round((ms - (now ?? ms)) / 86_400_000));

  const detail = (o: ExitOption) => {
    if (!o.available) return o.why ? say(o.why) : "–";
    const parts: string[] = [];
    if (o.fee !== undefined && o.kind !== "dex") parts.push(t("exit.fee", { amount: formatAmount(o.fee, asset.decimals) }));
    if (o.kind === "instant-redeem") parts.push(t("exit.nowWhy", { why: o.why ? say(o.why) : "" }));
    if (o.etaMs !== undefined) parts.push(t("exit.arrives", { date: time.date(o.etaMs) }));
    if (o.impact !== undefined)
      parts.push(t("exit.impact", { pct: (o.impact * 100).toFixed(2) }), t("exit.pool", { pools: o.pools!.join(" → ") }), t("exit.now"));
    return parts.join(" · ");
  };

  let why = "";
  if (advice?.best) {
    const best = advice.best;
    const others = options!.filter((o) => o !== best && o.available && o.out > 0n);
    const next = others.reduce<ExitOption | null>((b, o) => (!b || o.out > b.out ? o : b), null);
    why = next
      ? t("exit.returnsMostMore", { best: t(LABEL[best.kind]), amount: text(best.out), diff: text(best.out - next.out), next: t(IN_SENTENCE[next.kind]) })
      : t("exit.returnsMost", { best: t(LABEL[best.kind]), amount: text(best.out) });
    if (best.etaMs !== undefined)
      why += ` ${
        advice.bestNow
          ? t("exit.waitNow", { days: days(best.etaMs), fast: t(IN_SENTENCE[advice.bestNow.kind]), amount: text(advice.bestNow.out) })
          : t("exit.waitNothing", { days: days(best.etaMs) })
      }`;
  }

  if (!options) return <Loading text={t("exit.reading")} />;
  return (
    <>
      <TableScroll label={t("exit.title", { symbol: asset.symbol })} wrap>
        <table className="w-full text-sm" data-testid="exit-table">
          <thead className="text-left text-xs uppercase text-slate-400">
            <tr>
              <th className="py-2">{t("exit.route")}</th>
              <th className="text-right">{t("exit.youGet")}</th>
              <th className="pl-4">{t("exit.terms")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-white/5">
            {options.map((o) => (
              <tr key={o.kind} data-testid={`exit-${o.kind}`} className={o === advice?.best ? "bg-emerald-500/10" : ""}>
                <td className="py-2 text-white">
                  <Link href={WHERE[o.kind]} prefetch={false} className="hover:text-rose-300">
                    {t(LABEL[o.kind])}
                  </Link>
                  {o === advice?.best && <span className="ml-2 rounded bg-emerald-500/20 px-1.5 text-xs text-emerald-300">{t("exit.recommended")}</span>}
                </td>
                <td className="text-right font-mono text-white" data-testid="exit-out">
                  {o.available ? text(o.out) : "–"}
                </td>
                <td className="min-w-48 pl-4 text-xs text-slate-400">{detail(o)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="text-sm text-slate-200" data-testid="exit-advice">
        {advice?.best ? why : t("exit.nothing")}
      </p>
    </>
  );
}
