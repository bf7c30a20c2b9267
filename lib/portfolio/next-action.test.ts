import { describe, expect, it } from "vitest";
import { sentence } from "@/lib/i18n/sentence";
import { type NextActionInput, nextAction } from "./next-action";
import type { PendingRow } from "./pending";

const XPRT = 1_000_000n;
const base: NextActionInput = { xprt: 0n, feeReserve: XPRT / 10n, minStake: XPRT, stkXprt: 0n, positions: 0, otherCoins: 0, pending: [] };
const unbonding = (eta: number | null): PendingRow => ({
  key: `k${eta}`,
  kind: "unstake",
  denom: "uxprt",
  amount: 5n * XPRT,
  eta,
  state: sentence("portfolio.pending.states.unbonding"),
});

describe("the home page's next action", () => {
  it("suggests staking idle XPRT, keeping the fee reserve back", () => {
    expect(nextAction({ ...base, xprt: 50n * XPRT })).toEqual({ kind: "stake", amount: 50n * XPRT - XPRT / 10n });
    // staking comes first even when stkXPRT is idle too
    expect(nextAction({ ...base, xprt: 50n * XPRT, stkXprt: XPRT })).toMatchObject({ kind: "stake" });
  });

  it("does not suggest a stake smaller than the minimum once the fee is kept back", () => {
    expect(nextAction({ ...base, xprt: XPRT, otherCoins: 1 })).toEqual({ kind: "review" });
    expect(nextAction({ ...base, xprt: XPRT + XPRT / 10n })).toEqual({ kind: "stake", amount: XPRT });
  });

  it("suggests putting stkXPRT to work when it only sits in the wallet", () => {
    expect(nextAction({ ...base, stkXprt: 7n * XPRT })).toEqual({ kind: "put-to-work", amount: 7n * XPRT });
    expect(nextAction({ ...base, stkXprt: 7n * XPRT, positions: 1 })).toEqual({ kind: "review" });
  });

  it("tells an account that only waits for an unbonding when the first one arrives", () => {
    expect(nextAction({ ...base, pending: [unbonding(2_000), unbonding(1_000)] })).toEqual({ kind: "wait", eta: 1_000 });
    expect(nextAction({ ...base, pending: [unbonding(null)] })).toEqual({ kind: "wait", eta: null });
  });

  it("tells an empty account how to begin", () => {
    expect(nextAction(base)).toEqual({ kind: "fund" });
  });
});
