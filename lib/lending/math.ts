import { ONE } from "@/lib/pstake/dec";

// Mars Red Bank's math as the app previews it (cosmwasm Decimal: 18 fractional digits, truncating): the rate
// model, interest indexes, scaled amounts and the health factor. Independent of the devnet's copy on purpose:
// the integration tests check the two land on the same base unit.

export const SCALING_FACTOR = 1_000_000n;
export const SECONDS_PER_YEAR = 31_536_000n;

const mul = (a: bigint, b: bigint) => (a * b) / ONE;
const div = (a: bigint, b: bigint) => (a * ONE) / b;
const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

export interface RateModel {
  optimalUtilization: bigint;
  base: bigint;
  slope1: bigint;
  slope2: bigint;
}

/** the part of a market the math needs (Decimals as 18-digit bigints, times in seconds) */
export interface MarketMath {
  reserveFactor: bigint;
  model: RateModel;
  borrowIndex: bigint;
  liquidityIndex: bigint;
  borrowRate: bigint;
  liquidityRate: bigint;
  indexesLastUpdated: number;
  collateralTotalScaled: bigint;
  debtTotalScaled: bigint;
}

/** borrow APR at utilization u: linear to the kink (slope 1), steep after it (slope 2) */
export function borrowRateAt(m: RateModel, u: bigint): bigint {
  if (u <= m.optimalUtilization) return u === 0n ? m.base : m.base + mul(m.slope1, div(u, m.optimalUtilization));
  return m.base + m.slope1 + mul(m.slope2, div(u - m.optimalUtilization, ONE - m.optimalUtilization));
}

/** supply APR: borrow APR x utilization x (1 - reserve factor) */
export const supplyRateAt = (borrowRate: bigint, u: bigint, reserveFactor: bigint) => mul(mul(borrowRate, u), ONE - reserveFactor);

/** an index after `elapsed` seconds at `rate`: linear, index x (1 + rate x elapsed / year) */
export const grownIndex = (index: bigint, rate: bigint, elapsed: number) => mul(index, ONE + mul(rate, (BigInt(elapsed) * ONE) / SECONDS_PER_YEAR));

export const liquidityIndexAt = (m: MarketMath, t: number) =>
  t > m.indexesLastUpdated && m.liquidityRate > 0n ? grownIndex(m.liquidityIndex, m.liquidityRate, t - m.indexesLastUpdated) : m.liquidityIndex;
export const borrowIndexAt = (m: MarketMath, t: number) =>
  t > m.indexesLastUpdated && m.borrowRate > 0n ? grownIndex(m.borrowIndex, m.borrowRate, t - m.indexesLastUpdated) : m.borrowIndex;

/** underlying -> scaled: truncated for deposits, rounded up for debt (rounding always favours the market) */
export const scale = (amount: bigint, index: bigint, up: boolean) =>
  up ? ceilDiv(amount * SCALING_FACTOR * ONE, index) : (amount * SCALING_FACTOR * ONE) / index;
/** scaled -> underlying, same rounding rule */
export const unscale = (scaled: bigint, index: bigint, up: boolean) => (up ? ceilDiv(mul(scaled, index), SCALING_FACTOR) : mul(scaled, index) / SCALING_FACTOR);

export const suppliedAt = (m: MarketMath, scaled: bigint, t: number) => unscale(scaled, liquidityIndexAt(m, t), false);
export const owedAt = (m: MarketMath, scaled: bigint, t: number) => unscale(scaled, borrowIndexAt(m, t), true);

export function utilizationAt(m: MarketMath, t: number): bigint {
  const supplied = suppliedAt(m, m.collateralTotalScaled, t);
  if (supplied === 0n) return 0n;
  const u = div(owedAt(m, m.debtTotalScaled, t), supplied);
  return u > ONE ? ONE : u;
}

/** APY as Mars's app shows it: daily compounding of the APR, (1 + r/365)^365 - 1 */
export const apy = (rate: bigint) => (1 + Number(rate) / 1e18 / 365) ** 365 - 1;

export interface HealthInput {
  /** enabled collateral, underlying base units */
  collateral: bigint;
  debt: bigint;
  /** oracle price of one base unit (18-digit Decimal) */
  price: bigint;
  maxLtv: bigint;
  liquidationThreshold: bigint;
}

export interface Health {
  collateralValue: bigint;
  debtValue: bigint;
  maxLtvValue: bigint;
  liqThresholdValue: bigint;
  /** weighted collateral / debt; null while nothing is borrowed */
  maxLtvHf: bigint | null;
  liqThresholdHf: bigint | null;
}

/** the health factors as Mars computes them: every value truncated per asset */
export function health(positions: HealthInput[]): Health {
  let collateralValue = 0n;
  let debtValue = 0n;
  let maxLtvValue = 0n;
  let liqThresholdValue = 0n;
  for (const p of positions) {
    const value = mul(p.collateral, p.price);
    collateralValue += value;
    debtValue += mul(p.debt, p.price);
    maxLtvValue += mul(value, p.maxLtv);
    liqThresholdValue += mul(value, p.liquidationThreshold);
  }
  const factor = (v: bigint) => (debtValue > 0n ? div(v, debtValue) : null);
  return { collateralValue, debtValue, maxLtvValue, liqThresholdValue, maxLtvHf: factor(maxLtvValue), liqThresholdHf: factor(liqThresholdValue) };
}
