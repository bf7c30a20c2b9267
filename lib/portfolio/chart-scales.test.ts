import { describe, expect, it } from "vitest";
import { axisWidth, chartScales } from "./chart-scales";

const DAY = 86_400_000;
const window = { from: 10 * DAY, to: 40 * DAY };

describe("chart scales", () => {
  it("spans the chosen window on the x axis, whatever the data covers", () => {
    expect(chartScales(window, [[1, 2]]).x).toEqual([10 * DAY, 40 * DAY]);
  });

  it("draws a flat series inside a band around its value", () => {
    const { y } = chartScales(window, [[1.05, 1.05, 1.05]]);
    expect(y[0]).toBeLessThan(1.05);
    expect(y[1]).toBeGreaterThan(1.05);
    expect(y[1] - y[0]).toBeCloseTo(0.021, 6);
    // a flat zero gets a unit band
    expect(chartScales(window, [[0, 0]]).y).toEqual([-1, 1]);
  });

  it("handles a single point, in time and in value", () => {
    const one = chartScales({ from: 5 * DAY, to: 5 * DAY }, [[800_000]]);
    expect(one.x[0]).toBeLessThan(5 * DAY);
    expect(one.x[1]).toBeGreaterThan(5 * DAY);
    expect(one.y[0]).toBeLessThan(800_000);
    expect(one.y[1]).toBeGreaterThan(800_000);
  });

  it("skips gaps (null, NaN, Infinity) and has a range even with no value at all", () => {
    const { y } = chartScales(window, [
      [null, 2, Number.NaN, 4, Number.POSITIVE_INFINITY],
      [null, 3],
    ]);
    expect(y[0]).toBeLessThan(2);
    expect(y[1]).toBeGreaterThan(4);
    expect(chartScales(window, [[null, null]]).y).toEqual([0, 1]);
    expect(chartScales(window, []).y).toEqual([0, 1]);
  });

  it("keeps positive values above zero and spans negative ones", () => {
    expect(chartScales(window, [[0.5, 100]]).y[0]).toBe(0);
    const { y } = chartScales(window, [[-5, 5]]);
    expect(y[0]).toBeLessThan(-5);
    expect(y[1]).toBeGreaterThan(5);
  });

  it("makes the y axis wide enough for its longest label", () => {
    expect(axisWidth(["$0.00", "$1,500,000"])).toBeGreaterThan(axisWidth(["$0.00"]));
    expect(axisWidth(["$1,500,000"])).toBeGreaterThanOrEqual("$1,500,000".length * 7);
    expect(axisWidth([])).toBe(40);
  });
});
