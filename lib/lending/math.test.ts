import { describe, expect, it } from "vitest";
import { ONE } from "@/lib/pstake/dec";
import { parseDecimal } from "@/lib/dex/pools";
import { rateModel, testMarket } from "./fixtures";
import type { LendingAccount } from "./mars";
import { apy, borrowRateAt, grownIndex, health, scale, supplyRateAt, unscale } from "./math";
import { WARN_HEALTH, maxAmount, previewCollateralToggle, previewLending } from "./preview";

// Vectors for the rate model, indexes, scaled amounts and health factors (some are Mars's own test vectors),
// and previews on a crafted account.

const d = parseDecimal;
const model = rateModel;

describe("rate model", () => {
  it("is linear to the kink and steep after it", () => {
    expect(borrowRateAt(model, 0n)).toBe(0n);
    expect(borrowRateAt(model, d("0.4"))).toBe(d("0.1"));
    expect(borrowRateAt(model, d("0.8"))).toBe(d("0.2"));
    expect(borrowRateAt(model, d("0.9"))).toBe(d("1.2")); // 0.2 + 2 x 0.1 / 0.2
    expect(borrowRateAt(model, ONE)).toBe(d("2.2"));
    expect(borrowRateAt({ ...model, base: d("0.01") }, 0n)).toBe(d("0.01"));
    // thirds truncate at the 18th digit
    expect(borrowRateAt({ optimalUtilization: d("0.6"), base: 0n, slope1: d("0.1"), slope2: d("3") }, d("0.1"))).toBe(16666666666666666n);
  });

  it("pays suppliers the borrow rate x utilization less the reserve factor", () => {
    expect(supplyRateAt(d("0.1"), d("0.4"), d("0.1"))).toBe(d("0.036"));
    expect(supplyRateAt(d("0.1"), 0n, d("0.1"))).toBe(0n);
  });

  it("grows indexes linearly and shows APY compounded daily", () => {
    expect(grownIndex(d("0.1"), d("0.2"), 15_768_000)).toBe(d("0.11")); // Mars: half a year at 20%
    expect(grownIndex(ONE, d("0.1"), 31_536_000)).toBe(d("1.1"));
    expect(apy(d("0.1"))).toBeCloseTo(0.10516, 5);
    expect(apy(0n)).toBe(0);
  });

  it("scales deposits down and debts up (Mars's rounding vector)", () => {
    const index = d("3");
    expect(scale(100_000_000_000n, index, false)).toBe(33_333_333_333_333_333n);
    expect(scale(100_000_000_000n, index, true)).toBe(33_333_333_333_333_334n);
    expect(unscale(33_333_333_333_333_333n, index, false)).toBe(99_999_999_999n);
    expect(unscale(33_333_333_333_333_334n, index, true)).toBe(100_000_000_001n);
  });
});

describe("health factor", () => {
  it("weighs each collateral by its max LTV and liquidation threshold over the debt value", () => {
    const h = health([
      { collateral: 1_000_000_000n, debt: 0n, price: d("0.2"), maxLtv: d("0.45"), liquidationThreshold: d("0.55") },
      { collateral: 0n, debt: 50_000_000n, price: d("1"), maxLtv: d("0.8"), liquidationThreshold: d("0.85") },
    ]);
    expect(h).toEqual({
      collateralValue: 200_000_000n,
      debtValue: 50_000_000n,
      maxLtvValue: 90_000_000n,
      liqThresholdValue: 110_000_000n,
      maxLtvHf: d("1.8"),
      liqThresholdHf: d("2.2"),
    });
    expect(health([{ collateral: 5n, debt: 0n, price: ONE, maxLtv: d("0.5"), liquidationThreshold: d("0.6") }]).liqThresholdHf).toBeNull();
    // values truncate per asset: 3 base units at 0.5 are worth 1, weighted by 0.5 worth 0
    const tiny = health([
      { collateral: 3n, debt: 0n, price: d("0.5"), maxLtv: d("0.5"), liquidationThreshold: d("0.5") },
      { collateral: 0n, debt: 1n, price: ONE, maxLtv: d("0.8"), liquidationThreshold: d("0.85") },
    ]);
    expect([tiny.collateralValue, tiny.liqThresholdValue, tiny.liqThresholdHf]).toEqual([1n, 0n, 0n]);
  });
});

