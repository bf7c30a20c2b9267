import { describe, expect, it } from "vitest";
import { type UnbondTerms, feeTiers, instantUnbondFee, instantUnlockFee, parseUnbondConfig } from "./unbond-terms";

// The app's reading of multistaking's fees, held to the numbers of dexter_core's own tests (ddd49ac,
// contracts/multi_staking/tests/instant-unbonding.rs): no crate of the version core-1 runs is on crates.io.

const terms = (unlock: number, min: number, max: number, interval: number): UnbondTerms =>
  parseUnbondConfig({ unlock_period: unlock, instant_unbond_config: { enabled: { min_fee: min, max_fee: max, fee_tier_interval: interval } } });

describe("multistaking unbond terms", () => {
  it("validate_fee_tier_logic: one tier when the interval covers the lock, else six rising tiers", () => {
    expect(feeTiers(terms(600_000, 300, 500, 600_000))).toEqual([{ from: 0, to: 600_000, feeBps: 500 }]);
    expect(feeTiers(terms(600_000, 300, 500, 100_000)).map((t) => [t.from, t.to, t.feeBps])).toEqual([
      [0, 100_000, 300],
      [100_000, 200_000, 340],
      [200_000, 300_000, 380],
      [300_000, 400_000, 420],
      [400_000, 500_000, 460],
      [500_000, 600_000, 500],
    ]);
  });

  it("test_instant_unbond_and_unlock: day tiers of a 600,000 s lock, each step rounded up", () => {
    const t = terms(600_000, 300, 500, 86_400);
    const tiers = feeTiers(t);
    expect(tiers.map((x) => x.feeBps)).toEqual([300, 334, 367, 400, 434, 467, 500]);
    expect(tiers.map((x) => x.from)).toEqual([0, 1, 2, 3, 4, 5, 6].map((d) => d * 86_400));
    expect(tiers[6].to).toBe(600_000);
    // instant unbond of 25,000,000 bonded LP at the maximum fee: 1,250,000 to the keeper
    expect(instantUnbondFee(t, 25_000_000n)).toBe(1_250_000n);
    const lock = { amount: 10_000_000n, unlockTime: 1_001_502_400 };
    // a whole lock period left falls past the last tier: the maximum fee
    expect(instantUnlockFee(t, lock, 1_000_902_400)).toEqual({ feeBps: 500, fee: 500_000n });
    expect(instantUnlockFee(t, lock, 1_000_902_400 + 86_400 * 2 + 43_200)).toEqual({ feeBps: 434, fee: 434_000n });
    expect(instantUnlockFee(t, lock, 1_001_502_400)).toEqual({ feeBps: 0, fee: 0n });
  });

  it("rounds fees up, as Uint128::checked_mul_ceil does, and knows when instant unbonding is off", () => {
    const t = terms(7 * 86_400, 200, 500, 86_400);
    expect(instantUnbondFee(t, 1n)).toBe(1n);
    expect(instantUnbondFee(t, 19_999n)).toBe(1_000n);
    expect(instantUnbondFee(t, 20_001n)).toBe(1_001n);
    const off = parseUnbondConfig({ unlock_period: 7 * 86_400, instant_unbond_config: "disabled" });
    expect(off.instant).toBeNull();
    expect(instantUnbondFee(off, 1_000n)).toBeNull();
    expect(instantUnlockFee(off, { amount: 5n, unlockTime: 100 }, 50)).toBeNull();
    expect(feeTiers(off)).toEqual([]);
  });
});
