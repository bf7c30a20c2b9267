import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import { executeMsg, querySmart } from "@/lib/chain/wasm";
import { parseDecimal } from "@/lib/dex/pools";
import type { TxPlan } from "@/lib/tx/lifecycle";
import type { MarketMath } from "./math";

// Reading a Mars Red Bank-style market (markets_v2, params, oracle prices, an account's collaterals and debts)
// and the messages a plain wallet sends to it. Lists are paginated by the contracts (Red Bank returns at most
// 10 per page): every page is read.

export interface LendingContracts {
  redBank: string;
  params: string;
  oracle: string;
}

export interface Market extends MarketMath {
  denom: string;
  /** supplied and borrowed now (underlying base units), and debt / supplied */
  supplied: bigint;
  borrowed: bigint;
  utilization: bigint;
  /** risk settings from the params contract */
  maxLtv: bigint;
  liquidationThreshold: bigint;
  depositEnabled: boolean;
  borrowEnabled: boolean;
  depositCap: bigint;
  /** oracle price of one base unit, in the oracle's base denom (micro-USD) */
  price: bigint;
}

interface MarketV2Json {
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
  collateral_total_amount: string;
  debt_total_amount: string;
  utilization_rate: string;
}

interface AssetParamsJson {
  denom: string;
  red_bank: { deposit_enabled: boolean; borrow_enabled: boolean };
  max_loan_to_value: string;
  liquidation_threshold: string;
  deposit_cap: string;
}

const PAGE = 10;

/** every page of a list query keyed by denom */
async function allPages<T extends { denom: string }>(read: (startAfter: string | undefined) => Promise<{ items: T[]; more: boolean }>): Promise<T[]> {
  const out: T[] = [];
  let after: string | undefined;
  for (;;) {
    const { items, more } = await read(after);
    out.push(...items);
    if (!more || items.length === 0) return out;
    after = items[items.length - 1].denom;
  }
}

export async function fetchMarkets(rpc: FailoverRpcClient, c: LendingContracts): Promise<Market[]> {
  const [markets, params, prices] = await Promise.all([
    allPages((start_after) =>
      querySmart<{ data: MarketV2Json[]; metadata: { has_more: boolean } }>(rpc, c.redBank, { markets_v2: { start_after, limit: PAGE } }).then((r) => ({
        items: r.data,
        more: r.metadata.has_more,
      })),
    ),
    allPages((start_after) =>
      querySmart<AssetParamsJson[]>(rpc, c.params, { all_asset_params: { start_after, limit: PAGE } }).then((items) => ({
        items,
        more: items.length === PAGE,
      })),
    ),
    allPages((start_after) =>
      querySmart<{ denom: string; price: string }[]>(rpc, c.oracle, { prices: { start_after, limit: PAGE } }).then((items) => ({
        items,
        more: items.length === PAGE,
      })),
    ),
  ]);
  const paramsOf = new Map(params.map((p) => [p.denom, p]));
  const priceOf = new Map(prices.map((p) => [p.denom, parseDecimal(p.price)]));
  return markets.flatMap((m) => {
    const p = paramsOf.get(m.denom);
    const price = priceOf.get(m.denom);
    if (!p || price === undefined) return []; // a market without risk settings or a price cannot be used
    return [
      {
        denom: m.denom,
        reserveFactor: parseDecimal(m.reserve_factor),
        model: {
          optimalUtilization: parseDecimal(m.interest_rate_model.optimal_utilization_rate),
          base: parseDecimal(m.interest_rate_model.base),
          slope1: parseDecimal(m.interest_rate_model.slope_1),
          slope2: parseDecimal(m.interest_rate_model.slope_2),
        },
        borrowIndex: parseDecimal(m.borrow_index),
        liquidityIndex: parseDecimal(m.liquidity_index),
        borrowRate: parseDecimal(m.borrow_rate),
        liquidityRate: parseDecimal(m.liquidity_rate),
        indexesLastUpdated: m.indexes_last_updated,
        collateralTotalScaled: BigInt(m.collateral_total_scaled),
        debtTotalScaled: BigInt(m.debt_total_scaled),
        supplied: BigInt(m.collateral_total_amount),
        borrowed: BigInt(m.debt_total_amount),
        utilization: parseDecimal(m.utilization_rate),
        maxLtv: parseDecimal(p.max_loan_to_value),
        liquidationThreshold: parseDecimal(p.liquidation_threshold),
        depositEnabled: p.red_bank.deposit_enabled,
        borrowEnabled: p.red_bank.borrow_enabled,
        depositCap: BigInt(p.deposit_cap),
        price,
      },
    ];
  });
}

