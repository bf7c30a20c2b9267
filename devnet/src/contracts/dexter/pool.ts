import type { Ctx } from "../../chain/module.js";
import type { Contract, WasmModule } from "../../modules/wasm.js";
import { contractState, uint128, variant } from "../state.js";
import { formatDecimal } from "./decimal.js";
import { type PoolState, exitExactLp, join, spotPrice, swapGiveIn, swapGiveOut } from "./pool-math.js";
import { type AssetInfo, type FeeInfo, assetKey, failure, isGiveIn, success } from "./types.js";

// Dexter's pool contracts (weighted_pool, stable_pool): pure math behind queries the vault asks before it moves
// funds (on_join_pool, on_exit_pool, on_swap), the vault's update_liquidity after each operation, config and
// spot_price. Errors come back inside `response` as the contracts do, not as failed queries.

export interface PoolConfig {
  pool_id: string;
  vault: string;
  lp_token: string;
  kind: "weighted" | "stable";
  fee_info: FeeInfo;
  assets: { info: AssetInfo; amount: string }[];
  precisions: number[];
  weights?: string[];
  exit_fee?: string;
  amp_x100?: string;
  scaling_factors?: string[];
  block_time_last: number;
  /** when the pool was instantiated (a stable pool's amp ramp starts there) */
  created_at?: number;
}

