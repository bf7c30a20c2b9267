import { describe, expect, it } from "vitest";
import { type ExitOption, adviseExit } from "./exit";
import { holdYield, lendingYield, poolYield } from "./yields";
import { feeApr } from "@/lib/dex/fees";
import { english } from "@/lib/i18n/english";
import { sentence } from "@/lib/i18n/sentence";

describe("the best way out", () => {
  const opt = (kind: ExitOption["kind"], out: bigint, extra: Partial<ExitOption> = {}): ExitOption => ({ kind, out, available: true, ...extra });

  it("recommends what returns the most, and the best immediate route when that one waits", () => {
    const a = adviseExit([opt("instant-redeem", 970n), opt("unstake", 995n, { etaMs: 1 }), opt("dex", 990n)]);
    expect(a.best?.kind).toBe("unstake");
    expect(a.bestNow?.kind).toBe("dex");
  });

  it("needs no fallback when the best route pays at once, and skips what is unavailable", () => {
    const a = adviseExit([
      opt("instant-redeem", 0n, { available: false, why: sentence("exit.why.upTo", { amount: "1 ATOM" }) }),
      opt("unstake", 900n, { etaMs: 1 }),
      opt("dex", 950n),
    ]);
    expect(a.best?.kind).toBe("dex");
    expect(a.bestNow).toBeNull();
    expect(adviseExit([opt("dex", 0n, { available: false })]).best).toBeNull();
  });
});

describe("yield composition", () => {
  it("adds staking on the stk share of a pool to its fees and rewards", () => {
    const y = poolYield(0.18, 0.5, 0.02, 0.05);
    expect(y.parts.map((p) => english(p.label))).toEqual(["staking on the 50% stk side", "swap fees", "LP rewards (bonded)"]);
    expect(y.total).toBeCloseTo(0.09 + 0.02 + 0.05, 10);
    expect(poolYield(0.18, 0.5, null, 0.05).total).toBeNull(); // unknown fees: no total claimed
    expect(poolYield(0.18, 0.5, 0, Infinity).parts).toHaveLength(2);
  });

  it("adds staking to a lending market's supply APY", () => {
    expect(lendingYield(0.18, 0.03).total).toBeCloseTo(0.21, 10);
    expect(lendingYield(null, 0.03).total).toBeNull();
    expect(holdYield(0.18)).toEqual({ total: 0.18, parts: [{ label: sentence("routes.yield.staking"), apy: 0.18 }] });
    expect(english(holdYield(0.18).parts[0].label)).toBe("staking");
  });
});

describe("fee APR", () => {
  const DAY = 86_400_000;
  const fees = { fromTime: 0, toTime: 7 * DAY, byPool: new Map([["1", new Map([["uxprt", 1_000_000_000n]])]]), swaps: 3, truncated: false };
  const at20c = (_: string, amount: bigint) => (Number(amount) / 1e6) * 0.2;

  it("annualises a week of LP fees over the TVL", () => {
    // 1000 XPRT = $200 in a week on $100,000: 0.2% a week
    expect(feeApr(fees, "1", 100_000, at20c)).toBeCloseTo((200 / 100_000) * (365 / 7), 10);
    expect(feeApr(fees, "2", 100_000, at20c)).toBe(0);
    expect(feeApr(fees, "1", null, at20c)).toBeNull();
    expect(feeApr(fees, "1", 100_000, () => null)).toBeNull(); // an unpriced fee asset: no figure
  });
});
