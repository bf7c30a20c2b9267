// The best way out of a stkASSET: instant redeem (fee, cap), standard unstake (the unbonding wait) and selling on
// the DEX (price impact, route), each with the underlying amount it returns; the recommendation is the one that
// returns the most, with the fastest-best alternative when the best one makes you wait.

import type { Sentence } from "@/lib/i18n/sentence";

export type ExitKind = "instant-redeem" | "unstake" | "dex";

export interface ExitOption {
  kind: ExitKind;
  /** underlying base units returned (after fees); 0 when not available */
  out: bigint;
  available: boolean;
  /** why it is not available, or its limit */
  why?: Sentence;
  /** when the tokens arrive (ms), for the ones that wait */
  etaMs?: number;
  fee?: bigint;
  /** DEX: price impact (0..1) and the pools it goes through */
  impact?: number;
  pools?: string[];
}

export interface ExitAdvice {
  best: ExitOption | null;
  /** the best of those that pay at once, when the best one waits */
  bestNow: ExitOption | null;
}

export function adviseExit(options: ExitOption[]): ExitAdvice {
  const live = options.filter((o) => o.available && o.out > 0n);
  const most = (xs: ExitOption[]) => xs.reduce<ExitOption | null>((b, o) => (!b || o.out > b.out ? o : b), null);
  const best = most(live);
  const bestNow = best?.etaMs !== undefined ? most(live.filter((o) => o.etaMs === undefined)) : null;
  return { best, bestNow };
}
