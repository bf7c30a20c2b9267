import { ONE, ddiv, dmul } from "../dexter/decimal.js";

// Mars Red Bank's interest and health math on bigint (cosmwasm Decimal = 18 fractional digits, every Decimal
// operation truncating as checked_mul / checked_div do). Amounts are held "scaled": divided by an index that
// grows with interest, so one stored number per account keeps accruing without being rewritten.

export const SCALING_FACTOR = 1_000_000n;
export const SECONDS_PER_YEAR = 31_536_000n;

export interface InterestRateModel {
  optimal_utilization_rate: bigint;
  base: bigint;
  slope_1: bigint;
  slope_2: bigint;
}

/** the market state the contract stores (Decimals as 18-digit bigints) */
export interface MarketState {
  denom: string;
  reserve_factor: bigint;
  interest_rate_model: InterestRateModel;
  borrow_index: bigint;
  liquidity_index: bigint;
  borrow_rate: bigint;
  liquidity_rate: bigint;
  indexes_last_updated: number;
  collateral_total_scaled: bigint;
  debt_total_scaled: bigint;
}

/** base + slope_1 * U / U* up to the kink, then base + slope_1 + slope_2 * (U - U*) / (1 - U*) */
export function borrowRate(m: InterestRateModel, u: bigint): bigint {
  if (u <= m.optimal_utilization_rate) {
    if (u === 0n) return m.base;
    return m.base + dmul(m.slope_1, ddiv(u, m.optimal_utilization_rate));
  }
  return m.base + m.slope_1 + dmul(m.slope_2, ddiv(u - m.optimal_utilization_rate, ONE - m.optimal_utilization_rate));
}

/** what suppliers earn: the borrow rate times utilization, less the protocol's reserve share */
export const liquidityRate = (borrow: bigint, u: bigint, reserveFactor: bigint) => dmul(dmul(borrow, u), ONE - reserveFactor);

/** index * (1 + rate * elapsed / year): linear between updates */
export function appliedLinearRate(index: bigint, rate: bigint, elapsed: number): bigint {
  const factor = dmul(rate, (BigInt(elapsed) * ONE) / SECONDS_PER_YEAR);
  return dmul(index, ONE + factor);
}

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

/** amount * 1e6 / index: truncated for collateral, rounded up for debt (rounding favours the protocol) */
export function toScaled(amount: bigint, index: bigint, ceil: boolean): bigint {
  if (index === 0n) throw new Error("Cannot divide by zero index");
  const n = amount * SCALING_FACTOR * ONE;
  return ceil ? ceilDiv(n, index) : n / index;
}

/** scaled * index / 1e6, truncated for collateral, rounded up for debt */
export function toUnderlying(scaled: bigint, index: bigint, ceil: boolean): bigint {
  const n = (scaled * index) / ONE;
  return ceil ? ceilDiv(n, SCALING_FACTOR) : n / SCALING_FACTOR;
}

export function liquidityIndexAt(m: MarketState, time: number): bigint {
  if (m.indexes_last_updated < time && m.liquidity_rate > 0n) return appliedLinearRate(m.liquidity_index, m.liquidity_rate, time - m.indexes_last_updated);
  return m.liquidity_index;
}

export function borrowIndexAt(m: MarketState, time: number): bigint {
  if (m.indexes_last_updated < time && m.borrow_rate > 0n) return appliedLinearRate(m.borrow_index, m.borrow_rate, time - m.indexes_last_updated);
  return m.borrow_index;
}

export const collateralAmount = (m: MarketState, scaled: bigint, time: number) => toUnderlying(scaled, liquidityIndexAt(m, time), false);
export const debtAmount = (m: MarketState, scaled: bigint, time: number) => toUnderlying(scaled, borrowIndexAt(m, time), true);

/** debt / collateral of the market now, at most 1 */
export function utilization(m: MarketState, time: number): bigint {
  const collateral = collateralAmount(m, m.collateral_total_scaled, time);
  if (collateral === 0n) return 0n;
  const debt = debtAmount(m, m.debt_total_scaled, time);
  const u = (debt * ONE) / collateral;
  return u > ONE ? ONE : u;
}

/**
 * apply_accumulated_interests: moves both indexes to `time` and returns the protocol's share of the interest
 * accrued since the last update, already scaled at the new liquidity index (credited to the rewards collector).
 */
export function accrue(m: MarketState, time: number): bigint {
  const previousBorrowIndex = m.borrow_index;
  if (m.indexes_last_updated < time) {
    m.borrow_index = borrowIndexAt(m, time);
    m.liquidity_index = liquidityIndexAt(m, time);
    m.indexes_last_updated = time;
  }
  const before = toUnderlying(m.debt_total_scaled, previousBorrowIndex, true);
  const after = toUnderlying(m.debt_total_scaled, m.borrow_index, true);
  const interest = after > before ? after - before : 0n;
  const rewards = (interest * m.reserve_factor) / ONE; // Uint128 * Decimal, truncated
  return rewards > 0n ? toScaled(rewards, m.liquidity_index, false) : 0n;
}

/** update_interest_rates: the rates that hold from now on, from the utilization now */
export function updateRates(m: MarketState, time: number): void {
  const u = utilization(m, time);
  m.borrow_rate = borrowRate(m.interest_rate_model, u);
  m.liquidity_rate = liquidityRate(m.borrow_rate, u, m.reserve_factor);
}

export interface HealthPosition {
  collateral: bigint;
  debt: bigint;
  /** oracle price (Decimal) of one base unit */
  price: bigint;
  maxLtv: bigint;
  liquidationThreshold: bigint;
}

export interface Health {
  totalCollateralValue: bigint;
  totalDebtValue: bigint;
  maxLtvCollateral: bigint;
  liqThresholdCollateral: bigint;
  /** null while not borrowing */
  maxLtvHf: bigint | null;
  liqThresholdHf: bigint | null;
}

/** mars-health's compute_health: values truncated per asset, factors = weighted collateral / debt value */
export function computeHealth(positions: HealthPosition[]): Health {
  const h: Health = { totalCollateralValue: 0n, totalDebtValue: 0n, maxLtvCollateral: 0n, liqThresholdCollateral: 0n, maxLtvHf: null, liqThresholdHf: null };
  for (const p of positions) {
    const value = (p.collateral * p.price) / ONE;
    h.totalDebtValue += (p.debt * p.price) / ONE;
    h.totalCollateralValue += value;
    h.maxLtvCollateral += (value * p.maxLtv) / ONE;
    h.liqThresholdCollateral += (value * p.liquidationThreshold) / ONE;
  }
  if (h.totalDebtValue > 0n) {
    h.maxLtvHf = (h.maxLtvCollateral * ONE) / h.totalDebtValue;
    h.liqThresholdHf = (h.liqThresholdCollateral * ONE) / h.totalDebtValue;
  }
  return h;
}
