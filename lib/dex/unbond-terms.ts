// What leaving multistaking costs, as dexter-multi-staking 3.1.1 charges it (contracts/multi_staking: the unbond
// config, query::query_instant_unlock_fee_tiers, utils::calculate_unlock_fee, execute/unbond.rs). The app's own
// reading of that code, kept apart from the devnet's; both are held to upstream's test vectors.

/** A pool's unbonding terms: its LP's custom config, or the contract's default. */
export interface UnbondTerms {
  /** seconds an unbonded LP stays locked */
  unlockSeconds: number;
  /** null when instant unbonding is off for this LP */
  instant: { minFeeBps: number; maxFeeBps: number; tierSeconds: number } | null;
}

/** The contract's JSON (UnbondConfig) as terms. */
export function parseUnbondConfig(c: {
  unlock_period: number;
  instant_unbond_config: "disabled" | { enabled: { min_fee: number; max_fee: number; fee_tier_interval: number } };
}): UnbondTerms {
  const i = c.instant_unbond_config;
  return {
    unlockSeconds: c.unlock_period,
    instant: i === "disabled" ? null : { minFeeBps: i.enabled.min_fee, maxFeeBps: i.enabled.max_fee, tierSeconds: i.enabled.fee_tier_interval },
  };
}

export interface FeeTier {
  /** seconds left on the lock: from (inclusive) and to (exclusive) */
  from: number;
  to: number;
  feeBps: number;
}

const WAD = 10n ** 18n;
const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

/**
 * The instant-unlock fee by time left on the lock: the lock period cut into tiers of `tierSeconds` (the last one
 * ends at the period), the fee rising from the minimum to the maximum in steps rounded up, as the contract's
 * Decimal does it (an 18-digit increment, floored, times the tier, rounded up).
 */
export function feeTiers(terms: UnbondTerms): FeeTier[] {
  const instant = terms.instant;
  if (!instant) return [];
  const period = terms.unlockSeconds;
  if (period <= instant.tierSeconds) return [{ from: 0, to: period, feeBps: instant.maxFeeBps }];
  const count = Math.ceil(period / instant.tierSeconds);
  const step = (BigInt(instant.maxFeeBps - instant.minFeeBps) * WAD) / BigInt(count - 1);
  return Array.from({ length: count }, (_, k) => ({
    from: k * instant.tierSeconds,
    to: k === count - 1 ? period : (k + 1) * instant.tierSeconds,
    feeBps: instant.minFeeBps + Number(ceilDiv(step * BigInt(k), WAD)),
  }));
}

/** The LP a fee of `bps` takes from `amount`, rounded up (Uint128::checked_mul_ceil). */
export const feeOf = (amount: bigint, bps: number) => ceilDiv(amount * BigInt(bps), 10_000n);

/** Instant unbonding of bonded LP: always the maximum fee. Null when it is off. */
export function instantUnbondFee(terms: UnbondTerms, amount: bigint): bigint | null {
  return terms.instant ? feeOf(amount, terms.instant.maxFeeBps) : null;
}

/** Releasing an unbonding lock now: free once it has expired, else the fee of its tier (seconds: chain time). */
export function instantUnlockFee(terms: UnbondTerms, lock: { amount: bigint; unlockTime: number }, now: number): { feeBps: number; fee: bigint } | null {
  if (now >= lock.unlockTime) return { feeBps: 0, fee: 0n };
  if (!terms.instant) return null;
  const left = lock.unlockTime - now;
  const feeBps = feeTiers(terms).find((t) => left >= t.from && left < t.to)?.feeBps ?? terms.instant.maxFeeBps;
  return { feeBps, fee: feeOf(lock.amount, feeBps) };
}
