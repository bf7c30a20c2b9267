import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { SigningCosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import type { EncodeObject } from "@cosmjs/proto-signing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADDRESSES } from "@/devnet/src/genesis";
import { GAS_PRICE, type TestDevnet, directWallet, pstakeClient, startTestDevnet } from "@/devnet/test/helpers";
import { EndpointPool, FailoverRpcClient } from "@/lib/chain/endpoints";
import { querySmart } from "@/lib/chain/wasm";
import { seededRandom } from "@/lib/dex/fixtures";
import { exitPlan, joinPlan, swapPlan } from "@/lib/dex/messages";
import { fetchPools } from "@/lib/dex/pools";
import { quotePath } from "@/lib/dex/routes";
import type { DexPool } from "@/lib/dex/types";
import type { TxPlan } from "@/lib/tx/lifecycle";

// The vault executed, not only the pools asked: the devnet's genesis pools are copied into the real contracts
// (oracle/dexter: the same balances, weights or amp and scaling factors, fee and LP supply), then the same
// transactions, built by the app's own plans (lib/dex/messages), run on both: swaps of both kinds with their slippage
// limits, joins, exits through the LP token's hook. After each, both chains must agree on what failed, every pool
// balance and the LP supply, to the base unit.

const BINARY = new URL("./dexter/target/release/dexter-oracle", import.meta.url).pathname;
const [alice] = DEMO_ADDRESSES;
const FEE = { amount: [{ denom: "uxprt", amount: "200000" }], gas: "8000000" };

interface Step {
  error: string | null;
  pool: string[];
  lp_supply: string;
}

/** the plan's messages as the oracle takes them */
const forOracle = (plan: TxPlan) =>
  plan.messages.map((m) => {
    const v = m.value as { contract: string; msg: Uint8Array; funds: { denom: string; amount: string }[] };
    return { contract: v.contract, msg: JSON.parse(new TextDecoder().decode(v.msg)), funds: v.funds };
  });

/** the same pool as the oracle names it: pool 1 behind placeholder addresses */
const oracleCopy = (p: DexPool): DexPool => ({ ...p, id: "1", address: "__pool__", lpToken: "__lp__" });

/** a seeded sequence of transactions on one pool, built for both chains */
function transactions(pool: DexPool, vault: string, seed: number): { devnet: TxPlan; oracle: TxPlan }[] {
  const rand = seededRandom(seed);
  const copy = oracleCopy(pool);
  // each plan twice: for the devnet (its vault) and for the real copy (the oracle names the vault "__vault__")
  const both = (build: (p: DexPool, vault: string) => TxPlan) => ({ devnet: build(pool, vault), oracle: build(copy, "__vault__") });
  const txs: { devnet: TxPlan; oracle: TxPlan }[] = [];
  const share = (k: number, per: bigint) => (pool.assets[k].amount * per) / 1_000_000n;
  // a join first, so the account holds LP to exit with
  txs.push(
    both((p, v) =>
      joinPlan(
        alice,
        v,
        p,
        p.assets.map((_, k) => share(k, 20_000n)),
        0n,
        false,
      ),
    ),
  );
  for (let i = 0; i < 40; i++) {
    const pick = rand();
    if (pick < 0.6) {
      const [offer, ask] = rand() < 0.5 ? [0, 1] : [1, 0];
      const kind = rand() < 0.5 ? "give-in" : "give-out";
      const amount = share(kind === "give-in" ? offer : ask, BigInt(1 + Math.floor(rand() * 10_000)));
      const route = quotePath([{ pool, offer, ask }], amount, kind);
      if (!route) continue;
      // 0.5% slippage: some later swaps run past it and both chains must refuse them alike
      txs.push(
        both((p, v) => swapPlan({ sender: alice, route: { ...route, hops: [{ pool: p, offer, ask }] }, kind, slippageBps: 50, vault: v, router: "router" })),
      );
    } else if (pick < 0.8) {
      const single = rand() < 0.5;
      const amounts = pool.assets.map((_, k) => (single && k === 1 ? 0n : share(k, BigInt(1 + Math.floor(rand() * 500)))));
      txs.push(both((p, v) => joinPlan(alice, v, p, amounts, 0n, false)));
    } else {
      // at most 0.1 LP: the account holds what its first join minted (about 2 LP; 40 steps exit at most 1.6 of it), the real copy much more
      const lp = BigInt(1 + Math.floor(rand() * 100)) * 10n ** 14n * 4n;
      txs.push(
        both((p, v) =>
          exitPlan(
            alice,
            v,
            p,
            lp,
            p.assets.map(() => 0n),
          ),
        ),
      );
    }
  }
  return txs;
}

describe("the devnet's vault executes as the real one", () => {
  let devnet: TestDevnet;
  let client: SigningCosmWasmClient;
  let rpc: FailoverRpcClient;
  let vault: string;

  beforeAll(async () => {
    if (!existsSync(BINARY)) throw new Error(`${BINARY} is missing: run npm run oracle:build`);
    devnet = await startTestDevnet();
    rpc = new FailoverRpcClient(new EndpointPool([devnet.url]));
    client = await SigningCosmWasmClient.connectWithSigner(devnet.url, await directWallet(0), { gasPrice: GAS_PRICE, broadcastPollIntervalMs: 50 });
    vault = (await devnet.rpc("devnet_info")).result.contracts.dexter_vault;
    // stkXPRT for the stable pool
    const stake = {
      typeUrl: "/pstake.liquidstake.v1beta1.MsgLiquidStake",
      value: { delegatorAddress: alice, amount: { denom: "uxprt", amount: "300000000000" } },
    };
    expect((await (await pstakeClient(devnet.url, await directWallet(0))).signAndBroadcast(alice, [stake], FEE)).code).toBe(0);
  }, 60_000);
  afterAll(() => devnet?.stop());

  // 1 stkXPRT/XPRT (stable, scaling factor at the mint rate), 3 ATOM/XPRT and 4 USDC/XPRT (weighted)
  it.each(["1", "3", "4"])(
    "pool %s: every transaction fails or moves the same amounts on both chains",
    async (id) => {
      const pool = (await fetchPools(rpc, vault, () => 6)).find((p) => p.id === id)!;
      const txs = transactions(pool, vault, Number(id));

      // the devnet's own pool state, as the real contracts would hold it
      const config = await querySmart<{ math_params: string; additional_params: string }>(rpc, pool.address, { config: {} });
      const params = JSON.parse(atob(config.additional_params));
      const math = JSON.parse(atob(config.math_params));
      const atomics = (d: bigint) => d.toString();
      const scenario = {
        id: `pool-${id}`,
        assets: pool.assets.map((a) => ({ denom: a.denom, decimals: a.decimals })),
        pool:
          pool.kind === "weighted"
            ? { type: "weighted", weights: pool.weights!.map(atomics), exit_fee: math.exit_fee }
            : { type: "stable", amp: params.amp, scaling_factors: params.scaling_factors.map((f: { scaling_factor: string }) => f.scaling_factor) },
        fee_bps: pool.feeBps,
        protocol_fee_percent: pool.protocolFeePercent,
        initial: pool.assets.map((a) => a.amount.toString()),
        lp_supply: pool.lpSupply.toString(),
        execute: txs.flatMap((t) => forOracle(t.oracle)),
      };
      const r = spawnSync(BINARY, { input: JSON.stringify([scenario]), encoding: "utf8", maxBuffer: 1 << 26 });
      const [real] = JSON.parse(r.stdout) as { error?: string; executed: Step[] }[];
      expect(real.error).toBeUndefined();

      const ours: Step[] = [];
      for (const t of txs) {
        const res = await client.signAndBroadcast(alice, t.devnet.messages as EncodeObject[], FEE).catch((e: Error) => ({ code: 1, rawLog: e.message }));
        const info = await querySmart<{ assets: { amount: string }[] }>(rpc, vault, { get_pool_by_id: { pool_id: id } });
        const supply = await querySmart<{ total_supply: string }>(rpc, pool.lpToken, { token_info: {} });
        ours.push({ error: res.code === 0 ? null : (res.rawLog ?? "failed"), pool: info.assets.map((a) => a.amount), lp_supply: supply.total_supply });
      }
      expect(ours.length).toBe(real.executed.length);
      const failed = real.executed.filter((s) => s.error).length;
      console.log(`pool ${id}: ${ours.length} transactions, ${failed} refused by the real vault`);
      ours.forEach((step, k) => {
        if (!!step.error !== !!real.executed[k].error) console.log(`step ${k}: devnet ${step.error} | real ${real.executed[k].error}`);
        expect({ k, failed: !!step.error, pool: step.pool, lp_supply: step.lp_supply }).toEqual({
          k,
          failed: !!real.executed[k].error,
          pool: real.executed[k].pool,
          lp_supply: real.executed[k].lp_supply,
        });
      });
    },
    120_000,
  );

  it("the router: simulations and multi-hop swaps over three pools, on both chains alike", async () => {
    const router = (await devnet.rpc("devnet_info")).result.contracts.dexter_router;
    const ids = ["1", "3", "4"]; // stkXPRT/XPRT, ATOM/XPRT, USDC/XPRT: copied as the real chain's pools 1, 2, 3
    const all = await fetchPools(rpc, vault, () => 6);
    const ours = ids.map((id) => all.find((p) => p.id === id)!);
    const theirs = ours.map((p, k) => ({ ...p, id: String(k + 1), address: `__pool_${k + 1}__`, lpToken: `__lp_${k + 1}__` }));
    const hop = (pools: DexPool[], k: number, from: string, to: string) => {
      const p = pools[k];
      return { pool: p, offer: p.assets.findIndex((a) => a.denom === from), ask: p.assets.findIndex((a) => a.denom === to) };
    };
    const [STK, XPRT] = ["stk/uxprt", "uxprt"];
    const ATOM = ours[1].assets.find((a) => a.denom !== XPRT)!.denom;
    const USDC = ours[2].assets.find((a) => a.denom !== XPRT)!.denom;
    // three routes of two hops, each taken both ways
    const paths: [number, string, string][][] = [
      [
        [1, ATOM, XPRT],
        [2, XPRT, USDC],
      ],
      [
        [0, STK, XPRT],
        [1, XPRT, ATOM],
      ],
      [
        [2, USDC, XPRT],
        [0, XPRT, STK],
      ],
    ];
    const rand = seededRandom(7);
    const simulations: { ours: object; theirs: object }[] = [];
    const txs: { devnet: TxPlan; oracle: TxPlan }[] = [];
    for (let i = 0; i < 24; i++) {
      const path = paths[i % 3];
      const steps = rand() < 0.5 ? [...path].reverse().map(([k, a, b]) => [k, b, a] as [number, string, string]) : path;
      const first = ours[steps[0][0]].assets.find((a) => a.denom === steps[0][1])!;
      const amount = (first.amount * BigInt(1 + Math.floor(rand() * 5_000))) / 1_000_000n;
      const request = (pools: DexPool[]) =>
        steps.map(([k, a, b]) => ({ pool_id: pools[k].id, asset_in: { native_token: { denom: a } }, asset_out: { native_token: { denom: b } } }));
      const query = (pools: DexPool[]) => ({
        simulate_multihop_swap: { multiswap_request: request(pools), swap_type: { give_in: {} }, amount: amount.toString() },
      });
      simulations.push({ ours: query(ours), theirs: query(theirs) });
      const route = quotePath(
        steps.map(([k, a, b]) => hop(ours, k, a, b)),
        amount,
        "give-in",
      );
      if (!route) continue;
      const plan = (pools: DexPool[], r: string) =>
        swapPlan({
          sender: alice,
          route: { ...route, hops: steps.map(([k, a, b]) => hop(pools, k, a, b)) },
          kind: "give-in",
          slippageBps: 30,
          vault: "vault",
          router: r,
        });
      txs.push({ devnet: plan(ours, router), oracle: plan(theirs, "__router__") });
    }
    const scenario = {
      id: "router",
      ...(await copyOf(rpc, ours[0])),
      more_pools: [await copyOf(rpc, ours[1]), await copyOf(rpc, ours[2])],
      router_queries: simulations.map((q) => q.theirs),
      execute: txs.flatMap((t) => forOracle(t.oracle)),
    };
    const r = spawnSync(BINARY, { input: JSON.stringify([scenario]), encoding: "utf8", maxBuffer: 1 << 26 });
    const [real] = JSON.parse(r.stdout) as { error?: string; router: object[]; executed: (Step & { pools: string[][] })[] }[];
    expect(real.error).toBeUndefined();

    // the simulations, with the devnet's pool ids written as the real chain's
    const renumber = (v: unknown): unknown => JSON.parse(JSON.stringify(v), (key, x) => (key === "pool_id" ? String(ids.indexOf(String(x)) + 1) : x));
    for (const [k, q] of simulations.entries()) expect(renumber(await querySmart(rpc, router, q.ours))).toEqual(real.router[k]);
    // the swaps, executed: every pool's balances after each
    for (const [k, t] of txs.entries()) {
      const res = await client.signAndBroadcast(alice, t.devnet.messages as EncodeObject[], FEE).catch((e: Error) => ({ code: 1, rawLog: e.message }));
      const pools = await Promise.all(ids.map((id) => querySmart<{ assets: { amount: string }[] }>(rpc, vault, { get_pool_by_id: { pool_id: id } })));
      expect({ k, failed: res.code !== 0, pools: pools.map((p) => p.assets.map((a) => a.amount)) }).toEqual({
        k,
        failed: !!real.executed[k].error,
        pools: real.executed[k].pools,
      });
    }
    console.log(
      `router: ${simulations.length} simulations, ${txs.length} multi-hop swaps (${real.executed.filter((s) => s.error).length} refused by the real router)`,
    );
  }, 120_000);
});

/** A devnet pool as the oracle sets it up: the same assets, parameters, fee, balances and LP supply. */
async function copyOf(rpc: FailoverRpcClient, pool: DexPool) {
  const config = await querySmart<{ math_params: string; additional_params: string }>(rpc, pool.address, { config: {} });
  const params = JSON.parse(atob(config.additional_params));
  const math = JSON.parse(atob(config.math_params));
  return {
    assets: pool.assets.map((a) => ({ denom: a.denom, decimals: a.decimals })),
    pool:
      pool.kind === "weighted"
        ? { type: "weighted", weights: pool.weights!.map(String), exit_fee: math.exit_fee }
        : { type: "stable", amp: params.amp, scaling_factors: params.scaling_factors.map((f: { scaling_factor: string }) => f.scaling_factor) },
    fee_bps: pool.feeBps,
    protocol_fee_percent: pool.protocolFeePercent,
    initial: pool.assets.map((a) => a.amount.toString()),
    lp_supply: pool.lpSupply.toString(),
  };
}