export interface AccountCollateral {
  denom: string;
  amountScaled: bigint;
  amount: bigint;
  enabled: boolean;
}
export interface AccountDebt {
  denom: string;
  amountScaled: bigint;
  amount: bigint;
}
export interface LendingAccount {
  collaterals: AccountCollateral[];
  debts: AccountDebt[];
}

/** The account's supplies and debts, now or at a past `height` (for the portfolio's value over time). */
export async function fetchAccount(rpc: FailoverRpcClient, redBank: string, user: string, height?: number): Promise<LendingAccount> {
  type Row = { denom: string; amount_scaled: string; amount: string; enabled?: boolean };
  const list = (kind: "user_collaterals" | "user_debts") =>
    allPages((start_after) =>
      querySmart<Row[]>(rpc, redBank, { [kind]: { user, start_after, limit: PAGE } }, height).then((items) => ({ items, more: items.length === PAGE })),
    );
  const [collaterals, debts] = await Promise.all([list("user_collaterals"), list("user_debts")]);
  return {
    collaterals: collaterals.map((c) => ({ denom: c.denom, amountScaled: BigInt(c.amount_scaled), amount: BigInt(c.amount), enabled: c.enabled === true })),
    debts: debts.map((d) => ({ denom: d.denom, amountScaled: BigInt(d.amount_scaled), amount: BigInt(d.amount) })),
  };
}

/** the chain's own health figures for an account (user_position) */
export async function fetchHealth(rpc: FailoverRpcClient, redBank: string, user: string): Promise<{ maxLtvHf: bigint; liqThresholdHf: bigint } | null> {
  const r = await querySmart<{ health_status: "not_borrowing" | { borrowing: { max_ltv_hf: string; liq_threshold_hf: string } } }>(rpc, redBank, {
    user_position: { user },
  });
  if (r.health_status === "not_borrowing") return null;
  return { maxLtvHf: parseDecimal(r.health_status.borrowing.max_ltv_hf), liqThresholdHf: parseDecimal(r.health_status.borrowing.liq_threshold_hf) };
}

export type LendingAction = "supply" | "withdraw" | "borrow" | "repay";

/** the one message each action sends; withdrawing everything leaves out the amount so no dust is left behind */
export function lendingPlan(action: LendingAction, sender: string, redBank: string, denom: string, amount: bigint, all = false): TxPlan {
  switch (action) {
    case "supply":
      return { messages: [executeMsg(sender, redBank, { deposit: {} }, [{ denom, amount }])] };
    case "withdraw":
      return { messages: [executeMsg(sender, redBank, { withdraw: all ? { denom } : { denom, amount: amount.toString() } })] };
    case "borrow":
      return { messages: [executeMsg(sender, redBank, { borrow: { denom, amount: amount.toString() } })] };
    case "repay":
      return { messages: [executeMsg(sender, redBank, { repay: {} }, [{ denom, amount }])] };
  }
}

export const collateralStatusPlan = (sender: string, redBank: string, denom: string, enable: boolean): TxPlan => ({
  messages: [executeMsg(sender, redBank, { update_asset_collateral_status: { denom, enable } })],
});
