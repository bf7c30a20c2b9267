import { parseDecimal } from "@/lib/dex/pools";
import { ONE } from "@/lib/pstake/dec";
import type { Market } from "./mars";

// A Red Bank market for unit tests: indexes at 1 last updated at `MARKET_UPDATED_AT`, a two-slope rate model.

export const MARKET_UPDATED_AT = 1000;
export const rateModel = { optimalUtilization: parseDecimal("0.8"), base: parseDecimal("0"), slope1: parseDecimal("0.2"), slope2: parseDecimal("2") };

export function testMarket(denom: string, price: string, ltv: string, lt: string, supplied: bigint, borrowed: bigint, extra: Partial<Market> = {}): Market {
  const d = parseDecimal;
  return {
    denom,
    reserveFactor: d("0.1"),
    model: rateModel,
    borrowIndex: ONE,
    liquidityIndex: ONE,
    borrowRate: d("0.1"),
    liquidityRate: d("0.036"),
    indexesLastUpdated: MARKET_UPDATED_AT,
    collateralTotalScaled: supplied * 1_000_000n,
    debtTotalScaled: borrowed * 1_000_000n,
    supplied,
    borrowed,
    utilization: 0n,
    maxLtv: d(ltv),
    liquidationThreshold: d(lt),
    depositEnabled: true,
    borrowEnabled: true,
    depositCap: 10n ** 15n,
    price: d(price),
    ...extra,
  };
}
