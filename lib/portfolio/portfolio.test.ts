import { SigningCosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import { QueryBalanceRequest, QueryBalanceResponse } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADDRESSES, IBC_ASSETS, USDC } from "@/devnet/src/genesis";
import { GAS_PRICE, type TestDevnet, directWallet, pstakeClient, startTestDevnet } from "@/devnet/test/helpers";
import { abciQuery } from "@/lib/chain/abci";
import { EndpointPool, FailoverRpcClient } from "@/lib/chain/endpoints";
import { quoteGiveIn, quoteJoin } from "@/lib/dex/math";
import { joinPlan, swapPlan } from "@/lib/dex/messages";
import { fetchPools } from "@/lib/dex/pools";
import { pricesIn } from "@/lib/dex/prices";
import { fetchStates } from "@/lib/pstake/liquidstake";
import { fetchHostChains } from "@/lib/pstake/liquidstakeibc";
import { accountRewards } from "./account-rewards";
import { describeTx } from "./activity";
import { activityLabel } from "./csv";
import { fetchAccountHistory } from "./history";
import { type RateCache, ratesAt, ratesAtHeights } from "./rates";
import { rateNumber } from "./rewards";
import { chainSpan, sampleBlocks } from "@/lib/chain/blocks";
import { fetchTimeline } from "./timeline";

// A scripted series of transactions on the devnet with days passing between them; the rewards the app
// reconstructs from the tx index must equal the value change the chain produced, to the base unit. The
// expectation is computed here from the chain's own state at each block: the account's stk balance before
// and after each tx, and the modules' state (net amount / supply, c_value) at that block.

const [alice, bob] = DEMO_ADDRESSES;
const ATOM = IBC_ASSETS.find((a) => a.symbol === "ATOM")!.denom;
const FEE = { amount: [{ denom: "uxprt", amount: "100000" }], gas: "4000000" };
const STKXPRT = "stk/uxprt";
const STKATOM = "stk/uatom";
const DAY = 24 * 3600;

