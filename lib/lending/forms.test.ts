import { describe, expect, it } from "vitest";
import { sentence } from "@/lib/i18n/sentence";
import { lendingForm } from "./forms";
import { MARKET_UPDATED_AT, testMarket } from "./fixtures";
import type { LendingAccount } from "./mars";
import { maxAmount } from "./preview";

// The lending form, each action and each refusal, without a chain: markets and the account as the hooks read them.

const T = MARKET_UPDATED_AT; // seconds: no interest has grown since the indexes were updated
const market = testMarket;
const STK = "stk/uxprt";
const markets = [
  market(STK, "0.2", "0.45", "0.55", 10n ** 12n, 0n),
  market("uxprt", "0.2", "0.4", "0.5", 10n ** 12n, 0n),
  market("usdc", "1", "0.8", "0.85", 10n ** 12n, 4n * 10n ** 11n),
];
const supplying: LendingAccount = {
  collaterals: [{ denom: STK, amountScaled: 1_000_000_000n * 1_000_000n, amount: 1_000_000_000n, enabled: true }],
  debts: [],
};
const borrowing: LendingAccount = { ...supplying, debts: [{ denom: "usdc", amountScaled: 50_000_000n * 1_000_000n, amount: 50_000_000n }] };

const form = (extra: Partial<Parameters<typeof lendingForm>[0]>) =>
  lendingForm({
    action: "supply",
    denom: STK,
    input: "1",
    markets,
    position: supplying,
    now: T * 1000,
    wallet: 100_000_000n,
    decimals: 6,
    symbol: "stkXPRT",
    feeDenom: "uxprt",
    highGasPrice: "0.04",
    redBank: "redbank",
    address: "persistence1me",
    ...extra,
  });

describe("lending form", () => {
  it("supply: previews the supply after and plans a deposit; Max is the wallet", () => {
    const f = form({});
    expect(f.error).toBeNull();
    expect(f.preview?.position).toEqual({ before: 1_000_000_000n, after: 1_001_000_000n });
    expect(f.plan?.messages[0].typeUrl).toBe("/cosmwasm.wasm.v1.MsgExecuteContract");
    expect(f).toMatchObject({ max: 100_000_000n, gasReserve: 0n });
  });
  it("supply of the fee token: Max keeps 600,000 gas at the high price", () => {
    const f = form({ denom: "uxprt", symbol: "XPRT" });
    expect(f.gasReserve).toBe(24_000n);
    expect(f.max).toBe(100_000_000n - 24_000n);
  });
  it("supply: more than the wallet, a deposit cap, deposits switched off", () => {
    expect(form({ input: "101" })).toMatchObject({ error: sentence("amount.overBalance", { symbol: "stkXPRT" }), plan: null });
    const capped = markets.map((m) => (m.denom === STK ? { ...m, depositCap: 10n ** 12n + 500_000n } : m));
    expect(form({ markets: capped })).toMatchObject({ error: sentence("lend.blocker.cap", { symbol: "stkXPRT", room: "0.5" }), plan: null });
    const off = markets.map((m) => (m.denom === STK ? { ...m, depositEnabled: false } : m));
    expect(form({ markets: off }).error).toEqual(sentence("lend.blocker.depositDisabled", { symbol: "stkXPRT" }));
  });
  it("borrow: up to the max LTV, and the largest amount named past it", () => {
    const limit = maxAmount("borrow", "usdc", markets, supplying, T);
    expect(limit).toBe(90_000_000n); // 1000 stkXPRT x $0.2 x 0.45
    const ok = form({ action: "borrow", denom: "usdc", symbol: "USDC", input: "90" });
    expect(ok).toMatchObject({ error: null, max: limit, limit });
    expect(ok.plan).not.toBeNull();
    const over = form({ action: "borrow", denom: "usdc", symbol: "USDC", input: "90.000001" });
    expect(over).toMatchObject({ error: sentence("lend.blocker.borrowLimit", { symbol: "USDC", limit: "90" }), plan: null });
  });
  it("withdraw: warns under a health factor of 1.2 without refusing", () => {
    // 500 stkXPRT left x $0.2 x 0.55 = $55 against a $50 debt: 1.1
    const f = form({ action: "withdraw", position: borrowing, input: "500" });
    expect(f.preview?.lowHealth).toBe(true);
    expect(f.error).toBeNull();
    expect(f.plan).not.toBeNull();
    expect(form({ action: "withdraw", position: borrowing, input: "100" }).preview?.lowHealth).toBe(false);
  });
  it("withdraw: everything without a debt leaves the amount out (no dust stays)", () => {
    const f = form({ action: "withdraw", input: "1000" });
    expect(f).toMatchObject({ all: true, error: null });
    expect(JSON.parse(new TextDecoder().decode(f.plan!.messages[0].value.msg))).toEqual({ withdraw: { denom: STK } });
    expect(form({ action: "withdraw", input: "999" }).all).toBe(false);
  });
  it("withdraw: refused when it would make the account liquidatable, with the limit", () => {
    const limit = maxAmount("withdraw", STK, markets, borrowing, T);
    const f = form({ action: "withdraw", position: borrowing, input: "1000" });
    expect(f.error).toEqual(sentence("lend.blocker.liquidatable", { symbol: "stkXPRT", limit: (Number(limit) / 1e6).toString() }));
    expect(f.plan).toBeNull();
  });
  it("repay: Max covers an hour of interest (capped by the wallet); repaying with no debt is refused", () => {
    const f = form({ action: "repay", denom: "usdc", symbol: "USDC", position: borrowing, input: "50", wallet: 60_000_000n });
    expect(f.error).toBeNull();
    expect(f.max).toBeGreaterThan(50_000_000n);
    expect(form({ action: "repay", denom: "usdc", symbol: "USDC", position: borrowing, wallet: 10_000_000n }).max).toBe(10_000_000n);
    expect(form({ action: "repay", denom: "usdc", symbol: "USDC", input: "1" }).error).toEqual(sentence("lend.blocker.noDebt", { symbol: "USDC" }));
  });
  it("an asset with no market says so; invalid text says why", () => {
    expect(form({ denom: "uosmo", symbol: "OSMO" })).toMatchObject({ preview: null, plan: null });
    expect(form({ input: "1,2.3" }).error).toEqual(sentence("amount.invalid"));
  });
});
