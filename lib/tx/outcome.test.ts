import { describe, expect, it } from "vitest";
import { accountChanges } from "./outcome";

const ME = "persistence1me";
const ev = (type: string, attrs: Record<string, string>) => ({ type, attributes: Object.entries(attrs).map(([key, value]) => ({ key, value })) });

describe("what a transaction did to an account, from its events", () => {
  it("nets coins in and out per denom and keeps the fee apart", () => {
    const events = [
      ev("coin_spent", { spender: ME, amount: "6250uxprt" }), // the fee, taken in the ante handler
      ev("tx", { fee: "6250uxprt", fee_payer: ME }),
      ev("coin_spent", { spender: ME, amount: "10000000uxprt" }),
      ev("coin_received", { receiver: "persistence1module", amount: "10000000uxprt" }),
      ev("coin_received", { receiver: ME, amount: "9465000stk/uxprt" }),
    ];
    const { changes, fee } = accountChanges(events, ME);
    expect([...changes]).toEqual([
      ["uxprt", -10_000_000n],
      ["stk/uxprt", 9_465_000n],
    ]);
    expect([...fee]).toEqual([["uxprt", 6_250n]]);
  });

  it("reads multi-coin amounts, refunds that cancel out, and ignores other accounts", () => {
    const events = [
      ev("coin_spent", { spender: ME, amount: "500ibc/ABC,700uxprt" }),
      ev("coin_received", { receiver: ME, amount: "200ibc/ABC" }), // a refund of what the pool did not take
      ev("coin_received", { receiver: ME, amount: "700uxprt" }),
      ev("coin_received", { receiver: "persistence1other", amount: "999uxprt" }),
    ];
    const { changes, fee } = accountChanges(events, ME);
    expect([...changes]).toEqual([["ibc/ABC", -300n]]);
    expect(fee.size).toBe(0);
  });
});
