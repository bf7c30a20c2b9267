import type { Ctx } from "../../chain/module.js";
import type { Contract, ExecuteEnv } from "../../modules/wasm.js";
import { contractState, variant } from "../state.js";
import { formatDecimal, parseDecimal } from "../dexter/decimal.js";

// Mars's oracle, with the one price source a devnet needs: `fixed`. Prices are in the oracle's base denom (uusd)
// per base unit of the asset, as on Mars (so a value is amount x price in micro-USD). The owner changes a price
// with Mars's own admin message, `set_price_source`; the devnet's `devnet_setPrice` does the same in a block.

export const BASE_DENOM = "uusd";

export interface OracleContract extends Contract {
  setPrice(ctx: Ctx, address: string, denom: string, price: string): void;
}

export function oracleContract(owner: string, genesisPrices: Record<string, string>): OracleContract {
  const set = (ctx: Ctx, address: string, denom: string, price: string) => {
    if (!denom) throw new Error("Invalid denom: empty");
    if (parseDecimal(price) === 0n) throw new Error(`Invalid price source: price for ${denom} can't be zero`);
    contractState(ctx, address).set(`price/${denom}`, formatDecimal(parseDecimal(price)));
  };
  const price = (ctx: Ctx, address: string, denom: string) => {
    const p = contractState(ctx, address).get<string>(`price/${denom}`);
    if (p === undefined) throw new Error(`Generic error: No price source for ${denom}`);
    return { denom, price: p };
  };
  return {
    label: "mars-oracle",
    codeId: 11,
    init(ctx, address) {
      for (const [denom, p] of Object.entries(genesisPrices)) set(ctx, address, denom, p);
    },
    setPrice: set,
    execute(ctx: Ctx, env: ExecuteEnv, msg) {
      const [kind, body] = variant(msg);
      if (kind !== "set_price_source") throw new Error(`Error parsing into type mars_types::oracle::ExecuteMsg: unknown variant \`${kind}\``);
      if (env.sender !== owner) throw new Error("Caller is not owner");
      const source = body.price_source as { fixed?: { price?: unknown } } | undefined;
      if (typeof source?.fixed?.price !== "string") throw new Error('Invalid price source: only {"fixed":{"price"}} is supported on the devnet');
      set(ctx, env.contract, String(body.denom ?? ""), source.fixed.price);
      return {
        attributes: [
          ["action", "set_price_source"],
          ["denom", String(body.denom)],
          ["price_source", `fixed:${source.fixed.price}`],
        ],
      };
    },
    query(ctx: Ctx, address: string, msg) {
      const [kind, body] = variant(msg);
      switch (kind) {
        case "config":
          return { owner, proposed_new_owner: null, base_denom: BASE_DENOM };
        case "price":
          return price(ctx, address, String(body.denom ?? ""));
        case "prices": {
          const after = typeof body.start_after === "string" ? body.start_after : "";
          const limit = Math.min(Number(body.limit ?? 10), 30);
          return contractState(ctx, address)
            .list<string>("price/")
            .filter((e) => e.key > after)
            .slice(0, limit)
            .map((e) => ({ denom: e.key, price: e.value }));
        }
        case "price_source":
          return { denom: body.denom, price_source: { fixed: { price: price(ctx, address, String(body.denom ?? "")).price } } };
        default:
          throw new Error(`Error parsing into type mars_types::oracle::QueryMsg: unknown variant \`${kind}\``);
      }
    },
  };
}
