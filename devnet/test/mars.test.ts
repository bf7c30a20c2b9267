import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { SigningCosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import { DEMO_ADDRESSES, USDC } from "../src/genesis.js";
import { ONE, formatDecimal, parseDecimal } from "../src/contracts/dexter/decimal.js";
import { appliedLinearRate, borrowRate, liquidityRate, toUnderlying } from "../src/contracts/mars/math.js";
import { GAS_PRICE, directWallet, isolatedDevnet, pstakeClient, startTestDevnet } from "./helpers.js";

// The Mars-like lending market through cosmjs, as the dApp drives it: deposits (caps, enabled flags), borrows
// (liquidity, max LTV), repays with refunds, withdrawals and collateral toggles guarded by the health factor,
// prices set by the oracle's owner or devnet_setPrice, and interest that accrues with chain time.

const [alice, bob, , , owner] = DEMO_ADDRESSES;
const FEE = "auto" as const;
const STK = "stk/uxprt";

const devnet = isolatedDevnet({ beforeAll, beforeEach, afterAll });
let mars: { mars_red_bank: string; mars_params: string; mars_oracle: string };

async function client(index = 0) {
  return SigningCosmWasmClient.connectWithSigner(devnet().url, await directWallet(index), { gasPrice: GAS_PRICE, broadcastPollIntervalMs: 50 });
}
const balance = async (c: SigningCosmWasmClient, who: string, denom: string) => BigInt((await c.getBalance(who, denom)).amount);

/** alice liquid-stakes XPRT and supplies the stkXPRT she gets */
async function supplyStk(c: SigningCosmWasmClient, xprt: bigint): Promise<bigint> {
  const ps = await pstakeClient(devnet().url, await directWallet(0));
  await ps.signAndBroadcast(
    alice,
    [{ typeUrl: "/pstake.liquidstake.v1beta1.MsgLiquidStake", value: { delegatorAddress: alice, amount: { denom: "uxprt", amount: xprt.toString() } } }],
    FEE,
  );
  const stk = await balance(c, alice, STK);
  await c.execute(alice, mars.mars_red_bank, { deposit: {} }, FEE, "", [{ denom: STK, amount: stk.toString() }]);
  return stk;
}

beforeAll(async () => {
  mars = (await devnet().rpc("devnet_info")).result.contracts;
});

describe("Mars-like lending on the devnet", () => {
  it("lists five markets with live utilization and rates that follow the rate model", async () => {
    const c = await client();
    expect(Object.keys(mars)).toEqual(expect.arrayContaining(["mars_red_bank", "mars_params", "mars_oracle"]));
    const page1 = await c.queryContractSmart(mars.mars_red_bank, { markets_v2: {} });
    expect(page1.data).toHaveLength(5);
    expect(page1.metadata).toEqual({ has_more: false });
    const page = await c.queryContractSmart(mars.mars_red_bank, { markets_v2: { limit: 2 } });
    expect(page.metadata.has_more).toBe(true);
    const rest = await c.queryContractSmart(mars.mars_red_bank, { markets_v2: { start_after: page.data[1].denom, limit: 10 } });
    expect([...page.data, ...rest.data].map((m: { denom: string }) => m.denom)).toEqual(page1.data.map((m: { denom: string }) => m.denom));
    const usdc = page1.data.find((m: { denom: string }) => m.denom === USDC.denom);
    expect(usdc).toMatchObject({ collateral_total_amount: "1000000000000", debt_total_amount: "400000000000", utilization_rate: "0.4" });
    const u = parseDecimal(usdc.utilization_rate);
    const model = Object.fromEntries(Object.entries(usdc.interest_rate_model).map(([k, v]) => [k, parseDecimal(v as string)]));
    const br = borrowRate(model as never, u);
    expect(usdc.borrow_rate).toBe(formatDecimal(br)); // 0.2 * 0.4 / 0.8 = 0.1
    expect(usdc.borrow_rate).toBe("0.1");
    expect(usdc.liquidity_rate).toBe(formatDecimal(liquidityRate(br, u, parseDecimal(usdc.reserve_factor))));
    const params = await c.queryContractSmart(mars.mars_params, { all_asset_params: { limit: 10 } });
    expect(params.map((p: { denom: string }) => p.denom).sort()).toEqual(page1.data.map((m: { denom: string }) => m.denom).sort());
    expect(await c.queryContractSmart(mars.mars_params, { total_deposit: { denom: USDC.denom } })).toEqual({
      denom: USDC.denom,
      cap: "5000000000000",
      amount: "1000000000000",
    });
    expect(await c.queryContractSmart(mars.mars_oracle, { price: { denom: STK } })).toEqual({ denom: STK, price: "0.2" });
  });

  it("supplies stkXPRT as collateral, borrows USDC against it up to max LTV, and reports the health factor", async () => {
    const c = await client();
    const stk = await supplyStk(c, 10_000_000_000n);
    expect(await c.queryContractSmart(mars.mars_red_bank, { user_collaterals: { user: alice } })).toEqual([
      expect.objectContaining({ denom: STK, amount: stk.toString(), enabled: true }),
    ]);
    // collateral value = stk x 0.2 micro-USD; max LTV 0.45: at most 0.09 USDC per stk
    const value = (stk * 2n) / 10n;
    const max = (value * 45n) / 100n;
    await expect(c.execute(alice, mars.mars_red_bank, { borrow: { denom: USDC.denom, amount: (max + 1n).toString() } }, FEE)).rejects.toThrow(
      /Borrow amount exceeds maximum allowed given current collateral value/,
    );
    const usdcBefore = await balance(c, alice, USDC.denom);
    await c.execute(alice, mars.mars_red_bank, { borrow: { denom: USDC.denom, amount: (max / 2n).toString() } }, FEE);
    expect(await balance(c, alice, USDC.denom)).toBe(usdcBefore + max / 2n);
    const pos = await c.queryContractSmart(mars.mars_red_bank, { user_position: { user: alice } });
    const debt = BigInt((await c.queryContractSmart(mars.mars_red_bank, { user_debt: { user: alice, denom: USDC.denom } })).amount);
    expect(pos.total_enabled_collateral).toBe(value.toString());
    expect(pos.total_collateralized_debt).toBe(debt.toString());
    expect(pos.health_status.borrowing.max_ltv_hf).toBe(formatDecimal((((value * 45n) / 100n) * ONE) / debt));
    expect(pos.health_status.borrowing.liq_threshold_hf).toBe(formatDecimal((((value * 55n) / 100n) * ONE) / debt));
    // disabling the only collateral would make the account liquidatable
    await expect(c.execute(alice, mars.mars_red_bank, { update_asset_collateral_status: { denom: STK, enable: false } }, FEE)).rejects.toThrow(
      /health factor can't be less than 1 after disabling collateral/,
    );
    // withdrawing all of it likewise; withdrawing a little is fine
    await expect(c.execute(alice, mars.mars_red_bank, { withdraw: { denom: STK } }, FEE)).rejects.toThrow(/health factor can't be less than 1 after withdraw/);
    await c.execute(alice, mars.mars_red_bank, { withdraw: { denom: STK, amount: "1000000" } }, FEE);
  });

  it("repays with the excess refunded, then withdraws everything", async () => {
    const c = await client();
    await supplyStk(c, 1_000_000_000n);
    await c.execute(alice, mars.mars_red_bank, { borrow: { denom: USDC.denom, amount: "10000000" } }, FEE);
    await devnet().rpc("devnet_advanceTime", { seconds: 30 * 86400 });
    const owed = BigInt((await c.queryContractSmart(mars.mars_red_bank, { user_debt: { user: alice, denom: USDC.denom } })).amount);
    expect(owed).toBeGreaterThan(10_000_000n);
    const before = await balance(c, alice, USDC.denom);
    const r = await c.execute(alice, mars.mars_red_bank, { repay: {} }, FEE, "", [{ denom: USDC.denom, amount: (owed + 5_000_000n).toString() }]);
    const paid = before - (await balance(c, alice, USDC.denom));
    // interest of the block itself (a few seconds) may add to what was owed when queried
    expect(paid).toBeGreaterThanOrEqual(owed);
    expect(paid).toBeLessThan(owed + 1000n);
    const repaid = r.events.find((e) => e.type === "wasm")!.attributes.find((a) => a.key === "amount")!.value;
    expect(BigInt(repaid)).toBe(paid);
    expect(await c.queryContractSmart(mars.mars_red_bank, { user_debts: { user: alice } })).toEqual([]);
    expect(await c.queryContractSmart(mars.mars_red_bank, { user_position: { user: alice } })).toMatchObject({ health_status: "not_borrowing" });
    await c.execute(alice, mars.mars_red_bank, { withdraw: { denom: STK } }, FEE);
    expect(await c.queryContractSmart(mars.mars_red_bank, { user_collaterals: { user: alice } })).toEqual([]);
    await expect(c.execute(alice, mars.mars_red_bank, { repay: {} }, FEE, "", [{ denom: USDC.denom, amount: "1" }])).rejects.toThrow(/Cannot repay 0 debt/);
  });

  it("accrues interest linearly between actions, as the rate model says", async () => {
    const c = await client();
    const m0 = await c.queryContractSmart(mars.mars_red_bank, { market_v2: { denom: USDC.denom } });
    const lender = await c.queryContractSmart(mars.mars_red_bank, { user_debts: { user: alice } });
    expect(lender).toEqual([]);
    const days = 90;
    const { result } = await devnet().rpc("devnet_advanceTime", { seconds: days * 86400 });
    const t = Math.floor(Date.parse(result.chain_time) / 1000);
    const m1 = await c.queryContractSmart(mars.mars_red_bank, { market_v2: { denom: USDC.denom } });
    const elapsed = t - m0.indexes_last_updated;
    const borrowIndex = appliedLinearRate(parseDecimal(m0.borrow_index), parseDecimal(m0.borrow_rate), elapsed);
    const liquidityIndex = appliedLinearRate(parseDecimal(m0.liquidity_index), parseDecimal(m0.liquidity_rate), elapsed);
    expect(m1.debt_total_amount).toBe(toUnderlying(BigInt(m0.debt_total_scaled), borrowIndex, true).toString());
    expect(m1.collateral_total_amount).toBe(toUnderlying(BigInt(m0.collateral_total_scaled), liquidityIndex, false).toString());
    // 10% APR on 400k USDC for 90 days, linear
    expect(Number(m1.debt_total_amount) / 1e6).toBeCloseTo(400_000 * (1 + (0.1 * days) / 365), 0);
    // the stored indexes move only when someone acts
    expect(m1.borrow_index).toBe(m0.borrow_index);
    await supplyStk(c, 100_000_000n);
    await c.execute(alice, mars.mars_red_bank, { borrow: { denom: USDC.denom, amount: "1000000" } }, FEE);
    const m2 = await c.queryContractSmart(mars.mars_red_bank, { market_v2: { denom: USDC.denom } });
    expect(parseDecimal(m2.borrow_index)).toBeGreaterThan(parseDecimal(m0.borrow_index));
    // the reserve factor's share of interest was credited as collateral (to the rewards collector)
    expect(BigInt(m2.collateral_total_scaled)).toBeGreaterThan(BigInt(m0.collateral_total_scaled));
  });

  it("refuses what Mars refuses: over the cap, disabled borrow, too little liquidity, funds on a borrow, no funds", async () => {
    const c = await client();
    const own = await client(4);
    const p = await c.queryContractSmart(mars.mars_params, { asset_params: { denom: USDC.denom } });
    await own.execute(
      owner,
      mars.mars_params,
      {
        update_asset_params: { add_or_update: { params: { ...p, deposit_cap: "1000000000001", red_bank: { deposit_enabled: true, borrow_enabled: false } } } },
      },
      FEE,
    );
    await expect(c.execute(alice, mars.mars_red_bank, { deposit: {} }, FEE, "", [{ denom: USDC.denom, amount: "2" }])).rejects.toThrow(/Deposit Cap exceeded/);
    await c.execute(alice, mars.mars_red_bank, { deposit: {} }, FEE, "", [{ denom: USDC.denom, amount: "1" }]);
    await expect(c.execute(alice, mars.mars_red_bank, { borrow: { denom: USDC.denom, amount: "1" } }, FEE)).rejects.toThrow(/Borrow for .* is not enabled/);
    await expect((await client(1)).execute(bob, mars.mars_params, { update_asset_params: { add_or_update: { params: p } } }, FEE)).rejects.toThrow(
      /Caller is not owner/,
    );
    await supplyStk(c, 1_000_000_000n);
    await expect(c.execute(alice, mars.mars_red_bank, { borrow: { denom: "uxprt", amount: "999999999999999" } }, FEE)).rejects.toThrow(
      /less or equal available liquidity/,
    );
    await expect(c.execute(alice, mars.mars_red_bank, { borrow: { denom: "uxprt", amount: "1" } }, FEE, "", [{ denom: "uxprt", amount: "1" }])).rejects.toThrow(
      /does no accept funds/,
    );
    await expect(c.execute(alice, mars.mars_red_bank, { deposit: {} }, FEE)).rejects.toThrow(/No funds sent/);
    await expect(c.execute(alice, mars.mars_red_bank, { liquidate_everyone: {} }, FEE)).rejects.toThrow(/unknown variant/);
  });

  it("moves prices by the owner's set_price_source or devnet_setPrice, and the health factor follows", async () => {
    const c = await client();
    await supplyStk(c, 10_000_000_000n);
    await c.execute(alice, mars.mars_red_bank, { borrow: { denom: USDC.denom, amount: "800000000" } }, FEE);
    const hf = async () => (await c.queryContractSmart(mars.mars_red_bank, { user_position: { user: alice } })).health_status.borrowing.liq_threshold_hf;
    expect(Number(await hf())).toBeGreaterThan(1);
    await expect(c.execute(alice, mars.mars_oracle, { set_price_source: { denom: STK, price_source: { fixed: { price: "0.1" } } } }, FEE)).rejects.toThrow(
      /Caller is not owner/,
    );
    const own = await client(4);
    await own.execute(owner, mars.mars_oracle, { set_price_source: { denom: STK, price_source: { fixed: { price: "0.15" } } } }, FEE);
    expect(await c.queryContractSmart(mars.mars_oracle, { price: { denom: STK } })).toEqual({ denom: STK, price: "0.15" });
    const r = await devnet().rpc("devnet_setPrice", { denom: STK, price: "0.05" });
    expect(r.result.height).toMatch(/^\d+$/);
    expect(Number(await hf())).toBeLessThan(1);
    expect((await devnet().rpc("devnet_setPrice", { denom: STK, price: "0" })).error).toBeTruthy();
  });
});

describe("the core-1-like profile", () => {
  it("has no lending market, as core-1 has none", async () => {
    const d = await startTestDevnet({ profile: "mainnet", chainId: "core-1" });
    try {
      const info = (await d.rpc("devnet_info")).result;
      expect(info.contracts.mars_red_bank).toBeUndefined();
      expect((await d.rpc("devnet_setPrice", { denom: "uxprt", price: "1" })).error.data).toMatch(/no lending market/);
    } finally {
      await d.stop();
    }
  });
});
