import { Decimal } from "@cosmjs/math";
import { describe, expect, it } from "vitest";
import { amountErrorText } from "@/lib/i18n/amount-errors";
import { LOCALES } from "@/lib/i18n/locales";
import { english } from "@/lib/i18n/english";
import { type AmountError, MAX_AMOUNT, formatAmount, parseAmount, toDecimalString } from "./amount";

const describeAmountError = (error: AmountError) => english(amountErrorText(error));

const ok = (input: string, decimals: number) => {
  const r = parseAmount(input, decimals);
  if (!r.ok) throw new Error(`${input}: ${describeAmountError(r.error)}`);
  return r.base;
};
const err = (input: string, decimals: number) => {
  const r = parseAmount(input, decimals);
  if (r.ok) throw new Error(`${input} parsed to ${r.base}`);
  return r.error.kind;
};

describe("parseAmount", () => {
  it("parses 6-decimal amounts exactly", () => {
    expect(ok("1", 6)).toBe(1_000_000n);
    expect(ok("1.5", 6)).toBe(1_500_000n);
    expect(ok("0.000001", 6)).toBe(1n);
    expect(ok(".5", 6)).toBe(500_000n);
    expect(ok("2.", 6)).toBe(2_000_000n);
    expect(ok("1.500000", 6)).toBe(1_500_000n);
    expect(ok("1.5000000000", 6)).toBe(1_500_000n); // trailing zeros beyond the precision are harmless
  });

  it("parses 18-decimal amounts exactly", () => {
    expect(ok("1", 18)).toBe(10n ** 18n);
    expect(ok("0.000000000000000001", 18)).toBe(1n);
    expect(ok("123456789.123456789123456789", 18)).toBe(123456789123456789123456789n);
  });

  it("refuses too many decimals for the asset", () => {
    expect(err("0.0000001", 6)).toBe("too-many-decimals");
    expect(err("0.0000000000000000001", 18)).toBe("too-many-decimals");
    expect(err("1.5", 0)).toBe("too-many-decimals");
  });

  it("refuses exponent notation, negatives, empty input, letters and zero", () => {
    expect(err("1e6", 6)).toBe("exponent");
    expect(err("1.5E-3", 6)).toBe("exponent");
    expect(err("-1", 6)).toBe("negative");
    expect(err("", 6)).toBe("empty");
    expect(err("   ", 6)).toBe("empty");
    expect(err("abc", 6)).toBe("invalid");
    expect(err("1.2.3", 6)).toBe("invalid");
    expect(err("0x10", 6)).toBe("invalid");
    expect(err("Infinity", 6)).toBe("invalid");
    expect(err("NaN", 6)).toBe("invalid");
    expect(err("0", 6)).toBe("zero");
    expect(err("0.000000", 6)).toBe("zero");
    expect(parseAmount("0", 6, { allowZero: true })).toEqual({ ok: true, base: 0n });
  });

  it("tolerates pasted spaces and thousands separators, but not misplaced ones", () => {
    expect(ok(" 12.5 ", 6)).toBe(12_500_000n);
    expect(ok("1,234.5", 6)).toBe(1_234_500_000n);
    expect(ok("1 234 567", 6)).toBe(1_234_567_000_000n);
    expect(err("1,2345", 6)).toBe("invalid");
    expect(err("1.234,5", 6)).toBe("invalid");
  });

  it("handles huge values up to uint256 and refuses beyond", () => {
    const max = MAX_AMOUNT.toString();
    expect(ok(max, 0)).toBe(MAX_AMOUNT);
    expect(err((MAX_AMOUNT + 1n).toString(), 0)).toBe("too-large");
    expect(ok("99999999999999999999999999999", 18)).toBe(99999999999999999999999999999n * 10n ** 18n);
  });

  it("explains every error in words", () => {
    for (const input of ["", "-1", "1e3", "x", "0", "0.0000001"]) {
      const r = parseAmount(input, 6);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(describeAmountError(r.error)).toMatch(/\w+/);
    }
  });
});

describe("formatting", () => {
  it("gives exact decimal strings", () => {
    expect(toDecimalString(1_500_000n, 6)).toBe("1.5");
    expect(toDecimalString(1n, 18)).toBe("0.000000000000000001");
    expect(toDecimalString(0n, 6)).toBe("0");
    expect(toDecimalString(-5n, 6)).toBe("-0.000005");
    expect(toDecimalString(120n, 0)).toBe("120");
    // the same text as cosmjs's Decimal (what this used to call) for random amounts and decimals
    for (let i = 0; i < 2000; i++) {
      const decimals = i % 19;
      const base = BigInt(Math.floor(Math.random() * 1e15)) * 10n ** BigInt(i % 7) + BigInt(i);
      expect(toDecimalString(base, decimals)).toBe(Decimal.fromAtomics(base.toString(), decimals).toString());
    }
  });

  it("groups thousands and truncates display decimals without rounding up", () => {
    expect(formatAmount(1_234_567_891_234n, 6)).toBe("1,234,567.891234");
    expect(formatAmount(1_999_999n, 6, { maxDecimals: 2 })).toBe("1.99");
    expect(formatAmount(1_000_000n, 6)).toBe("1");
    expect(formatAmount(100_000n * 10n ** 18n, 18, { maxDecimals: 4 })).toBe("100,000");
    expect(formatAmount(1n, 18, { maxDecimals: 6 })).toBe("< 0.000001");
    expect(formatAmount(0n, 6)).toBe("0");
  });

  // Amounts never pass through a float, so they are not formatted by Intl; this holds them to what Intl writes
  // for each UI language (a language with other separators would fail here first).
  it.each(LOCALES)("writes amounts the way %s writes numbers", (locale) => {
    const cases: [bigint, number][] = [
      [123_456_789_012_345_678_901_234_567n, 18],
      [1_234_567_891_234n, 6],
      [1_500_000n, 6],
      [1000n, 0],
    ];
    for (const [base, decimals] of cases) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }).format(toDecimalString(base, decimals) as Intl.StringNumericLiteral);
      expect(formatAmount(base, decimals), `${locale} ${base}`).toBe(intl);
    }
  });
});
