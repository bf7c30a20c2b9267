"use client";

import { useEffect, useRef } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { axisWidth, chartScales } from "@/lib/portfolio/chart-scales";

// A time series chart (uPlot: canvas, small). It takes its colours from the text colour around it, so it
// reads on a dark or a light background, follows its container's width, and shows values under the cursor in
// its legend. Loaded only on the portfolio page, after the page's data.

export interface ChartSeries {
  label: string;
  values: (number | null)[];
  color: string;
}

export interface LineChartProps {
  /** ms */
  times: number[];
  /** the window the chart shows, ms: its x axis, whatever the points cover */
  window: { from: number; to: number };
  series: ChartSeries[];
  format: (v: number) => string;
  label: string;
  height?: number;
}

export default function LineChart({ times, window, series, format, label, height = 220 }: LineChartProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const fg = getComputedStyle(el).color;
    const grid = fg.replace(/^rgb\((.*)\)$/, "rgba($1, 0.12)");
    const axis = { stroke: fg, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 } };
    // ranges decided here, not by uPlot: it fails on a flat series or a single point (RangeError)
    const scales = chartScales(
      window,
      series.map((s) => s.values),
    );
    const chart = new uPlot(
      {
        width: el.clientWidth || 600,
        height,
        scales: {
          x: { time: true, range: (): uPlot.Range.MinMax => [scales.x[0] / 1000, scales.x[1] / 1000] },
          y: { range: (): uPlot.Range.MinMax => scales.y },
        },
        series: [
          { value: (_u, v) => (v === null ? "—" : new Date(v * 1000).toLocaleString()) },
          ...series.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: 2,
            spanGaps: true,
            points: { show: times.length < 40 },
            value: (_u: uPlot, v: number | null) => (v === null ? "—" : format(v)),
          })),
        ],
        axes: [axis, { ...axis, size: (_u, values) => axisWidth(values ?? []), values: (_u, splits) => splits.map(format) }],
        cursor: { drag: { x: false, y: false } },
        legend: { live: true },
      },
      [times.map((t) => t / 1000), ...series.map((s) => s.values)],
      el,
    );
    const resize = new ResizeObserver(() => chart.setSize({ width: el.clientWidth, height }));
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [times, window, series, format, height]);
  return <div ref={box} role="img" aria-label={label} data-points={times.length} className="w-full text-slate-300 [&_.u-legend]:text-xs" />;
}
