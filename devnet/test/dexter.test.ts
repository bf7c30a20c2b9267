import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SigningCosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import { DEMO_ADDRESSES, IBC_ASSETS, USDC } from "../src/genesis.js";
import { GAS_PRICE, directWallet, isolatedDevnet } from "./helpers.js";

// Dexter's contracts through cosmjs's CosmWasm client, as the dApp drives them: swaps (give in / give out, slippage
// limits, refunds), joins (auto-stake), exits through the LP token's cw20 hook, the router, multistaking rewards,
// pause flags and defunct pools.

const [alice, bob, , , owner] = DEMO_ADDRESSES;
const ATOM = IBC_ASSETS.find((a) => a.symbol === "ATOM")!.denom;
const native = (denom: string) => ({ native_token: { denom } });
const FEE = "auto" as const;

const devnet = isolatedDevnet({ beforeAll, beforeEach, afterAll });
let contracts: Record<string, string>;

async function client(index = 0) {
  return SigningCosmWasmClient.connectWithSigner(devnet().url, await directWallet(index), { gasPrice: GAS_PRICE, broadcastPollIntervalMs: 50 });
}
const balance = async (c: SigningCosmWasmClient, who: string, denom: string) => BigInt((await c.getBalance(who, denom)).amount);
const lpBalance = async (c: SigningCosmWasmClient, pool: string, who: string) =>
  BigInt((await c.queryContractSmart(contracts[`dexter_lp_${pool}`], { balance: { address: who } })).balance);

beforeAll(async () => {
  contracts = (await devnet().rpc("devnet_info")).result.contracts;
});