export interface PoolOptions {
  /** stable pools: a keeper that keeps a scaling factor at a live rate (the scaling_factor_manager's job) */
  scalingFactorFeed?: (ctx: Ctx) => { denom: string; factor: string } | null;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64");

export function loadPool(ctx: Ctx, address: string): PoolConfig {
  const c = contractState(ctx, address).get<PoolConfig>("config");
  if (!c) throw new Error("pool not initialised");
  return c;
}

export function poolContract(wasm: WasmModule, initial: Omit<PoolConfig, "block_time_last">, options: PoolOptions = {}): Contract {
  const lpSupply = (ctx: Ctx, c: PoolConfig) => BigInt(wasm.query<{ total_supply: string }>(ctx, c.lp_token, { token_info: {} }).total_supply);
  const state = (ctx: Ctx, c: PoolConfig): PoolState => ({
    kind: c.kind,
    balances: c.assets.map((a) => BigInt(a.amount)),
    precisions: c.precisions,
    totalFeeBps: c.fee_info.total_fee_bps,
    supply: lpSupply(ctx, c),
    weights: c.weights,
    exitFee: c.exit_fee,
    ampX100: c.amp_x100 ? BigInt(c.amp_x100) : undefined,
    scalingFactors: c.scaling_factors,
  });
  const indexOf = (c: PoolConfig, info: unknown) => {
    const key = assetKey(info);
    const i = c.assets.findIndex((a) => assetKey(a.info) === key);
    if (i < 0) throw new Error(`Asset ${key} is not in pool ${c.pool_id}`);
    return i;
  };
  // the config's two base64 fields, shaped as dexter_core's pools answer them (query_config)
  const greatestPrecision = (c: PoolConfig) => Math.max(...c.precisions);
  const mathParams = (c: PoolConfig) =>
    c.kind === "weighted"
      ? { exit_fee: c.exit_fee ?? null, greatest_precision: greatestPrecision(c) }
      : {
          init_amp: Number(c.amp_x100),
          init_amp_time: c.created_at ?? 0,
          next_amp: Number(c.amp_x100),
          next_amp_time: c.created_at ?? 0,
          greatest_precision: greatestPrecision(c),
        };
  const additionalParams = (c: PoolConfig) =>
    c.kind === "weighted"
      ? c.assets.map((a, i) => ({ asset: { info: a.info, amount: a.amount }, weight: c.weights![i] }))
      : {
          amp: Number(c.amp_x100) / 100,
          supports_scaling_factors_update: !!options.scalingFactorFeed,
          scaling_factors: c.assets.map((a, i) => ({ asset_info: a.info, scaling_factor: c.scaling_factors![i] })),
          scaling_factor_manager: null,
        };

  return {
    label: `dexter ${initial.kind === "weighted" ? "weighted" : "stable"} pool ${initial.pool_id}`,
    codeId: initial.kind === "weighted" ? 7 : 8,
    init(ctx, address) {
      const now = Math.floor(ctx.time / 1000);
      contractState(ctx, address).set<PoolConfig>("config", { ...initial, block_time_last: now, created_at: now });
    },
    beginBlock(ctx, address) {
      const feed = options.scalingFactorFeed?.(ctx);
      if (!feed) return;
      const c = loadPool(ctx, address);
      const i = c.assets.findIndex((a) => assetKey(a.info) === feed.denom);
      if (i < 0 || !c.scaling_factors || c.scaling_factors[i] === feed.factor) return;
      c.scaling_factors[i] = feed.factor;
      contractState(ctx, address).set("config", c);
    },
    execute(ctx, env, msg) {
      const c = loadPool(ctx, env.contract);
      const [kind, m] = variant(msg);
      if (kind !== "update_liquidity") throw new Error(`unknown variant \`${kind}\``);
      if (env.sender !== c.vault) throw new Error("Unauthorized: only the vault updates the pool's liquidity");
      const assets = m.assets as { info: AssetInfo; amount: string }[];
      c.assets = c.assets.map((a) => ({ info: a.info, amount: assets.find((x) => assetKey(x.info) === assetKey(a.info))?.amount ?? a.amount }));
      c.block_time_last = Math.floor(ctx.time / 1000);
      contractState(ctx, env.contract).set("config", c);
      return { attributes: [["action", "update_liquidity"]] };
    },
    query(ctx, address, msg) {
      const c = loadPool(ctx, address);
      const [kind, m] = variant(msg);
      const p = () => state(ctx, c);
      switch (kind) {
        case "config":
          return {
            pool_id: c.pool_id,
            lp_token_addr: c.lp_token,
            vault_addr: c.vault,
            assets: c.assets,
            pool_type: c.kind === "weighted" ? { weighted: {} } : { stable_swap: {} },
            fee_info: { total_fee_bps: c.fee_info.total_fee_bps },
            block_time_last: c.block_time_last,
            math_params: b64(mathParams(c)),
            additional_params: b64(additionalParams(c)),
          };
        case "fee_params":
          return c.fee_info;
        case "on_join_pool": {
          const given = (m.assets_in ?? []) as { info: AssetInfo; amount: string }[];
          try {
            const amounts = c.assets.map(() => 0n);
            for (const a of given) amounts[indexOf(c, a.info)] += uint128(a.amount, "amount");
            const r = join(p(), amounts);
            return {
              provided_assets: c.assets.map((a, i) => ({ info: a.info, amount: r.provided[i].toString() })),
              new_shares: r.shares.toString(),
              response: success(),
              fee: r.feeListed.some(Boolean) ? c.assets.flatMap((a, i) => (r.feeListed[i] ? [{ info: a.info, amount: r.fees[i].toString() }] : [])) : null,
            };
          } catch (e) {
            return { provided_assets: [], new_shares: "0", response: failure((e as Error).message), fee: null };
          }
        }
        case "on_exit_pool": {
          try {
            const exit = m.exit_type as { exact_lp_burn?: string; exact_assets_out?: unknown };
            if (exit?.exact_lp_burn === undefined) throw new Error("Only exact_lp_burn exits are supported on the devnet");
            const burn = uint128(exit.exact_lp_burn, "exact_lp_burn");
            const out = exitExactLp(p(), burn);
            return {
              assets_out: c.assets.map((a, i) => ({ info: a.info, amount: out[i].toString() })),
              burn_shares: burn.toString(),
              response: success(),
              // the stable pool answers an empty fee list, the weighted pool none
              fee: c.kind === "stable" ? [] : null,
            };
          } catch (e) {
            return { assets_out: [], burn_shares: "0", response: failure((e as Error).message), fee: null };
          }
        }
        case "on_swap": {
          try {
            const i = indexOf(c, m.offer_asset);
            const o = indexOf(c, m.ask_asset);
            if (i === o) throw new Error("Offer and ask assets are the same");
            const amount = uint128(m.amount, "amount");
            const r = isGiveIn(m.swap_type) ? swapGiveIn(p(), i, o, amount) : swapGiveOut(p(), i, o, amount);
            return {
              trade_params: { amount_in: r.amountIn.toString(), amount_out: r.amountOut.toString(), spread: r.spread.toString() },
              response: success(),
              fee: { info: c.assets[i].info, amount: r.fee.toString() },
            };
          } catch (e) {
            return { trade_params: { amount_in: "0", amount_out: "0", spread: "0" }, response: failure((e as Error).message), fee: null };
          }
        }
        case "spot_price": {
          const i = indexOf(c, m.offer_asset);
          const o = indexOf(c, m.ask_asset);
          const price = spotPrice(p(), i, o);
          const bps = BigInt(c.fee_info.total_fee_bps);
          return {
            from: c.assets[i].info,
            to: c.assets[o].info,
            price: formatDecimal(price),
            price_including_fee: formatDecimal((price * (10_000n - bps)) / 10_000n),
          };
        }
        default:
          throw new Error(`Error parsing into type dexter::pool::QueryMsg: unknown variant \`${kind}\``);
      }
    },
  };
}
