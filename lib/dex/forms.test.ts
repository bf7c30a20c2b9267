import { describe, expect, it } from "vitest";
import { sentence } from "@/lib/i18n/sentence";
import { ONE } from "@/lib/pstake/dec";
import { toDecimalString } from "@/lib/format/amount";
import { LP_DECIMALS, balancedJoinInputs, bondForm, exitForm, joinForm, joinMax, swapForm } from "./forms";
import { quoteExit, quoteGiveIn, quoteJoin } from "./math";
import type { DexPool } from "./types";

// The DEX forms, each branch, without a chain: pools as the app reads them; the previews are the pool math's.

const ME = "persistence1me";
const contracts = { vault: "vault", router: "router", multistaking: "ms" };
const sym = (d: string) => d.toUpperCase();

const weighted = (id: string, a: string, b: string, amounts: [bigint, bigint], extra: Partial<DexPool> = {}): DexPool => ({
  id,
  address: `pool${id}`,
  lpToken: `lp${id}`,
  kind: "weighted",
  feeBps: 30,
  protocolFeePercent: 30,
  assets: [
    { denom: a, amount: amounts[0], decimals: 6 },
    { denom: b, amount: amounts[1], decimals: 6 },
  ],
  lpSupply: 100n * ONE,
  weights: [ONE / 2n, ONE / 2n],
  exitFee: 0n,
  paused: { swap: false, deposit: false, imbalancedWithdraw: false },
  defunct: null,
  ...extra,
});
const atomXprt = weighted("1", "uatom", "uxprt", [1_000_000_000n, 25_000_000_000n]);
const usdcXprt = weighted("2", "uusdc", "uxprt", [5_000_000_000n, 25_000_000_000n]);
const pools = [atomXprt, usdcXprt];

describe("swap form", () => {
  const swap = (extra: Partial<Parameters<typeof swapForm>[0]> = {}) =>
    swapForm({
      pools,
      from: "uatom",
      to: "uxprt",
      kind: "give-in",
      input: "1",
      wallet: () => 10_000_000n,
      slippageBps: 100,
      contracts,
      address: ME,
      symbolOf: sym,
      ...extra,
    });

  it("opens on the preferred pair when both trade, else on the first tradable ones", () => {
    const open = (preferred?: { from: string; to: string }) => swap({ from: "", to: "", preferred });
    expect([open({ from: "uxprt", to: "uusdc" }).offer, open({ from: "uxprt", to: "uusdc" }).ask]).toEqual(["uxprt", "uusdc"]);
    // a preferred asset no live pool trades is not offered
    expect([open({ from: "uxprt", to: "stk/uxprt" }).offer, open({ from: "uxprt", to: "stk/uxprt" }).ask]).toEqual(["uatom", "uxprt"]);
    expect([open().offer, open().ask]).toEqual(["uatom", "uxprt"]);
    // the user's choice wins over the preference; the other side keeps it
    const picked = swap({ from: "uusdc", to: "", preferred: { from: "uxprt", to: "uatom" } });
    expect([picked.offer, picked.ask]).toEqual(["uusdc", "uatom"]);
    expect(swap({ from: "uatom", to: "", preferred: { from: "uxprt", to: "uatom" } }).ask).toBe("uxprt");
  });

  it("quotes give-in through the pool's math, with the minimum received and a plan", () => {
    const f = swap();
    const q = quoteGiveIn(atomXprt, 0, 1, 1_000_000n);
    expect(f.route?.amountOut).toBe(q.amountOut);
    expect(f.minReceived).toBe((q.amountOut * 9_900n) / 10_000n);
    expect(f.spend).toBe(1_000_000n);
    expect(f.plan?.messages[0].typeUrl).toBe("/cosmwasm.wasm.v1.MsgExecuteContract");
    expect(f.error).toBeNull();
  });
  it("a single-pool give-out spends at most the quote plus slippage and receives exactly the amount", () => {
    const f = swap({ kind: "give-out", input: "10" });
    expect(f.route?.amountOut).toBe(10_000_000n);
    expect(f.minReceived).toBe(10_000_000n);
    expect(f.spend).toBe((f.route!.amountIn * 10_100n + 9_999n) / 10_000n);
  });
  it("routes over two pools when no pool holds both", () => {
    const f = swap({ from: "uatom", to: "uusdc" });
    expect(f.route?.hops.map((h) => h.pool.id)).toEqual(["1", "2"]);
  });
  it("a give-out of more than half the only pool says why in words", () => {
    const f = swap({ kind: "give-out", input: "20000" });
    expect(f).toMatchObject({ noRoute: true, noRouteReason: sentence("dex.math.giveOutTooLarge"), plan: null });
  });
  it("says there is no route, and refuses more than the wallet holds", () => {
    expect(swap({ from: "uatom", to: "uosmo" })).toMatchObject({ noRoute: true, plan: null });
    expect(swap({ input: "11" })).toMatchObject({ error: sentence("amount.overBalance", { symbol: "UATOM" }), plan: null });
  });
  it("picks the first tradable pair when nothing is chosen, and skips defunct pools", () => {
    expect(swap({ from: "", to: "" })).toMatchObject({ offer: "uatom", ask: "uxprt" });
    const f = swap({
      pools: [{ ...atomXprt, defunct: { since: 0, lpSupplyAtDefunct: 0n, assetsAtDefunct: [0n, 0n], refundedLp: 0n } }, usdcXprt],
      from: "",
      to: "",
    });
    expect(f.denoms).toEqual(["uusdc", "uxprt"]);
  });
  it("without an account: a quote, but nothing to sign", () => {
    const f = swap({ wallet: undefined, address: undefined });
    expect(f.route).not.toBeNull();
    expect(f).toMatchObject({ held: undefined, error: null, plan: null });
  });
  it("an invalid amount says why", () => {
    expect(swap({ input: "1e6" }).error).toEqual(sentence("amount.exponent"));
  });
});

