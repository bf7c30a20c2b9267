import { describe, expect, it } from "vitest";
import { sentence } from "@/lib/i18n/sentence";
import { balanceLimit, checkAmount, maxKeepingFee } from "./amount";

describe("checkAmount", () => {
  it("an empty field says nothing", () => {
    expect(checkAmount("", 6)).toEqual({ amount: null, error: null });
  });
  it("text that is not an amount says why", () => {
    expect(checkAmount("abc", 6).error).toEqual(sentence("amount.invalid"));
    expect(checkAmount("0", 6).error).toEqual(sentence("amount.zero"));
    expect(checkAmount("1.1234567", 6).error).toEqual(sentence("amount.tooManyDecimals", { decimals: 6 }));
    expect(checkAmount("-1", 6).error).toEqual(sentence("amount.negative"));
  });
  it("an amount over the limit keeps its value and says it is over", () => {
    expect(checkAmount("2", 6, balanceLimit(1_000_000n, "XPRT"))).toEqual({ amount: 2_000_000n, error: sentence("amount.overBalance", { symbol: "XPRT" }) });
    expect(checkAmount("1", 6, balanceLimit(1_000_000n, "XPRT"))).toEqual({ amount: 1_000_000n, error: null });
  });
  it("18-decimal assets parse exactly", () => {
    expect(checkAmount("0.000000000000000001", 18).amount).toBe(1n);
  });
});

describe("maxKeepingFee", () => {
  it("keeps the reserve until the fee is simulated, then the simulated fee", () => {
    expect(maxKeepingFee(1_000_000n, null, 20_000n)).toEqual({ max: 980_000n, kept: 20_000n });
    expect(maxKeepingFee(1_000_000n, 5_000n, 20_000n)).toEqual({ max: 995_000n, kept: 5_000n });
  });
  it("is zero when the balance does not cover the fee", () => {
    expect(maxKeepingFee(10_000n, null, 20_000n).max).toBe(0n);
  });
});
