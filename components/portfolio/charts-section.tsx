"use client";

import { usd } from "@/components/ui/format";
import { useTranslations } from "use-intl";
import { Panel } from "@/components/ui/panel";
import dynamic from "next/dynamic";
import { useMemo, useState } from "react";
import { useTimeText, useErrorText } from "@/components/ui/use-texts";
import { RANGES, type RangeKey, useTimeline } from "@/hooks/use-portfolio";
import type { AssetNames } from "@/lib/portfolio/csv";
import { STK_XPRT } from "@/lib/pstake/denoms";
import type { ChartSeries } from "./line-chart";
import { TableScroll } from "@/components/ui/table-scroll";
import { Loading } from "@/components/ui/loading";

const LineChart = dynamic(() => import("./line-chart"), { ssr: false, loading: () => <div className="h-[220px] animate-pulse rounded bg-white/5" /> });

const COLORS = ["#fb7185", "#38bdf8", "#a3e635", "#fbbf24", "#c084fc", "#2dd4bf", "#f472b6", "#94a3b8"];
const rateFormat = (v: number) => v.toFixed(4);
const usdFormat = (v: number) => usd(v);

/** Exchange rate of each stkASSET and the account's value over a chosen range. */
export function ChartsSection({ address, names, held }: { address: string; names: AssetNames; held: Set<string> }) {
  const [range, setRange] = useState<RangeKey>("30D");
  const timeline = useTimeline(address, range);
  const t = useTranslations();
  const errorText = useErrorText();
  const time = useTimeText();
  const points = timeline.data?.points;
  const { times, rateSeries, valueSeries } = useMemo(() => {
    const pts = points ?? [];
    // the stkASSETs this account holds or held (stkXPRT alone when none): a line per token on the chain is noise
    const onChain = [...new Set(pts.flatMap((p) => Object.keys(p.rates)))];
    const mine = onChain.filter((d) => held.has(d));
    const stks = mine.length ? mine : onChain.filter((d) => d === STK_XPRT);
    return {
      times: pts.map((p) => p.time),
      rateSeries: stks.map((d, i): ChartSeries => ({ label: names.symbol(d), color: COLORS[i % COLORS.length], values: pts.map((p) => p.rates[d] ?? null) })),
      valueSeries: [{ label: t("portfolio.charts.valueSeries"), color: "#34d399", values: pts.map((p) => p.valueUsd) }] as ChartSeries[],
    };
  }, [points, names, held, t]);
  const first = timeline.data?.points[0];
  // the x axis: the picked range, from the earliest block the node serves when the range reaches back further
  const shown = useMemo(
    () => (timeline.data ? { from: Math.max(timeline.data.from, timeline.data.span.earliestTime), to: timeline.data.span.latestTime } : { from: 0, to: 0 }),
    [timeline.data],
  );
  const clipped = timeline.data && timeline.data.span.earliestTime > timeline.data.from;

  return (
    <Panel
      id="charts"
      title={t("portfolio.charts.title")}
      actions={
        <div role="group" aria-label={t("portfolio.charts.range")} className="flex gap-1 text-xs">
          {(Object.keys(RANGES) as RangeKey[]).map((r) => (
            <button
              key={r}
              type="button"
              aria-pressed={range === r}
              onClick={() => setRange(r)}
              className={`rounded-md px-2 py-1 ${range === r ? "bg-white/15 text-white" : "text-slate-300 hover:bg-white/5"}`}
            >
              {r}
            </button>
          ))}
        </div>
      }
    >
      {timeline.error ? (
        <p role="alert" className="mt-2 text-sm text-rose-300">
          {t("portfolio.charts.error", { error: errorText(timeline.error).slice(0, 120) })}
        </p>
      ) : !points ? (
        <Loading text={t("portfolio.charts.reading")} className="mt-2" />
      ) : (
        <div className="mt-2 grid gap-4" aria-busy={timeline.isFetching}>
          <figure data-testid="rate-chart">
            <figcaption className="text-sm text-slate-300">{t("portfolio.charts.rateCaption")}</figcaption>
            {rateSeries.length ? (
              <LineChart times={times} window={shown} series={rateSeries} format={rateFormat} label={t("portfolio.charts.rateLabel")} />
            ) : (
              <p className="text-sm text-slate-400">{t("portfolio.charts.noStk")}</p>
            )}
          </figure>
          <figure data-testid="value-chart">
            <figcaption className="text-sm text-slate-300">{t("portfolio.charts.valueCaption")}</figcaption>
            <LineChart times={times} window={shown} series={valueSeries} format={usdFormat} label={t("portfolio.charts.valueLabel")} />
          </figure>
          <p className="text-xs text-slate-400" data-testid="chart-span">
            {[
              t("portfolio.charts.span", { count: points.length, from: first ? time.date(first.time) : "—" }),
              clipped &&
                timeline.data &&
                t("portfolio.charts.clipped", { height: timeline.data.span.earliestHeight, date: time.date(timeline.data.span.earliestTime) }),
              t("portfolio.charts.pastPrices"),
            ]
              .filter(Boolean)
              .join(" ")}
          </p>
          <details className="text-xs text-slate-400">
            <summary className="cursor-pointer text-slate-300">{t("portfolio.charts.showNumbers")}</summary>
            <TableScroll label={t("portfolio.charts.showNumbers")} className="mt-1">
              <table className="w-full" data-testid="timeline-table">
                <thead className="text-left">
                  <tr>
                    <th className="font-normal">{t("portfolio.charts.blockTime")}</th>
                    {rateSeries.map((s) => (
                      <th key={s.label} className="font-normal">
                        {s.label}
                      </th>
                    ))}
                    <th className="text-right font-normal">{t("portfolio.charts.value")}</th>
                  </tr>
                </thead>
                <tbody>
                  {points.map((p, i) => (
                    <tr key={p.height}>
                      <td>{time.date(p.time)}</td>
                      {rateSeries.map((s) => (
                        <td key={s.label}>{s.values[i]?.toFixed(6) ?? "—"}</td>
                      ))}
                      <td className="text-right">{usd(p.valueUsd)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </details>
        </div>
      )}
    </Panel>
  );
}