describe("add liquidity form", () => {
  const join = (inputs: string[], extra: Partial<Parameters<typeof joinForm>[0]> = {}) =>
    joinForm({
      pool: atomXprt,
      inputs,
      held: [5_000_000n, 500_000_000n],
      slippageBps: 50,
      autoStake: true,
      vault: "vault",
      address: ME,
      symbolOf: sym,
      ...extra,
    });

  it("previews the LP minted, its minimum and a plan for a balanced join", () => {
    const f = join(["1", "25"]);
    const q = quoteJoin(atomXprt, [1_000_000n, 25_000_000n]);
    expect(f.quote?.shares).toBe(q.shares);
    expect(f.minLp).toBe((q.shares * 9_950n) / 10_000n);
    expect(f.impact).toBeCloseTo(0, 6);
    expect(f.plan).not.toBeNull();
  });
  it("a single-asset join has a price impact", () => {
    const f = join(["1", ""]);
    expect(f.amounts).toEqual([1_000_000n, 0n]);
    expect(f.impact).toBeGreaterThan(0);
  });
  it("each field says its own error, and no quote is made while one does", () => {
    const f = join(["6", "abc"]);
    expect(f.errors).toEqual([sentence("amount.overBalance", { symbol: "UATOM" }), sentence("amount.invalid")]);
    expect(f).toMatchObject({ quote: null, plan: null });
  });
  it("a single-asset part larger than the pool's balance says why in words", () => {
    const f = join(["", ""], { pool: { ...atomXprt, assets: [{ ...atomXprt.assets[0], amount: 1_000_000n }, atomXprt.assets[1]] }, inputs: ["2", ""] });
    expect(f).toMatchObject({ quote: null, quoteError: sentence("dex.math.joinTooLarge"), plan: null });
  });
  it("nothing typed: nothing quoted", () => {
    expect(join(["", ""])).toMatchObject({ quote: null, plan: null, errors: [null, null] });
  });
  it("a paused or defunct pool takes no deposit: the reason, and no plan", () => {
    const paused = { ...atomXprt, paused: { swap: false, deposit: true, imbalancedWithdraw: false } };
    expect(join(["1", "25"], { pool: paused })).toMatchObject({ blocker: sentence("dex.blocker.depositPaused"), plan: null });
    const defunct = { ...atomXprt, defunct: { since: 0, lpSupplyAtDefunct: 0n, assetsAtDefunct: [0n, 0n], refundedLp: 0n } };
    expect(join(["1", "25"], { pool: defunct }).blocker).toEqual(sentence("dex.blocker.defunct"));
  });
  it("the pool math's refusal is said, not thrown", () => {
    const empty = { ...atomXprt, lpSupply: 0n };
    const f = join(["1", ""], { pool: empty });
    expect(f.quote).toBeNull();
    expect(f.quoteError).not.toBeNull();
  });
  it("keeps the pool's ratio when asked", () => {
    expect(balancedJoinInputs(atomXprt, ["", ""], 0, "2")).toEqual(["2", "50"]);
    expect(balancedJoinInputs(atomXprt, ["1", "25"], 1, "abc")).toEqual(["1", "abc"]);
  });
});

