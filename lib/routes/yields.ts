// What each route's yield is made of, as parts that add up (display only: floats). A stkASSET keeps its staking
// APY wherever it goes; a pool position earns it on the stk share of the pool only, plus the pool's fees and
// rewards; a lending supply earns it plus the market's supply APY.

import { sentence, type Sentence } from "@/lib/i18n/sentence";

export interface YieldPart {
  label: Sentence;
  apy: number;
}

export interface RouteYield {
  total: number | null;
  parts: YieldPart[];
}

const sum = (parts: YieldPart[]) => parts.reduce((s, p) => s + p.apy, 0);

export function holdYield(stakingApy: number | null): RouteYield {
  return stakingApy === null ? { total: null, parts: [] } : { total: stakingApy, parts: [{ label: sentence("routes.yield.staking"), apy: stakingApy }] };
}

/** stkShare: the stk side's share of the pool's value (0..1) */
export function poolYield(stakingApy: number | null, stkShare: number | null, feeApr: number | null, rewardApr: number | null): RouteYield {
  const parts: YieldPart[] = [];
  if (stakingApy !== null && stkShare !== null)
    parts.push({ label: sentence("routes.yield.stakingShare", { pct: Math.round(stkShare * 100) }), apy: stakingApy * stkShare });
  if (feeApr !== null) parts.push({ label: sentence("routes.yield.swapFees"), apy: feeApr });
  if (rewardApr !== null && Number.isFinite(rewardApr)) parts.push({ label: sentence("routes.yield.lpRewards"), apy: rewardApr });
  const complete = stakingApy !== null && stkShare !== null && feeApr !== null;
  return { total: complete ? sum(parts) : null, parts };
}

export function lendingYield(stakingApy: number | null, supplyApy: number): RouteYield {
  const parts: YieldPart[] = [
    ...(stakingApy !== null ? [{ label: sentence("routes.yield.staking"), apy: stakingApy }] : []),
    { label: sentence("routes.yield.supply"), apy: supplyApy },
  ];
  return { total: stakingApy === null ? null : sum(parts), parts };
}
