import { SigningCosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADDRESSES, IBC_ASSETS } from "@/devnet/src/genesis";
import { GAS_PRICE, type TestDevnet, directWallet, pstakeClient, startTestDevnet } from "@/devnet/test/helpers";
import { EndpointPool, FailoverRpcClient } from "@/lib/chain/endpoints";
import { querySmart } from "@/lib/chain/wasm";
import { seededRandom } from "./fixtures";
import { quoteExit, quoteGiveIn, quoteGiveOut, quoteJoin } from "./math";
import { exitPlan, joinPlan, swapPlan } from "./messages";
import { fetchPools, nativeInfo } from "./pools";
import { bestRoute } from "./routes";
import type { DexPool } from "./types";

// The app's previews against what the devnet's Dexter contracts executed, to the base unit, on random inputs;
// and the route finder against the router's own simulation.

const [alice] = DEMO_ADDRESSES;
const ATOM = IBC_ASSETS.find((a) => a.symbol === "ATOM")!.denom;
const FEE = { amount: [{ denom: "uxprt", amount: "100000" }], gas: "4000000" };
const LIVE = ["1", "2", "3", "4"];

type Events = readonly { type: string; attributes: readonly { key: string; value: string }[] }[];
const wasmAttr = (events: Events, action: string, key: string) =>
  events
    .filter((e) => e.type === "wasm" && e.attributes.some((a) => a.key === "action" && a.value === action))
    .map((e) => e.attributes.find((a) => a.key === key)!.value)[0];
/** "123denomA,456denomB" -> amounts in that order */
const amountsOf = (list: string) => list.split(",").map((s) => BigInt(/^\d+/.exec(s)![0]));

