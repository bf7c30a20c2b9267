import { describe, expect, it } from "vitest";
import { generatePools } from "./fixtures";
import { refundShare } from "./refunds";
import type { DexPool } from "./types";

// The vault's calculate_proportional_refund (vault 1.2, dexter_core ddd49ac): floor(asset x owned / supply).

const [atomXprt] = generatePools(1, 2, 1);
const closed = (assetsAtDefunct: bigint[], lpSupplyAtDefunct: bigint): DexPool => ({
  ...atomXprt,
  kind: "closed",
  defunct: { since: 0, lpSupplyAtDefunct, assetsAtDefunct, refundedLp: 0n },
});

describe("a defunct pool's refund", () => {
  it("is each asset at defunct times the LP owned over the LP supply at defunct, rounded down", () => {
    const pool = closed([1_000_000_007n, 3n], 10n ** 18n);
    expect(refundShare(pool, 10n ** 17n)).toEqual([100_000_000n, 0n]);
    expect(refundShare(pool, 10n ** 18n)).toEqual([1_000_000_007n, 3n]);
    expect(refundShare(pool, 1n)).toEqual([0n, 0n]);
  });
  it("is nothing for a pool that is live, or had no LP when it closed", () => {
    expect(refundShare(atomXprt, 5n)).toBeNull();
    expect(refundShare(closed([10n, 10n], 0n), 5n)).toEqual([0n, 0n]);
  });
});
