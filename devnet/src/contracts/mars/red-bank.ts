import type { Ctx } from "../../chain/module.js";
import type { BankModule } from "../../modules/bank.js";
import type { Contract, ExecuteEnv, WasmModule } from "../../modules/wasm.js";
import { checkAddress } from "../../util/address.js";
import type { Coin } from "../../util/coins.js";
import { contractState, uint128, variant } from "../state.js";
import { formatDecimal, parseDecimal } from "../dexter/decimal.js";
import type { AssetParams } from "./params.js";
import {
  type HealthPosition,
  type InterestRateModel,
  type MarketState,
  accrue,
  collateralAmount,
  computeHealth,
  debtAmount,
  toScaled,
  toUnderlying,
  updateRates,
  utilization,
} from "./math.js";

// Mars Red Bank's user interface (v2): deposit, withdraw, borrow, repay, update_asset_collateral_status, and
// the market_v2 / markets_v2 / user_position / user_collaterals / user_debts queries, with Mars's messages,
// rounding and error texts. Interest is applied lazily: each action first moves the market's indexes to the
// block time at the rates set by the previous action, then sets new rates from the new utilization.

export interface MarketInit {
  denom: string;
  reserve_factor: string;
  interest_rate_model: { optimal_utilization_rate: string; base: string; slope_1: string; slope_2: string };
}

interface MarketJson {
  denom: string;
  reserve_factor: string;
  interest_rate_model: { optimal_utilization_rate: string; base: string; slope_1: string; slope_2: string };
  borrow_index: string;
  liquidity_index: string;
  borrow_rate: string;
  liquidity_rate: string;
  indexes_last_updated: number;
  collateral_total_scaled: string;
  debt_total_scaled: string;
}

interface Collateral {
  amount_scaled: string;
  enabled: boolean;
}
interface Debt {
  amount_scaled: string;
  uncollateralized: boolean;
}

export interface RedBankLinks {
  owner: string;
  oracle: () => string;
  params: () => string;
  rewardsCollector: string;
}

const DEFAULT_LIMIT = 5;
const MAX_LIMIT = 10;

const toModel = (m: MarketJson["interest_rate_model"]): InterestRateModel => ({
  optimal_utilization_rate: parseDecimal(m.optimal_utilization_rate),
  base: parseDecimal(m.base),
  slope_1: parseDecimal(m.slope_1),
  slope_2: parseDecimal(m.slope_2),
});

function fromJson(j: MarketJson): MarketState {
  return {
    denom: j.denom,
    reserve_factor: parseDecimal(j.reserve_factor),
    interest_rate_model: toModel(j.interest_rate_model),
    borrow_index: parseDecimal(j.borrow_index),
    liquidity_index: parseDecimal(j.liquidity_index),
    borrow_rate: parseDecimal(j.borrow_rate),
    liquidity_rate: parseDecimal(j.liquidity_rate),
    indexes_last_updated: j.indexes_last_updated,
    collateral_total_scaled: BigInt(j.collateral_total_scaled),
    debt_total_scaled: BigInt(j.debt_total_scaled),
  };
}

function toJson(m: MarketState, model: MarketJson["interest_rate_model"]): MarketJson {
  return {
    denom: m.denom,
    reserve_factor: formatDecimal(m.reserve_factor),
    interest_rate_model: model,
    borrow_index: formatDecimal(m.borrow_index),
    liquidity_index: formatDecimal(m.liquidity_index),
    borrow_rate: formatDecimal(m.borrow_rate),
    liquidity_rate: formatDecimal(m.liquidity_rate),
    indexes_last_updated: m.indexes_last_updated,
    collateral_total_scaled: m.collateral_total_scaled.toString(),
    debt_total_scaled: m.debt_total_scaled.toString(),
  };
}

/** cw_utils::one_coin */
function oneCoin(funds: Coin[]): Coin {
  if (funds.length === 0) throw new Error("No funds sent");
  if (funds.length > 1) throw new Error("Sent more than one denomination");
  return funds[0];
}

/** an optional address field, validated (addr_validate), or the default */
function addressOr(value: unknown, field: string, fallback: string): string {
  if (value == null) return fallback;
  if (typeof value !== "string") throw new Error(`Error parsing into type: ${field} must be a string`);
  checkAddress(value, field);
  return value;
}

