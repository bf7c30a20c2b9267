import { describe, expect, it } from "vitest";
import { type UnbondingEntry, unbondingRequests } from "./staking";

const entry = (validator: string, amount: bigint, creationHeight: number, completionTime: number): UnbondingEntry => ({
  validator,
  amount,
  creationHeight,
  completionTime,
});

describe("unbonding entries as the requests the user made", () => {
  it("groups one unstake's entries (same height, same completion) and sums them; soonest first", () => {
    const requests = unbondingRequests([
      entry("v1", 400n, 20, 9_000),
      entry("v1", 40n, 10, 5_000),
      entry("v2", 30n, 10, 5_000),
      entry("v3", 20n, 10, 5_000),
      entry("v2", 300n, 20, 9_000),
    ]);
    expect(requests.map((r) => [r.creationHeight, r.amount, r.parts.length])).toEqual([
      [10, 90n, 3],
      [20, 700n, 2],
    ]);
    expect(requests[0].parts.map((p) => p.validator)).toEqual(["v1", "v2", "v3"]);
  });

  it("keeps two unstakes apart even when they mature at the same time", () => {
    expect(unbondingRequests([entry("v1", 1n, 10, 5_000), entry("v1", 2n, 11, 5_000)])).toHaveLength(2);
    expect(unbondingRequests([])).toEqual([]);
  });
});
