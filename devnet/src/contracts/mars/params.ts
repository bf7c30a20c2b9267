import type { Ctx } from "../../chain/module.js";
import type { Contract, ExecuteEnv, WasmModule } from "../../modules/wasm.js";
import { contractState, uint128, variant } from "../state.js";
import { parseDecimal } from "../dexter/decimal.js";

// Mars's params contract: the risk settings of each asset (max LTV, liquidation threshold and bonus, the Red
// Bank's deposit/borrow switches, the deposit cap), kept apart from the market so governance can change them.

export interface AssetParams {
  denom: string;
  credit_manager: { whitelisted: boolean; hls: null };
  red_bank: { deposit_enabled: boolean; borrow_enabled: boolean };
  max_loan_to_value: string;
  liquidation_threshold: string;
  liquidation_bonus: { starting_lb: string; slope: string; min_lb: string; max_lb: string };
  protocol_liquidation_fee: string;
  deposit_cap: string;
}

function check(p: AssetParams): AssetParams {
  const ltv = parseDecimal(p.max_loan_to_value);
  const lt = parseDecimal(p.liquidation_threshold);
  if (!(ltv < lt && lt < 10n ** 18n)) throw new Error("Invalid param: max_loan_to_value must be less than liquidation_threshold, which must be less than 1");
  uint128(p.deposit_cap, "deposit_cap");
  return p;
}

export function paramsContract(wasm: WasmModule, owner: string, assets: AssetParams[], redBank: () => string): Contract {
  return {
    label: "mars-params",
    codeId: 12,
    init(ctx, address) {
      for (const p of assets) contractState(ctx, address).set(`asset/${p.denom}`, check(p));
    },
    execute(ctx: Ctx, env: ExecuteEnv, msg) {
      const [kind, body] = variant(msg);
      if (kind !== "update_asset_params") throw new Error(`Error parsing into type mars_types::params::ExecuteMsg: unknown variant \`${kind}\``);
      if (env.sender !== owner) throw new Error("Caller is not owner");
      const p = (body.add_or_update as { params?: AssetParams } | undefined)?.params;
      if (!p?.denom) throw new Error("Error parsing into type: add_or_update.params is required");
      contractState(ctx, env.contract).set(`asset/${p.denom}`, check(p));
      return {
        attributes: [
          ["action", "update_asset_param"],
          ["denom", p.denom],
        ],
      };
    },
    query(ctx: Ctx, address: string, msg) {
      const [kind, body] = variant(msg);
      const state = contractState(ctx, address);
      switch (kind) {
        case "owner":
          return { owner, proposed: null, initialized: true, abolished: false, emergency_owner: null };
        case "asset_params": {
          const p = state.get<AssetParams>(`asset/${String(body.denom ?? "")}`);
          if (!p) throw new Error(`type: mars_types::params::AssetParams; key: ${String(body.denom)} not found`);
          return p;
        }
        case "all_asset_params": {
          const after = typeof body.start_after === "string" ? body.start_after : "";
          const limit = Math.min(Number(body.limit ?? 10), 30);
          return state
            .list<AssetParams>("asset/")
            .filter((e) => e.key > after)
            .slice(0, limit)
            .map((e) => e.value);
        }
        case "total_deposit": {
          const denom = String(body.denom ?? "");
          const p = state.get<AssetParams>(`asset/${denom}`);
          if (!p) throw new Error(`type: mars_types::params::AssetParams; key: ${denom} not found`);
          const market = wasm.query<{ collateral_total_amount: string }>(ctx, redBank(), { market_v2: { denom } });
          return { denom, cap: p.deposit_cap, amount: market.collateral_total_amount };
        }
        default:
          throw new Error(`Error parsing into type mars_types::params::QueryMsg: unknown variant \`${kind}\``);
      }
    },
  };
}