const limitOf = (body: Record<string, unknown>) => Math.min(body.limit == null ? DEFAULT_LIMIT : Number(body.limit), MAX_LIMIT);
const after = (body: Record<string, unknown>) => (typeof body.start_after === "string" ? body.start_after : "");

export function redBankContract(wasm: WasmModule, bank: BankModule, links: RedBankLinks, markets: MarketInit[]): Contract {
  const seconds = (ctx: Ctx) => Math.floor(ctx.time / 1000);

  const store = (ctx: Ctx, address: string) => {
    const s = contractState(ctx, address);
    /** the market as stored (the rate model kept in its decimal strings) */
    const json = (m: MarketState) => toJson(m, s.get<MarketJson>(`market/${m.denom}`)!.interest_rate_model);
    return {
      market(denom: string): MarketState {
        const j = s.get<MarketJson>(`market/${denom}`);
        if (!j) throw new Error("Asset not initialized");
        return fromJson(j);
      },
      json,
      saveMarket: (m: MarketState) => s.set(`market/${m.denom}`, json(m)),
      markets: () => s.list<MarketJson>("market/").map((e) => fromJson(e.value)),
      collateral: (user: string, denom: string) => s.get<Collateral>(`collateral/${user}/${denom}`),
      collaterals: (user: string) => s.list<Collateral>(`collateral/${user}/`).map((e) => ({ denom: e.key, ...e.value })),
      debt: (user: string, denom: string) => s.get<Debt>(`debt/${user}/${denom}`),
      debts: (user: string) => s.list<Debt>(`debt/${user}/`).map((e) => ({ denom: e.key, ...e.value })),
      /** adds to (or, negative, takes from) a user's scaled collateral; a new one is enabled, an emptied one removed */
      changeCollateral(user: string, denom: string, delta: bigint) {
        const c = s.get<Collateral>(`collateral/${user}/${denom}`);
        const next = BigInt(c?.amount_scaled ?? "0") + delta;
        if (next < 0n) throw new Error("Overflow: Cannot Sub with given operands");
        if (next === 0n) s.delete(`collateral/${user}/${denom}`);
        else s.set(`collateral/${user}/${denom}`, { amount_scaled: next.toString(), enabled: c?.enabled ?? true });
      },
      setEnabled(user: string, denom: string, enabled: boolean) {
        const c = s.get<Collateral>(`collateral/${user}/${denom}`)!;
        s.set(`collateral/${user}/${denom}`, { ...c, enabled });
      },
      changeDebt(user: string, denom: string, delta: bigint) {
        const d = s.get<Debt>(`debt/${user}/${denom}`);
        const next = BigInt(d?.amount_scaled ?? "0") + delta;
        if (next < 0n) throw new Error("Overflow: Cannot Sub with given operands");
        if (next === 0n) s.delete(`debt/${user}/${denom}`);
        else s.set(`debt/${user}/${denom}`, { amount_scaled: next.toString(), uncollateralized: false });
      },
    };
  };
  type Store = ReturnType<typeof store>;

  const assetParams = (ctx: Ctx, denom: string) => wasm.query<AssetParams>(ctx, links.params(), { asset_params: { denom } });
  const price = (ctx: Ctx, denom: string) => parseDecimal(wasm.query<{ price: string }>(ctx, links.oracle(), { price: { denom } }).price);

  /** the user's positions as the health check sees them: enabled collateral and debt, in underlying, priced */
  function positions(ctx: Ctx, s: Store, user: string): Map<string, HealthPosition> {
    const now = seconds(ctx);
    const denoms = new Set([...s.collaterals(user).map((c) => c.denom), ...s.debts(user).map((d) => d.denom)]);
    const out = new Map<string, HealthPosition>();
    for (const denom of [...denoms].sort()) {
      const m = s.market(denom);
      const p = assetParams(ctx, denom);
      const c = s.collateral(user, denom);
      const d = s.debt(user, denom);
      out.set(denom, {
        collateral: c?.enabled ? collateralAmount(m, BigInt(c.amount_scaled), now) : 0n,
        debt: d ? debtAmount(m, BigInt(d.amount_scaled), now) : 0n,
        price: price(ctx, denom),
        maxLtv: parseDecimal(p.max_loan_to_value),
        liquidationThreshold: parseDecimal(p.liquidation_threshold),
      });
    }
    return out;
  }

  /** accrues interest and credits the protocol's share to the rewards collector, as every action does first */
  function applyInterest(s: Store, m: MarketState, now: number) {
    const rewardsScaled = accrue(m, now);
    if (rewardsScaled > 0n) {
      s.changeCollateral(links.rewardsCollector, m.denom, rewardsScaled);
      m.collateral_total_scaled += rewardsScaled;
    }
  }

  function deposit(ctx: Ctx, env: ExecuteEnv, body: Record<string, unknown>) {
    const coin = oneCoin(env.funds);
    const onBehalfOf = addressOr(body.on_behalf_of, "on_behalf_of", env.sender);
    const s = store(ctx, env.contract);
    const m = s.market(coin.denom);
    const p = assetParams(ctx, coin.denom);
    if (!p.red_bank.deposit_enabled) throw new Error(`Deposit for "${coin.denom}" is not enabled`);
    const now = seconds(ctx);
    const total = collateralAmount(m, m.collateral_total_scaled, now);
    if (total + coin.amount > BigInt(p.deposit_cap)) throw new Error(`Deposit Cap exceeded for "${coin.denom}"`);
    applyInterest(s, m, now);
    const scaled = toScaled(coin.amount, m.liquidity_index, false);
    s.changeCollateral(onBehalfOf, coin.denom, scaled);
    m.collateral_total_scaled += scaled;
    updateRates(m, now);
    s.saveMarket(m);
    return [
      ["action", "deposit"],
      ["sender", env.sender],
      ["on_behalf_of", onBehalfOf],
      ["denom", coin.denom],
      ["amount", coin.amount.toString()],
      ["amount_scaled", scaled.toString()],
    ];
  }

  function withdraw(ctx: Ctx, env: ExecuteEnv, body: Record<string, unknown>) {
    const denom = String(body.denom ?? "");
    const s = store(ctx, env.contract);
    const m = s.market(denom);
    const now = seconds(ctx);
    const c = s.collateral(env.sender, denom);
    const scaledBefore = BigInt(c?.amount_scaled ?? "0");
    if (!c || scaledBefore === 0n) throw new Error(`User address "${env.sender}" has no balance in specified collateral asset "${denom}"`);
    const balanceBefore = collateralAmount(m, scaledBefore, now);
    const amount = body.amount == null ? balanceBefore : uint128(body.amount, "amount");
    if (amount === 0n || amount > balanceBefore) throw new Error(`Withdraw amount must be greater than 0 and less or equal user balance (asset: "${denom}")`);
    if (c.enabled && s.debts(env.sender).length > 0) {
      const ps = positions(ctx, s, env.sender);
      ps.get(denom)!.collateral -= amount;
      const h = computeHealth([...ps.values()]);
      if (h.liqThresholdHf !== null && h.liqThresholdHf < 10n ** 18n) throw new Error("User's health factor can't be less than 1 after withdraw");
    }
    applyInterest(s, m, now);
    const scaledAfter = toScaled(balanceBefore - amount, m.liquidity_index, false);
    const scaledDelta = scaledBefore - scaledAfter;
    s.changeCollateral(env.sender, denom, -scaledDelta);
    m.collateral_total_scaled -= scaledDelta;
    updateRates(m, now);
    s.saveMarket(m);
    const recipient = addressOr(body.recipient, "recipient", env.sender);
    bank.send(ctx, env.contract, recipient, [{ denom, amount }]);
    return [
      ["action", "withdraw"],
      ["sender", env.sender],
      ["recipient", recipient],
      ["denom", denom],
      ["amount", amount.toString()],
      ["amount_scaled", scaledDelta.toString()],
    ];
  }

  function borrow(ctx: Ctx, env: ExecuteEnv, body: Record<string, unknown>) {
    const denom = String(body.denom ?? "");
    const amount = uint128(body.amount, "amount");
    const s = store(ctx, env.contract);
    const p = assetParams(ctx, denom);
    if (!p.red_bank.borrow_enabled) throw new Error(`Borrow for "${denom}" is not enabled`);
    const m = s.market(denom);
    const now = seconds(ctx);
    const available = collateralAmount(m, m.collateral_total_scaled, now) - debtAmount(m, m.debt_total_scaled, now);
    if (amount === 0n || amount > available) throw new Error(`Borrow amount must be greater than 0 and less or equal available liquidity (asset: "${denom}")`);
    const ps = positions(ctx, s, env.sender);
    const mine = ps.get(denom) ?? { collateral: 0n, debt: 0n, price: price(ctx, denom), maxLtv: 0n, liquidationThreshold: 0n };
    mine.debt += amount;
    ps.set(denom, mine);
    const h = computeHealth([...ps.values()]);
    if (h.maxLtvHf !== null && h.maxLtvHf < 10n ** 18n) throw new Error("Borrow amount exceeds maximum allowed given current collateral value");
    applyInterest(s, m, now);
    const scaled = toScaled(amount, m.borrow_index, true);
    m.debt_total_scaled += scaled;
    s.changeDebt(env.sender, denom, scaled);
    updateRates(m, now);
    s.saveMarket(m);
    const recipient = addressOr(body.recipient, "recipient", env.sender);
    bank.send(ctx, env.contract, recipient, [{ denom, amount }]);
    return [
      ["action", "borrow"],
      ["sender", env.sender],
      ["recipient", recipient],
      ["denom", denom],
      ["amount", amount.toString()],
      ["amount_scaled", scaled.toString()],
    ];
  }

  function repay(ctx: Ctx, env: ExecuteEnv, body: Record<string, unknown>) {
    const coin = oneCoin(env.funds);
    const user = addressOr(body.on_behalf_of, "on_behalf_of", env.sender);
    const s = store(ctx, env.contract);
    const d = s.debt(user, coin.denom);
    if (!d) throw new Error("Cannot repay 0 debt");
    const m = s.market(coin.denom);
    const now = seconds(ctx);
    applyInterest(s, m, now);
    const scaledBefore = BigInt(d.amount_scaled);
    const before = toUnderlying(scaledBefore, m.borrow_index, true);
    const refund = coin.amount > before ? coin.amount - before : 0n;
    const after = coin.amount > before ? 0n : before - coin.amount;
    const scaledDelta = scaledBefore - toScaled(after, m.borrow_index, true);
    m.debt_total_scaled -= scaledDelta;
    s.changeDebt(user, coin.denom, -scaledDelta);
    updateRates(m, now);
    s.saveMarket(m);
    if (refund > 0n) bank.send(ctx, env.contract, env.sender, [{ denom: coin.denom, amount: refund }]);
    return [
      ["action", "repay"],
      ["sender", env.sender],
      ["on_behalf_of", user],
      ["denom", coin.denom],
      ["amount", (coin.amount - refund).toString()],
      ["amount_scaled", scaledDelta.toString()],
    ];
  }

  function updateCollateralStatus(ctx: Ctx, env: ExecuteEnv, body: Record<string, unknown>) {
    const denom = String(body.denom ?? "");
    if (typeof body.enable !== "boolean") throw new Error("Error parsing into type: enable must be a boolean");
    const s = store(ctx, env.contract);
    const c = s.collateral(env.sender, denom);
    if (!c) throw new Error(`User address "${env.sender}" has no balance in specified collateral asset "${denom}"`);
    s.setEnabled(env.sender, denom, body.enable);
    if (c.enabled && !body.enable) {
      const h = computeHealth([...positions(ctx, s, env.sender).values()]);
      if (h.liqThresholdHf !== null && h.liqThresholdHf < 10n ** 18n) throw new Error("User's health factor can't be less than 1 after disabling collateral");
    }
    return [
      ["action", "update_asset_collateral_status"],
      ["user", env.sender],
      ["denom", denom],
      ["enable", String(body.enable)],
    ];
  }

  function marketV2(s: Store, m: MarketState, now: number) {
    return {
      ...s.json(m),
      collateral_total_amount: collateralAmount(m, m.collateral_total_scaled, now).toString(),
      debt_total_amount: debtAmount(m, m.debt_total_scaled, now).toString(),
      utilization_rate: formatDecimal(utilization(m, now)),
    };
  }

  function collateralView(s: Store, user: string, denom: string, c: Collateral, now: number) {
    return { denom, amount_scaled: c.amount_scaled, amount: collateralAmount(s.market(denom), BigInt(c.amount_scaled), now).toString(), enabled: c.enabled };
  }
  function debtView(s: Store, denom: string, d: Debt, now: number) {
    return {
      denom,
      amount_scaled: d.amount_scaled,
      amount: debtAmount(s.market(denom), BigInt(d.amount_scaled), now).toString(),
      uncollateralized: d.uncollateralized,
    };
  }

  const userOf = (body: Record<string, unknown>) => {
    const user = String(body.user ?? "");
    checkAddress(user, "user");
    return user;
  };

  return {
    label: "mars-red-bank",
    codeId: 13,
    init(ctx, address) {
      const s = contractState(ctx, address);
      for (const mi of markets) {
        const init: MarketJson = {
          denom: mi.denom,
          reserve_factor: mi.reserve_factor,
          interest_rate_model: mi.interest_rate_model,
          borrow_index: "1",
          liquidity_index: "1",
          borrow_rate: mi.interest_rate_model.base,
          liquidity_rate: "0",
          indexes_last_updated: seconds(ctx),
          collateral_total_scaled: "0",
          debt_total_scaled: "0",
        };
        s.set(`market/${mi.denom}`, init);
      }
    },
    execute(ctx: Ctx, env: ExecuteEnv, msg) {
      const [kind, body] = variant(msg);
      const run = { deposit, withdraw, borrow, repay, update_asset_collateral_status: updateCollateralStatus }[kind];
      if (!run) throw new Error(`Error parsing into type mars_types::red_bank::ExecuteMsg: unknown variant \`${kind}\``);
      if (kind !== "deposit" && kind !== "repay" && env.funds.length) throw new Error("This message does no accept funds");
      return { attributes: run(ctx, env, body) as [string, string][] };
    },
    query(ctx: Ctx, address: string, msg) {
      const [kind, body] = variant(msg);
      const s = store(ctx, address);
      const now = seconds(ctx);
      switch (kind) {
        case "config":
          return { owner: links.owner, proposed_new_owner: null, address_provider: address };
        case "market":
          return s.json(s.market(String(body.denom ?? "")));
        case "market_v2":
          return marketV2(s, s.market(String(body.denom ?? "")), now);
        case "markets_v2": {
          const list = s.markets().filter((m) => m.denom > after(body));
          const limit = limitOf(body);
          return { data: list.slice(0, limit).map((m) => marketV2(s, m, now)), metadata: { has_more: list.length > limit } };
        }
        case "user_collateral": {
          const user = userOf(body);
          const denom = String(body.denom ?? "");
          const c = s.collateral(user, denom);
          return c ? collateralView(s, user, denom, c, now) : { denom, amount_scaled: "0", amount: "0", enabled: false };
        }
        case "user_collaterals": {
          const user = userOf(body);
          return s
            .collaterals(user)
            .filter((c) => c.denom > after(body))
            .slice(0, limitOf(body))
            .map((c) => collateralView(s, user, c.denom, c, now));
        }
        case "user_debt": {
          const user = userOf(body);
          const denom = String(body.denom ?? "");
          const d = s.debt(user, denom);
          return d ? debtView(s, denom, d, now) : { denom, amount_scaled: "0", amount: "0", uncollateralized: false };
        }
        case "user_debts": {
          const user = userOf(body);
          return s
            .debts(user)
            .filter((d) => d.denom > after(body))
            .slice(0, limitOf(body))
            .map((d) => debtView(s, d.denom, d, now));
        }
        case "user_position": {
          const h = computeHealth([...positions(ctx, s, userOf(body)).values()]);
          return {
            total_enabled_collateral: h.totalCollateralValue.toString(),
            total_collateralized_debt: h.totalDebtValue.toString(),
            weighted_max_ltv_collateral: h.maxLtvCollateral.toString(),
            weighted_liquidation_threshold_collateral: h.liqThresholdCollateral.toString(),
            health_status:
              h.maxLtvHf === null
                ? "not_borrowing"
                : { borrowing: { max_ltv_hf: formatDecimal(h.maxLtvHf), liq_threshold_hf: formatDecimal(h.liqThresholdHf!) } },
          };
        }
        default:
          throw new Error(`Error parsing into type mars_types::red_bank::QueryMsg: unknown variant \`${kind}\``);
      }
    },
  };
}
