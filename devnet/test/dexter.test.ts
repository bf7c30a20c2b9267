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
    // as vault 1.2: a defunct pool (5) leaves the active pools, so a page spanning it fails
    const pools = await c.queryContractSmart(contracts.dexter_vault, { pools: { start_after: null, limit: 4 } });
    expect(pools.map((p: { pool_id: string }) => p.pool_id)).toEqual(["1", "2", "3", "4"]);
    await expect(c.queryContractSmart(contracts.dexter_vault, { pools: {} })).rejects.toThrow(/PoolInfo not found/);
    expect(await c.queryContractSmart(contracts.dexter_vault, { config: {} })).toMatchObject({ next_pool_id: "6", pool_creation_fee: "disabled" });
    expect(pools[0].assets.map((a: { info: { native_token: { denom: string } } }) => a.info.native_token.denom)).toEqual(["stk/uxprt", "uxprt"]);
    const token = await c.queryContractSmart(contracts.dexter_lp_3, { token_info: {} });
    expect(token).toMatchObject({ symbol: "DEX-LP", decimals: 18, total_supply: (100n * 10n ** 18n).toString() });
    const defunct = await c.queryContractSmart(contracts.dexter_vault, { get_defunct_pool_info: { pool_id: "5" } });
    expect(Object.keys(defunct).sort()).toEqual([
      "current_assets_in_pool",
      "defunct_timestamp",
      "lp_token_addr",
      "pool_id",
      "total_assets_at_defunct",
      "total_lp_supply_at_defunct",
      "total_refunded_lp_tokens",
    ]);
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
    ).rejects.toThrow(/Pool is already defunct/);
    expect(bob).toBeDefined();
  });

  it("makes a pool defunct only without reward schedules, then refunds each holder's share of it, wherever the LP sits", async () => {
    const c = await client();
    const admin = await client(4);
    const vault = contracts.dexter_vault;
    // pool 3 has a reward schedule (here about to start): it cannot be closed (tests/defunct_pool.rs
    // test_defunct_pool_with_active_reward_schedules_fails)
    await expect(admin.execute(owner, vault, { defunct_pool: { pool_id: "3" } }, FEE)).rejects.toThrow(/(active|future) reward schedules/);
    await expect(c.execute(alice, vault, { defunct_pool: { pool_id: "4" } }, FEE)).rejects.toThrow(/Unauthorized/);
    // alice holds pool 4's LP three ways: in the wallet, bonded, and unbonding
    const assets = [
      { info: native(USDC.denom), amount: "1000000000" },
      { info: native("uxprt"), amount: "5000000000" },
    ];
    const funds = assets.map((a) => ({ denom: a.info.native_token.denom, amount: a.amount }));
    await c.execute(alice, vault, { join_pool: { pool_id: "4", recipient: null, assets, min_lp_to_receive: null, auto_stake: true } }, FEE, "", funds);
    await c.execute(alice, vault, { join_pool: { pool_id: "4", recipient: null, assets, min_lp_to_receive: null, auto_stake: false } }, FEE, "", funds);
    const lp = contracts.dexter_lp_4;
    const bonded = BigInt(await c.queryContractSmart(contracts.dexter_multistaking, { bonded_lp_tokens: { lp_token: lp, user: alice } }));
    await c.execute(alice, contracts.dexter_multistaking, { unbond: { lp_token: lp, amount: (bonded / 3n).toString() } }, FEE);
    const owned = (await lpBalance(c, "4", alice)) + bonded;

    await admin.execute(owner, vault, { defunct_pool: { pool_id: "4" } }, FEE);
    await expect(admin.execute(owner, vault, { defunct_pool: { pool_id: "4" } }, FEE)).rejects.toThrow(/Pool is already defunct/);
    await expect(c.queryContractSmart(vault, { get_pool_by_id: { pool_id: "4" } })).rejects.toThrow(/PoolInfo not found/);
    const info = await c.queryContractSmart(vault, { get_defunct_pool_info: { pool_id: "4" } });
    expect(await c.queryContractSmart(vault, { is_user_refunded: { pool_id: "4", user: alice } })).toBe(false);
    await expect(
      admin.execute(owner, vault, { process_refund_batch: { pool_id: "4", user_addresses: [alice, contracts.dexter_multistaking] } }, FEE),
    ).rejects.toThrow(/directly to the multistaking contract/);
    await expect(admin.execute(owner, vault, { process_refund_batch: { pool_id: "3", user_addresses: [alice] } }, FEE)).rejects.toThrow(/Pool is not defunct/);

    const before = await Promise.all([balance(c, alice, USDC.denom), balance(c, alice, "uxprt")]);
    await admin.execute(owner, vault, { process_refund_batch: { pool_id: "4", user_addresses: [alice] } }, FEE);
    // calculate_proportional_refund: floor(asset at defunct x LP owned anywhere / LP supply at defunct)
    const share = (info.total_assets_at_defunct as { amount: string }[]).map((a) => (BigInt(a.amount) * owned) / BigInt(info.total_lp_supply_at_defunct));
    const after = await Promise.all([balance(c, alice, USDC.denom), balance(c, alice, "uxprt")]);
    expect([after[0] - before[0], after[1] - before[1]]).toEqual(share);
    expect(await c.queryContractSmart(vault, { is_user_refunded: { pool_id: "4", user: alice } })).toBe(true);
    const later = await c.queryContractSmart(vault, { get_defunct_pool_info: { pool_id: "4" } });
    expect(later.total_refunded_lp_tokens).toBe(owned.toString());
    expect(later.current_assets_in_pool.map((a: { amount: string }) => BigInt(a.amount))).toEqual(
      info.current_assets_in_pool.map((a: { amount: string }, k: number) => BigInt(a.amount) - share[k]),
    );
    await expect(admin.execute(owner, vault, { process_refund_batch: { pool_id: "4", user_addresses: [alice] } }, FEE)).rejects.toThrow(
      /already been refunded/,
    );
  });
});