describe("Dexter previews against the devnet", () => {
  let devnet: TestDevnet;
  let rpc: FailoverRpcClient;
  let client: SigningCosmWasmClient;
  let contracts: Record<string, string>;
  const pools = async (): Promise<DexPool[]> => fetchPools(rpc, contracts.dexter_vault, () => 6);

  beforeAll(async () => {
    devnet = await startTestDevnet();
    rpc = new FailoverRpcClient(new EndpointPool([devnet.url]));
    contracts = (await devnet.rpc("devnet_info")).result.contracts;
    client = await SigningCosmWasmClient.connectWithSigner(devnet.url, await directWallet(0), { gasPrice: GAS_PRICE, broadcastPollIntervalMs: 50 });
    // stk tokens for the stable pools, the way a user gets them
    const ps = await pstakeClient(devnet.url, await directWallet(0));
    const stake = (typeUrl: string, denom: string, amount: string) => ({ typeUrl, value: { delegatorAddress: alice, amount: { denom, amount } } });
    await ps.signAndBroadcast(alice, [stake("/pstake.liquidstake.v1beta1.MsgLiquidStake", "uxprt", "200000000000")], FEE);
    await ps.signAndBroadcast(alice, [stake("/pstake.liquidstakeibc.v1beta1.MsgLiquidStake", ATOM, "20000000000")], FEE);
  });
  afterAll(() => devnet.stop());

  it("swaps: give-in and give-out previews equal the executed amounts (210 random swaps)", { timeout: 120_000 }, async () => {
    const rand = seededRandom(11);
    for (let n = 0; n < 210; n++) {
      const id = LIVE[Math.floor(rand() * LIVE.length)];
      const pool = (await pools()).find((p) => p.id === id)!;
      const offer = Math.floor(rand() * 2);
      const ask = 1 - offer;
      const giveIn = rand() < 0.5;
      const cap = (giveIn ? pool.assets[offer].amount : pool.assets[ask].amount) / 50n;
      const amount = 1000n + BigInt(Math.floor(Number(cap) * rand() ** 3));
      const q = giveIn ? quoteGiveIn(pool, offer, ask, amount) : quoteGiveOut(pool, offer, ask, amount);
      const route = { hops: [{ pool, offer, ask }], amountIn: q.amountIn, amountOut: q.amountOut, fees: [q.fee], steps: [q] };
      const plan = swapPlan({
        sender: alice,
        route,
        kind: giveIn ? "give-in" : "give-out",
        slippageBps: 0,
        vault: contracts.dexter_vault,
        router: contracts.dexter_router,
      });
      const r = await client.signAndBroadcast(alice, plan.messages, FEE);
      expect(r.code, r.rawLog).toBe(0);
      expect(BigInt(wasmAttr(r.events, "dexter-vault::swap", "amount_in"))).toBe(q.amountIn);
      expect(BigInt(wasmAttr(r.events, "dexter-vault::swap", "amount_out"))).toBe(q.amountOut);
      expect(BigInt(wasmAttr(r.events, "dexter-vault::swap", "total_fee"))).toBe(q.fee);
    }
  });

  it("joins: LP minted equals the preview, for balanced, imbalanced and single-asset joins (210 random joins)", { timeout: 120_000 }, async () => {
    const rand = seededRandom(12);
    for (let n = 0; n < 210; n++) {
      const id = LIVE[Math.floor(rand() * LIVE.length)];
      const pool = (await pools()).find((p) => p.id === id)!;
      const shape = rand();
      const amounts = pool.assets.map((a, k) => {
        if (shape < 0.3 && k === 1) return 0n; // single asset
        return 1000n + BigInt(Math.floor((Number(a.amount) / 200) * rand()));
      });
      const q = quoteJoin(pool, amounts);
      const r = await client.signAndBroadcast(alice, joinPlan(alice, contracts.dexter_vault, pool, amounts, q.shares, rand() < 0.2).messages, FEE);
      expect(r.code, r.rawLog).toBe(0);
      expect(BigInt(wasmAttr(r.events, "dexter-vault::join_pool", "lp_tokens_minted"))).toBe(q.shares);
    }
  });

  it("exits: assets out equal the preview (210 random exact-LP exits)", { timeout: 120_000 }, async () => {
    const rand = seededRandom(13);
    for (let n = 0; n < 210; n++) {
      const pool = (await pools()).find((p) => p.id === LIVE[n % LIVE.length])!;
      const held = BigInt((await querySmart<{ balance: string }>(rpc, pool.lpToken, { balance: { address: alice } })).balance);
      expect(held).toBeGreaterThan(0n);
      const burn = 1n + BigInt(Math.floor(Number(held / 20n) * rand()));
      const out = quoteExit(pool, burn);
      const r = await client.signAndBroadcast(alice, exitPlan(alice, contracts.dexter_vault, pool, burn, out).messages, FEE);
      expect(r.code, r.rawLog).toBe(0);
      expect(amountsOf(wasmAttr(r.events, "dexter-vault::exit_pool", "assets_out"))).toEqual(out);
    }
  });

  it("the best stkATOM -> XPRT route is the router's two hops, quoted as the router simulates and executes", async () => {
    const rand = seededRandom(14);
    for (let n = 0; n < 20; n++) {
      const amount = 10_000n + BigInt(Math.floor(2e9 * rand()));
      const route = bestRoute(await pools(), "stk/uatom", "uxprt", amount, "give-in")!;
      expect(route.hops.map((h) => h.pool.id)).toEqual(["2", "3"]);
      const requests = route.hops.map((h) => ({
        pool_id: h.pool.id,
        asset_in: nativeInfo(h.pool.assets[h.offer].denom),
        asset_out: nativeInfo(h.pool.assets[h.ask].denom),
      }));
      const sim = await querySmart<{ swap_operations: { received_amount: string }[] }>(rpc, contracts.dexter_router, {
        simulate_multihop_swap: { multiswap_request: requests, swap_type: { give_in: {} }, amount: amount.toString() },
      });
      expect(sim.swap_operations.map((o) => BigInt(o.received_amount))).toEqual(route.steps.map((s) => s.amountOut));
    }
    const route = bestRoute(await pools(), "stk/uatom", "uxprt", 1_000_000n, "give-in")!;
    const plan = swapPlan({ sender: alice, route, kind: "give-in", slippageBps: 0, vault: contracts.dexter_vault, router: contracts.dexter_router });
    const r = await client.signAndBroadcast(alice, plan.messages, FEE);
    expect(r.code, r.rawLog).toBe(0);
    expect(amountsOf(wasmAttr(r.events, "dexter-router::multihop_swap", "received")).at(-1)).toBe(route.amountOut);
  });
});