describe("Dexter on the devnet", () => {
  it("lists the vault, router, multistaking and every pool; the pools hold their genesis liquidity", async () => {
    const c = await client();
    expect(Object.keys(contracts)).toEqual(expect.arrayContaining(["dexter_vault", "dexter_router", "dexter_multistaking", "dexter_pool_1", "dexter_pool_5"]));
    const pools = await c.queryContractSmart(contracts.dexter_vault, { pools: {} });
    expect(pools.map((p: { pool_id: string }) => p.pool_id)).toEqual(["1", "2", "3", "4", "5"]);
    expect(pools[0].assets.map((a: { info: { native_token: { denom: string } } }) => a.info.native_token.denom)).toEqual(["stk/uxprt", "uxprt"]);
    const token = await c.queryContractSmart(contracts.dexter_lp_3, { token_info: {} });
    expect(token).toMatchObject({ symbol: "DEX-LP", decimals: 18, total_supply: (100n * 10n ** 18n).toString() });
    expect(await c.queryContractSmart(contracts.dexter_vault, { get_defunct_pool_info: { pool_id: "5" } })).toMatchObject({ pool_id: "5" });
    expect(await c.queryContractSmart(contracts.dexter_vault, { get_defunct_pool_info: { pool_id: "1" } })).toBeNull();
  });

  it("swaps give-in exactly as on_swap said, and refuses one under min_receive with nothing moved", async () => {
    const c = await client();
    const request = { pool_id: "3", asset_in: native("uxprt"), asset_out: native(ATOM), swap_type: { give_in: {} }, amount: "1000000000" };
    const sim = await c.queryContractSmart(contracts.dexter_pool_3, {
      on_swap: { swap_type: { give_in: {} }, offer_asset: native("uxprt"), ask_asset: native(ATOM), amount: "1000000000" },
    });
    expect(sim.response).toEqual({ success: {} });
    const before = await balance(c, alice, ATOM);
    const tooMuch = (BigInt(sim.trade_params.amount_out) + 1n).toString();
    await expect(
      c.execute(alice, contracts.dexter_vault, { swap: { swap_request: request, recipient: null, min_receive: tooMuch, max_spend: null } }, FEE, "", [
        { denom: "uxprt", amount: "1000000000" },
      ]),
    ).rejects.toThrow(/Minimum receive amount not met/);
    expect(await balance(c, alice, ATOM)).toBe(before);
    await c.execute(
      alice,
      contracts.dexter_vault,
      { swap: { swap_request: request, recipient: null, min_receive: sim.trade_params.amount_out, max_spend: null } },
      FEE,
      "",
      [{ denom: "uxprt", amount: "1000000000" }],
    );
    expect(await balance(c, alice, ATOM)).toBe(before + BigInt(sim.trade_params.amount_out));
  });

  it("swaps give-out: refunds what max_spend left over, and rejects the old max_spread field", async () => {
    const c = await client();
    const request = { pool_id: "4", asset_in: native("uxprt"), asset_out: native(USDC.denom), swap_type: { give_out: {} }, amount: "1000000" };
    const sim = await c.queryContractSmart(contracts.dexter_pool_4, {
      on_swap: { swap_type: { give_out: {} }, offer_asset: native("uxprt"), ask_asset: native(USDC.denom), amount: "1000000" },
    });
    const spend = BigInt(sim.trade_params.amount_in);
    const xprtBefore = await balance(c, alice, "uxprt");
    const res = await c.execute(
      alice,
      contracts.dexter_vault,
      { swap: { swap_request: request, recipient: null, min_receive: null, max_spend: (spend + 1000n).toString() } },
      FEE,
      "",
      [{ denom: "uxprt", amount: (spend + 1000n).toString() }],
    );
    const gasFee = BigInt(Math.ceil(Number(res.gasWanted) * 0.025));
    expect(xprtBefore - (await balance(c, alice, "uxprt"))).toBe(spend + gasFee);
    await expect(
      c.execute(
        alice,
        contracts.dexter_vault,
        { swap: { swap_request: request, recipient: null, min_receive: null, max_spend: null, max_spread: "0.01" } },
        FEE,
        "",
        [{ denom: "uxprt", amount: (spend * 2n).toString() }],
      ),
    ).rejects.toThrow(/unknown field `max_spread`/);
  });

  it("joins with auto-stake (LP bonded for the user), earns rewards over time, withdraws them, unbonds with a lock", async () => {
    const c = await client();
    const assets = [
      { info: native("stk/uxprt"), amount: "0" },
      { info: native("uxprt"), amount: "10000000000" },
    ];
    const sim = await c.queryContractSmart(contracts.dexter_pool_1, { on_join_pool: { assets_in: assets, mint_amount: null } });
    expect(sim.response).toEqual({ success: {} });
    await c.execute(
      alice,
      contracts.dexter_vault,
      { join_pool: { pool_id: "1", recipient: null, assets, min_lp_to_receive: sim.new_shares, auto_stake: true } },
      FEE,
      "",
      [{ denom: "uxprt", amount: "10000000000" }],
    );
    const lp = contracts.dexter_lp_1;
    expect(await c.queryContractSmart(contracts.dexter_multistaking, { bonded_lp_tokens: { lp_token: lp, user: alice } })).toBe(sim.new_shares);
    expect(await lpBalance(c, "1", alice)).toBe(0n);

    await devnet().rpc("devnet_advanceTime", { seconds: 86_400 });
    const rewards = await c.queryContractSmart(contracts.dexter_multistaking, { unclaimed_rewards: { lp_token: lp, user: alice } });
    expect(rewards).toHaveLength(1);
    const owed = BigInt(rewards[0].amount);
    // one day of a 100,000 XPRT / 365 days schedule, pro rata to alice's share of the bonded LP (she is the only bonder)
    expect(owed).toBeGreaterThan(((100_000_000_000n / 365n) * 99n) / 100n);
    expect(owed).toBeLessThanOrEqual(100_000_000_000n / 365n + 1n);
    const before = await balance(c, alice, "uxprt");
    const res = await c.execute(alice, contracts.dexter_multistaking, { withdraw: { lp_token: lp } }, FEE);
    const gasFee = BigInt(Math.ceil(Number(res.gasWanted) * 0.025));
    // rewards kept accruing during the withdraw's own block
    expect((await balance(c, alice, "uxprt")) - before + gasFee).toBeGreaterThanOrEqual(owed);

    await c.execute(alice, contracts.dexter_multistaking, { unbond: { lp_token: lp, amount: sim.new_shares } }, FEE);
    const locks = await c.queryContractSmart(contracts.dexter_multistaking, { token_locks: { lp_token: lp, user: alice } });
    expect(locks.locks).toHaveLength(1);
    // as dexter-multi-staking 3.1.1: unlocking before the time is no error, and releases nothing
    const early = await c.execute(alice, contracts.dexter_multistaking, { unlock: { lp_token: lp } }, FEE);
    expect(early.events.find((e) => e.type === "wasm")?.attributes).toContainEqual({ key: "amount", value: "0" });
    expect(await lpBalance(c, "1", alice)).toBe(0n);
    await devnet().rpc("devnet_advanceTime", { seconds: 7 * 86_400 });
    await c.execute(alice, contracts.dexter_multistaking, { unlock: { lp_token: lp } }, FEE);
    expect(await lpBalance(c, "1", alice)).toBe(BigInt(sim.new_shares));
  });

  it("exits through the LP token's cw20 send hook, with min_assets_out over every asset", async () => {
    const c = await client();
    const assets = [
      { info: native(ATOM), amount: "1000000" },
      { info: native("uxprt"), amount: "25000000" },
    ];
    await c.execute(
      alice,
      contracts.dexter_vault,
      { join_pool: { pool_id: "3", recipient: null, assets, min_lp_to_receive: null, auto_stake: false } },
      FEE,
      "",
      [
        { denom: ATOM, amount: "1000000" },
        { denom: "uxprt", amount: "25000000" },
      ],
    );
    const lp = await lpBalance(c, "3", alice);
    const sim = await c.queryContractSmart(contracts.dexter_pool_3, { on_exit_pool: { exit_type: { exact_lp_burn: lp.toString() } } });
    const exit = (min: { info: unknown; amount: string }[]) =>
      Buffer.from(
        JSON.stringify({ exit_pool: { pool_id: "3", recipient: null, exit_type: { exact_lp_burn: { lp_to_burn: lp.toString(), min_assets_out: min } } } }),
      ).toString("base64");
    await expect(
      c.execute(alice, contracts.dexter_lp_3, { send: { contract: contracts.dexter_vault, amount: lp.toString(), msg: exit([sim.assets_out[0]]) } }, FEE),
    ).rejects.toThrow(/must list every pool asset/);
    const atomBefore = await balance(c, alice, ATOM);
    await c.execute(alice, contracts.dexter_lp_3, { send: { contract: contracts.dexter_vault, amount: lp.toString(), msg: exit(sim.assets_out) } }, FEE);
    expect(await lpBalance(c, "3", alice)).toBe(0n);
    expect(await balance(c, alice, ATOM)).toBe(atomBefore + BigInt(sim.assets_out[0].amount));
  });

  it("routes stkATOM -> ATOM -> XPRT through the router as simulated, with minimum_receive checked at the end", async () => {
    const c = await client();
    // some stkATOM first, bought from the stable pool
    const buy = { pool_id: "2", asset_in: native(ATOM), asset_out: native("stk/uatom"), swap_type: { give_in: {} }, amount: "2000000" };
    await c.execute(alice, contracts.dexter_vault, { swap: { swap_request: buy, recipient: null, min_receive: null, max_spend: null } }, FEE, "", [
      { denom: ATOM, amount: "2000000" },
    ]);
    expect(await balance(c, alice, "stk/uatom")).toBeGreaterThan(1_000_000n);
    const offer = "1000000";
    const requests = [
      { pool_id: "2", asset_in: native("stk/uatom"), asset_out: native(ATOM) },
      { pool_id: "3", asset_in: native(ATOM), asset_out: native("uxprt") },
    ];
    const sim = await c.queryContractSmart(contracts.dexter_router, {
      simulate_multihop_swap: { multiswap_request: requests, swap_type: { give_in: {} }, amount: offer },
    });
    expect(sim.response).toEqual({ success: {} });
    const out = BigInt(sim.swap_operations[1].received_amount);
    const swap = (min: bigint) => ({ execute_multihop_swap: { requests, offer_amount: offer, recipient: null, minimum_receive: min.toString() } });
    await expect(c.execute(alice, contracts.dexter_router, swap(out + 1n), FEE, "", [{ denom: "stk/uatom", amount: offer }])).rejects.toThrow(
      /less than minimum_receive/,
    );
    const before = await balance(c, alice, "uxprt");
    const res = await c.execute(alice, contracts.dexter_router, swap(out), FEE, "", [{ denom: "stk/uatom", amount: offer }]);
    const gasFee = BigInt(Math.ceil(Number(res.gasWanted) * 0.025));
    expect((await balance(c, alice, "uxprt")) - before + gasFee).toBe(out);
  });

  it("a paused pool refuses swaps, a defunct pool refuses everything, and only the owner can pause", async () => {
    const c = await client();
    const request = { pool_id: "4", asset_in: native("uxprt"), asset_out: native(USDC.denom), swap_type: { give_in: {} }, amount: "1000000" };
    const pause = { update_pause_info: { update_type: { pool_id: "4" }, pause_info: { swap: true, deposit: false, imbalanced_withdraw: false } } };
    await expect(c.execute(alice, contracts.dexter_vault, pause, FEE)).rejects.toThrow(/Unauthorized/);
    await (await client(4)).execute(owner, contracts.dexter_vault, pause, FEE);
    await expect(
      c.execute(alice, contracts.dexter_vault, { swap: { swap_request: request, recipient: null, min_receive: null, max_spend: null } }, FEE, "", [
        { denom: "uxprt", amount: "1000000" },
      ]),
    ).rejects.toThrow(/Swaps are paused on pool 4/);
    const dydx = IBC_ASSETS.find((a) => a.symbol === "DYDX")!.denom;
    await expect(
      c.execute(
        alice,
        contracts.dexter_vault,
        { join_pool: { pool_id: "5", recipient: null, assets: [{ info: native(dydx), amount: "1000" }], min_lp_to_receive: null, auto_stake: false } },
        FEE,
        "",
        [{ denom: dydx, amount: "1000" }],
      ),
    ).rejects.toThrow(/Pool 5 is defunct/);
    expect(bob).toBeDefined();
  });
});
