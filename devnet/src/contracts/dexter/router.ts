import type { Ctx } from "../../chain/module.js";
import type { BankModule } from "../../modules/bank.js";
import type { Contract, WasmModule } from "../../modules/wasm.js";
import { uint128, variant } from "../state.js";
import type { Asset, AssetInfo } from "./types.js";
import { assetKey } from "./types.js";

// Dexter's router: a give-in swap through 1-50 pools in one tx (minimum checked after the last hop), and its
// simulation from the pools' on_swap queries.

interface Hop {
  pool_id: string;
  asset_in: AssetInfo;
  asset_out: AssetInfo;
}

const MAX_HOPS = 50;

export function routerContract(wasm: WasmModule, bank: BankModule, vault: string): Contract {
  const checkHops = (hops: unknown): Hop[] => {
    if (!Array.isArray(hops) || hops.length === 0 || hops.length > MAX_HOPS) throw new Error(`A multihop swap needs 1 to ${MAX_HOPS} hops`);
    hops.forEach((h: Hop, k) => {
      if (k > 0 && assetKey(hops[k - 1].asset_out) !== assetKey(h.asset_in))
        throw new Error(`Invalid multiswap request: hop ${k + 1} does not start where hop ${k} ends`);
    });
    return hops as Hop[];
  };
  const poolAddr = (ctx: Ctx, id: string) => wasm.query<{ pool_addr: string }>(ctx, vault, { get_pool_by_id: { pool_id: id } }).pool_addr;
  const denomOf = (info: AssetInfo) => {
    if (!("native_token" in info)) throw new Error("cw20 assets are not supported on the devnet");
    return info.native_token.denom;
  };

  return {
    label: "dexter router",
    codeId: 6,
    execute(ctx, env, msg) {
      const [kind, m] = variant(msg);
      if (kind !== "execute_multihop_swap") throw new Error(`Error parsing into type dexter::router::ExecuteMsg: unknown variant \`${kind}\``);
      const hops = checkHops(m.requests);
      const offer = uint128(m.offer_amount, "offer_amount");
      const firstDenom = denomOf(hops[0].asset_in);
      const sent = env.funds.find((f) => f.denom === firstDenom)?.amount ?? 0n;
      if (sent !== offer || env.funds.length !== 1) throw new Error(`Funds must be exactly the offer: ${offer}${firstDenom}`);
      let amount = offer;
      const received: string[] = [];
      for (const hop of hops) {
        const outDenom = denomOf(hop.asset_out);
        const before = bank.balance(ctx, env.contract, outDenom);
        wasm.execute(
          ctx,
          env.contract,
          vault,
          {
            swap: {
              swap_request: { pool_id: hop.pool_id, asset_in: hop.asset_in, asset_out: hop.asset_out, swap_type: { give_in: {} }, amount: amount.toString() },
              recipient: null,
              min_receive: null,
              max_spend: null,
            },
          },
          [{ denom: denomOf(hop.asset_in), amount }],
        );
        amount = bank.balance(ctx, env.contract, outDenom) - before;
        if (amount === 0n) throw new Error(`Hop through pool ${hop.pool_id} returned nothing`);
        received.push(`${amount}${outDenom}`);
      }
      const min = m.minimum_receive == null ? 0n : uint128(m.minimum_receive, "minimum_receive");
      if (amount < min) throw new Error(`Received ${amount}, less than minimum_receive ${min}`);
      const recipient = typeof m.recipient === "string" && m.recipient ? m.recipient : env.sender;
      bank.send(ctx, env.contract, recipient, [{ denom: denomOf(hops[hops.length - 1].asset_out), amount }]);
      return {
        attributes: [
          ["action", "dexter-router::multihop_swap"],
          ["hops", String(hops.length)],
          ["received", received.join(",")],
          ["recipient", recipient],
        ],
      };
    },
    query(ctx, _address, msg) {
      const [kind, m] = variant(msg);
      if (kind !== "simulate_multihop_swap") throw new Error(`Error parsing into type dexter::router::QueryMsg: unknown variant \`${kind}\``);
      const hops = checkHops(m.multiswap_request);
      const giveIn = m.swap_type && typeof m.swap_type === "object" && "give_in" in m.swap_type;
      const ordered = giveIn ? hops : [...hops].reverse();
      let amount = uint128(m.amount, "amount");
      const ops: { pool_id: string; asset_in: AssetInfo; offered_amount: string; asset_out: AssetInfo; received_amount: string }[] = [];
      const fees: Asset[] = [];
      for (const hop of ordered) {
        const r = wasm.query<{ trade_params: { amount_in: string; amount_out: string }; response: { failure?: string }; fee: Asset | null }>(
          ctx,
          poolAddr(ctx, hop.pool_id),
          {
            on_swap: { swap_type: giveIn ? { give_in: {} } : { give_out: {} }, offer_asset: hop.asset_in, ask_asset: hop.asset_out, amount: amount.toString() },
          },
        );
        if (r.response.failure !== undefined) return { swap_operations: [], fee: [], response: { failure: `pool ${hop.pool_id}: ${r.response.failure}` } };
        ops.push({
          pool_id: hop.pool_id,
          asset_in: hop.asset_in,
          offered_amount: r.trade_params.amount_in,
          asset_out: hop.asset_out,
          received_amount: r.trade_params.amount_out,
        });
        if (r.fee) fees.push(r.fee);
        amount = BigInt(giveIn ? r.trade_params.amount_out : r.trade_params.amount_in);
      }
      return { swap_operations: giveIn ? ops : ops.reverse(), fee: giveIn ? fees : fees.reverse(), response: { success: {} } };
    },
  };
}