describe("previews", () => {
  const market = testMarket;
  const markets = [market("stk/uxprt", "0.2", "0.45", "0.55", 10n ** 12n, 0n), market("usdc", "1", "0.8", "0.85", 10n ** 12n, 4n * 10n ** 11n)];
  const account: LendingAccount = {
    collaterals: [{ denom: "stk/uxprt", amountScaled: 1_000_000_000n * 1_000_000n, amount: 1_000_000_000n, enabled: true }],
    debts: [],
  };

  it("refuses a borrow over the max LTV before anything is signed, and finds the largest one allowed", () => {
    const max = maxAmount("borrow", "usdc", markets, account, 1000);
    expect(max).toBe(90_000_000n); // 1000 stk x 0.2 x 0.45
    const ok = previewLending("borrow", "usdc", max, markets, account, 1000);
    expect(ok.blocker).toBeNull();
    expect(ok.health.after.maxLtvHf).toBe(ONE);
    expect(ok.lowHealth).toBe(false); // liquidation HF 0.55/0.45 = 1.22
    expect(previewLending("borrow", "usdc", max + 1n, markets, account, 1000).blocker).toEqual({ kind: "borrow-limit" });
    expect(previewLending("borrow", "usdc", 10n ** 13n, markets, account, 1000).blocker).toEqual({ kind: "liquidity", available: 6n * 10n ** 11n });
  });

  it("warns under a health factor of 1.2 and refuses a withdrawal that would make the account liquidatable", () => {
    const borrowing: LendingAccount = { ...account, debts: [{ denom: "usdc", amountScaled: 90_000_000n * 1_000_000n, amount: 90_000_000n }] };
    const a = previewLending("withdraw", "stk/uxprt", 30_000_000n, markets, borrowing, 1000);
    expect(a.blocker).toBeNull();
    expect(a.health.after.liqThresholdHf! < WARN_HEALTH).toBe(true);
    expect(a.lowHealth).toBe(true);
    const limit = maxAmount("withdraw", "stk/uxprt", markets, borrowing, 1000);
    expect(previewLending("withdraw", "stk/uxprt", limit + 1n, markets, borrowing, 1000).blocker).toEqual({ kind: "liquidatable" });
    expect(previewLending("withdraw", "stk/uxprt", limit, markets, borrowing, 1000).health.after.liqThresholdHf! >= ONE).toBe(true);
  });

  it("refuses to turn off collateral a debt needs, and allows it without a debt", () => {
    const borrowing: LendingAccount = { ...account, debts: [{ denom: "usdc", amountScaled: 10_000_000n * 1_000_000n, amount: 10_000_000n }] };
    const off = previewCollateralToggle("stk/uxprt", false, markets, borrowing, 1000);
    expect(off.refused).toBe(true);
    expect(off.after.liqThresholdHf).toBe(0n);
    expect(previewCollateralToggle("stk/uxprt", false, markets, account, 1000)).toMatchObject({ refused: false, after: { collateralValue: 0n } });
  });

  it("refunds what a repay sends over the debt, with interest counted to the second", () => {
    const borrowing: LendingAccount = { ...account, debts: [{ denom: "usdc", amountScaled: 50_000_000n * 1_000_000n, amount: 50_000_000n }] };
    const year = 1000 + 31_536_000;
    const p = previewLending("repay", "usdc", 60_000_000n, markets, borrowing, year);
    expect(p.position.before).toBe(55_000_000n); // a year at 10%
    expect(p.amount).toBe(55_000_000n);
    expect(p.refund).toBe(5_000_000n);
    expect(p.position.after).toBe(0n);
    expect(p.health.after.liqThresholdHf).toBeNull();
  });

  it("stops at the deposit cap and says how much room is left", () => {
    const capped = markets.map((m) => (m.denom === "usdc" ? { ...m, depositCap: 10n ** 12n + 5n } : m));
    expect(previewLending("supply", "usdc", 6n, capped, account, 1000).blocker).toEqual({ kind: "cap", room: 5n });
    expect(previewLending("supply", "usdc", 5n, capped, account, 1000).blocker).toBeNull();
    expect(previewLending("repay", "usdc", 5n, capped, account, 1000).blocker).toEqual({ kind: "no-debt" });
  });
});
