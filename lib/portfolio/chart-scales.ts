// The scales of a time-series chart, decided from the data and the window the user picked (not left to the chart
// library, which cannot draw a flat line, a single point or a window wider than the data): the x axis is the
// window itself; the y axis spans the finite values with a margin, and a flat or single value gets a band
// around it.

export interface Scales {
  /** ms */
  x: [number, number];
  y: [number, number];
}

const HOUR = 3_600_000;

/** `window`: the range the chart shows (from the range picker and the chain's latest block), ms. */
export function chartScales(window: { from: number; to: number }, series: (number | null)[][]): Scales {
  const x: [number, number] = window.to > window.from ? [window.from, window.to] : [window.from - HOUR, window.from + HOUR];
  const values = series.flat().filter((v): v is number => v !== null && Number.isFinite(v));
  if (!values.length) return { x, y: [0, 1] };
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (max === min) {
    const band = Math.abs(min) * 0.01 || 1;
    return { x, y: [min - band, max + band] };
  }
  const margin = (max - min) * 0.08;
  // a series of positive values (prices, dollars) never dips below zero because of the margin
  return { x, y: [min >= 0 ? Math.max(0, min - margin) : min - margin, max + margin] };
}

/** The width (px) a y axis needs for its longest label, at about 7 px a character plus the tick and a gap. */
export function axisWidth(labels: string[]): number {
  const longest = labels.reduce((n, l) => Math.max(n, l.length), 0);
  return Math.max(40, Math.ceil(longest * 7 + 18));
}