describe("remove liquidity form", () => {
  const exit = (input: string, held = 10n * ONE) => exitForm({ pool: atomXprt, input, held, slippageBps: 100, vault: "vault", address: ME });

  it("previews each asset out and the least accepted", () => {
    const f = exit("1");
    const out = quoteExit(atomXprt, ONE);
    expect(f.out).toEqual(out);
    expect(f.minOut).toEqual(out.map((o) => (o * 9_900n) / 10_000n));
    expect(f.plan).not.toBeNull();
  });
  it("refuses more LP than the wallet holds", () => {
    expect(exit("11")).toMatchObject({ error: sentence("dex.pool.overLp"), out: null, plan: null });
  });
});

describe("bond form", () => {
  const bond = (input: string) => bondForm({ input, held: 2n * ONE, bonded: ONE, multistaking: "ms", lpToken: "lp1", address: ME });

  it("offers bond up to the LP held and unbond up to the LP bonded", () => {
    expect(bond("0.5")).toMatchObject({ amount: ONE / 2n, error: null });
    expect(bond("0.5").bond).not.toBeNull();
    expect(bond("0.5").unbond).not.toBeNull();
    expect(bond("1.5").unbond).toBeNull();
    expect(bond("1.5").bond).not.toBeNull();
    expect(bond("3").bond).toBeNull();
  });
  it("says why the text is not an amount", () => {
    expect(bond("0")).toMatchObject({ error: sentence("amount.zero"), bond: null, unbond: null });
    expect(bond("0.0000000000000000001").error).toEqual(sentence("amount.tooManyDecimals", { decimals: LP_DECIMALS }));
  });
});

describe("add liquidity: Max", () => {
  // 1 ATOM : 25 XPRT in the pool
  it("fills the balance of one asset, less the fee reserve where it pays fees", () => {
    expect(joinMax(atomXprt, [3_000_000n, 500_000_000n], 0, false, [0n, 100_000n])).toBe(3_000_000n);
    expect(joinMax(atomXprt, [3_000_000n, 500_000_000n], 1, false, [0n, 100_000n])).toBe(499_900_000n);
  });

  it("kept to the pool's ratio, stops where the other asset runs out, and the other side then fits", () => {
    // 3 ATOM would need 75 XPRT; 50 XPRT (less 0.1 for fees) matches 1.996 ATOM
    const max = joinMax(atomXprt, [3_000_000n, 50_000_000n], 0, true, [0n, 100_000n]);
    expect(max).toBe(1_996_000n);
    // what Max fills in (the amount field writes it as text), and the other side that follows
    const inputs = balancedJoinInputs(atomXprt, ["", ""], 0, toDecimalString(max, 6));
    expect(inputs).toEqual(["1.996", "49.9"]);
    // the other way round: ATOM is the limit
    expect(joinMax(atomXprt, [1_000_000n, 500_000_000n], 1, true, [0n, 100_000n])).toBe(25_000_000n);
  });
});