describe("portfolio rewards reconstructed from the tx index", () => {
  let devnet: TestDevnet;
  let rpc: FailoverRpcClient;
  let contracts: Record<string, string>;
  const heights: number[] = [];

  async function balanceAt(address: string, denom: string, height: number): Promise<bigint> {
    const r = await abciQuery(rpc, "/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest, QueryBalanceResponse, { address, denom }, height);
    return BigInt(r.balance?.amount ?? "0");
  }

  /** underlying base units a stk amount is worth at a block: floor(stk x net amount / supply), floor(stk / c_value) */
  async function valueAtBlock(denom: string, stk: bigint, height?: number): Promise<bigint> {
    if (denom === STKXPRT) {
      const s = await fetchStates(rpc, height);
      return (stk * s.netAmount) / (s.supply * 10n ** 18n);
    }
    const host = (await fetchHostChains(rpc, height)).find((h) => h.stkDenom === denom)!;
    return (stk * 10n ** 18n) / host.cValue;
  }

  beforeAll(async () => {
    devnet = await startTestDevnet();
    rpc = new FailoverRpcClient(new EndpointPool([devnet.url]), { maxBatch: 40 });
    contracts = (await devnet.rpc("devnet_info")).result.contracts;
    const ps = await pstakeClient(devnet.url, await directWallet(0));
    const psBob = await pstakeClient(devnet.url, await directWallet(1));
    const wasm = await SigningCosmWasmClient.connectWithSigner(devnet.url, await directWallet(0), { gasPrice: GAS_PRICE, broadcastPollIntervalMs: 50 });
    const msg = (typeUrl: string, denom: string, amount: string) => ({ typeUrl, value: { delegatorAddress: alice, amount: { denom, amount } } });
    const track = (r: { code: number; height: number; rawLog?: string }) => {
      expect(r.code, r.rawLog).toBe(0);
      heights.push(r.height);
    };
    const advance = (seconds: number) => devnet.rpc("devnet_advanceTime", { seconds });

    track(await ps.signAndBroadcast(alice, [msg("/pstake.liquidstake.v1beta1.MsgLiquidStake", "uxprt", "1000000000")], FEE));
    await advance(2 * DAY);
    track(await ps.signAndBroadcast(alice, [msg("/pstake.liquidstakeibc.v1beta1.MsgLiquidStake", ATOM, "500000000")], FEE));
    // redeemed at once, while the deposit pool still holds the ATOM (it is delegated at the next epoch)
    track(await ps.signAndBroadcast(alice, [msg("/pstake.liquidstakeibc.v1beta1.MsgRedeem", STKATOM, "100000000")], FEE));
    track(await ps.sendTokens(alice, bob, [{ denom: STKXPRT, amount: "200000000" }], FEE));
    await advance(DAY);
    // bob's tx pays alice: it is found through transfer.recipient
    track(await psBob.sendTokens(bob, alice, [{ denom: STKXPRT, amount: "50000000" }], FEE));
    const pools = await fetchPools(rpc, contracts.dexter_vault, () => 6);
    const pool1 = pools.find((p) => p.id === "1")!;
    const xprt = pool1.assets.findIndex((a) => a.denom === "uxprt");
    const q = quoteGiveIn(pool1, xprt, 1 - xprt, 100_000_000n);
    const route = { hops: [{ pool: pool1, offer: xprt, ask: 1 - xprt }], amountIn: q.amountIn, amountOut: q.amountOut, fees: [q.fee], steps: [q] };
    const swap = swapPlan({ sender: alice, route, kind: "give-in", slippageBps: 50, vault: contracts.dexter_vault, router: contracts.dexter_router });
    track(await wasm.signAndBroadcast(alice, swap.messages, FEE));
    await advance(DAY / 2);
    track(await ps.signAndBroadcast(alice, [msg("/pstake.liquidstake.v1beta1.MsgLiquidUnstake", STKXPRT, "300000000")], FEE));
    const fresh = (await fetchPools(rpc, contracts.dexter_vault, () => 6)).find((p) => p.id === "1")!;
    const amounts = fresh.assets.map((a) => (a.denom === STKXPRT ? 100_000_000n : 0n));
    const join = joinPlan(alice, contracts.dexter_vault, fresh, amounts, quoteJoin(fresh, amounts).shares, false);
    track(await wasm.signAndBroadcast(alice, join.messages, FEE));
    await advance(3 * DAY);
  }, 120_000);
  afterAll(() => devnet.stop());

  it("finds every tx of the account, newest first, in words", async () => {
    const history = await fetchAccountHistory(rpc, alice);
    const mine = history.txs.filter((t) => heights.includes(t.height));
    expect(mine.map((t) => t.height)).toEqual([...heights].reverse());
    expect(mine.map((t) => activityLabel(describeTx(t, alice))).reverse()).toEqual([
      "Stake",
      "Stake",
      "Instant redeem",
      "Send",
      "Receive",
      "Swap",
      "Unstake",
      "Add liquidity",
    ]);
    expect(mine.every((t) => t.time > 0 && t.code === 0)).toBe(true);
    // the balance change excludes the fee, which is kept apart
    const send = mine.find((t) => activityLabel(describeTx(t, alice)) === "Send")!;
    expect(send.changes.get(STKXPRT)).toBe(-200_000_000n);
    expect(send.fee.get("uxprt")).toBe(100_000n);
    expect(send.changes.has("uxprt")).toBe(false);
  });

  it("rewards per stkASSET equal the value change the devnet produced, to the base unit", async () => {
    const history = await fetchAccountHistory(rpc, alice);
    const status = await rpc.call<{ sync_info: { latest_block_height: string; earliest_block_height: string } }>("status");
    const latest = Number(status.sync_info.latest_block_height);
    const sources = { liquidstake: true, liquidstakeibc: true };
    const ratesNow = await ratesAt(rpc, sources, latest);
    const balances = new Map([
      [STKXPRT, await balanceAt(alice, STKXPRT, latest)],
      [STKATOM, await balanceAt(alice, STKATOM, latest)],
    ]);
    const result = await accountRewards(rpc, sources, alice, history, balances, ratesNow, { latestHeight: latest, earliestHeight: 1 });

    for (const denom of [STKXPRT, STKATOM]) {
      // the chain's side: every change of the balance, valued at its block; what is held, valued now
      let expected = 0n;
      let first = 0;
      for (const h of heights) {
        const delta = (await balanceAt(alice, denom, h)) - (await balanceAt(alice, denom, h - 1));
        if (delta === 0n) continue;
        first ||= h;
        const value = await valueAtBlock(denom, delta < 0n ? -delta : delta, h);
        expected += delta < 0n ? value : -value;
      }
      const opening = await balanceAt(alice, denom, first - 1);
      expect(opening).toBe(0n);
      expected += await valueAtBlock(denom, balances.get(denom)!, latest);

      const r = result.find((x) => x.rewards.denom === denom)!.rewards;
      expect(r.held).toBe(balances.get(denom));
      expect(r.unpriced).toBe(0);
      expect(r.total).toBe(expected);
      expect(r.total).toBeGreaterThan(0n); // days passed: the rate grew
      expect(r.realized + r.unrealized).toBe(r.total);
    }
  });

  it("samples blocks evenly in time and charts the rates the chain had at each", async () => {
    const span = await chainSpan(rpc);
    const blocks = await sampleBlocks(rpc, span, span.earliestTime, 24);
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks.at(-1)).toEqual({ height: span.latestHeight, time: span.latestTime });
    for (let i = 1; i < blocks.length; i++) {
      expect(blocks[i].height).toBeGreaterThan(blocks[i - 1].height);
      expect(blocks[i].time).toBeGreaterThanOrEqual(blocks[i - 1].time);
    }
    // hourly epoch blocks while days pass: the samples spread over the whole span, no gap over two slots
    const slot = (span.latestTime - span.earliestTime) / 23;
    for (let i = 1; i < blocks.length; i++) expect(blocks[i].time - blocks[i - 1].time).toBeLessThanOrEqual(2 * slot + 3_600_000);

    const sources = { liquidstake: true, liquidstakeibc: true };
    const points = await fetchTimeline(rpc, span, span.earliestTime, 12, { sources, address: alice, bondDenom: "uxprt", decimalsOf: () => 6 });
    for (const p of points) {
      const s = await fetchStates(rpc, p.height);
      if (s.supply > 0n) expect(p.rates[STKXPRT]).toBe(rateNumber({ num: s.netAmount, den: s.supply * 10n ** 18n }));
    }
    // stkXPRT's rate only grows
    const rates = points.map((p) => p.rates[STKXPRT]).filter((r) => r !== undefined);
    expect(rates.every((r, i) => i === 0 || r >= rates[i - 1])).toBe(true);
    expect(rates.at(-1)!).toBeGreaterThan(rates[0]);
  });

  it("counts lending supplies less debts in the account's value at each block", async () => {
    // carol supplies 1,000 USDC and 50,000 XPRT, then borrows 200 USDC
    const carol = DEMO_ADDRESSES[2];
    const wasm = await SigningCosmWasmClient.connectWithSigner(devnet.url, await directWallet(2), { gasPrice: GAS_PRICE, broadcastPollIntervalMs: 50 });
    const redBank = contracts.mars_red_bank;
    await wasm.execute(carol, redBank, { deposit: {} }, FEE, "", [{ denom: USDC.denom, amount: "1000000000" }]);
    await wasm.execute(carol, redBank, { deposit: {} }, FEE, "", [{ denom: "uxprt", amount: "50000000000" }]);
    await wasm.execute(carol, redBank, { borrow: { denom: USDC.denom, amount: "200000000" } }, FEE);
    const span = await chainSpan(rpc);
    const pools = await fetchPools(rpc, contracts.dexter_vault, () => 6);
    const input = {
      sources: { liquidstake: true, liquidstakeibc: true },
      address: carol,
      bondDenom: "uxprt",
      decimalsOf: () => 6,
      usdReference: USDC.denom,
      dex: { vault: contracts.dexter_vault, multistaking: contracts.dexter_multistaking, pools, lpPools: [] },
    };
    // at the latest block (the last of the samples)
    const withLending = (await fetchTimeline(rpc, span, span.latestTime - 60_000, 2, { ...input, redBank })).at(-1)!;
    const walletOnly = (await fetchTimeline(rpc, span, span.latestTime - 60_000, 2, input)).at(-1)!;
    expect(withLending.height).toBe(span.latestHeight);
    const xprtUsd = pricesIn(pools, USDC.denom).get("uxprt")!;
    // USDC is the $1 reference: +1,000 supplied, -200 owed (the 200 borrowed sit in the wallet, counted in both)
    expect(withLending.valueUsd! - walletOnly.valueUsd!).toBeCloseTo(1_000 - 200 + 50_000 * xprtUsd, 4);
  });

  it("reads a past block's rates once; a pruned block is an answer (no rate), an unreachable node is asked again", async () => {
    let posts = 0;
    let down = false;
    const counting = new FailoverRpcClient(new EndpointPool([devnet.url]), {
      fetch: ((url: string, init: RequestInit) => {
        posts++;
        return down ? Promise.reject(new TypeError("fetch failed")) : fetch(url, init);
      }) as typeof fetch,
    });
    const sources = { liquidstake: true, liquidstakeibc: true };
    const cache: RateCache = new Map();
    const first = await ratesAtHeights(counting, sources, [heights[0], heights[1]], cache);
    const asked = posts;
    const again = await ratesAtHeights(counting, sources, [heights[1], heights[0]], cache);
    expect(posts).toBe(asked);
    expect(again.get(heights[0])).toEqual(first.get(heights[0]));
    // a height the node refuses (here: one in the future) answers with no rates, and that is kept
    expect((await ratesAtHeights(counting, sources, [10 ** 9], cache)).get(10 ** 9)!.size).toBe(0);
    down = true;
    await expect(ratesAtHeights(counting, sources, [heights[2]], cache)).rejects.toThrow(/No RPC endpoint answered/);
    expect(cache.has(heights[2])).toBe(false);
    down = false;
    expect((await ratesAtHeights(counting, sources, [heights[2]], cache)).get(heights[2])!.has(STKXPRT)).toBe(true);
  });
});
