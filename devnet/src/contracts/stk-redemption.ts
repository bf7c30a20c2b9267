import type { Ctx } from "../chain/module.js";
import type { BankModule } from "../modules/bank.js";
import type { Contract, ExecuteEnv } from "../modules/wasm.js";
import { coinsToString } from "../util/coins.js";
import { DEC_ONE, decFromString } from "../util/dec.js";

// The stkASSET redemption contract core-1 used when it removed liquidstakeibc (v12): `{"redeem":{}}` with stk
// coins as funds pays the underlying IBC token at the rate fixed at deprecation. Its query interface is not
// public; this devnet copy answers `{"config":{}}` for inspection only.

export interface RedemptionRate {
  stkDenom: string;
  ibcDenom: string;
  /** underlying tokens per stk token, decimal */
  rate: string;
}

export function stkRedemptionContract(bank: BankModule, rates: RedemptionRate[], funding: { denom: string; amount: bigint }[]): Contract {
  return {
    label: "pstake stkAsset redemption",
    codeId: 1,
    init(ctx: Ctx, address: string) {
      if (funding.length) bank.mintTo(ctx, address, funding);
    },
    execute(ctx: Ctx, env: ExecuteEnv, msg: Record<string, unknown>) {
      if (!("redeem" in msg)) throw new Error(`unknown message: expected {"redeem":{}}`);
      if (!env.funds.length) throw new Error("no funds sent: attach the stk tokens to redeem");
      const paid = env.funds.map((c) => {
        const r = rates.find((x) => x.stkDenom === c.denom);
        if (!r) throw new Error(`denom ${c.denom} cannot be redeemed here`);
        return { denom: r.ibcDenom, amount: (c.amount * decFromString(r.rate)) / DEC_ONE };
      });
      for (const p of paid) {
        const have = bank.balance(ctx, env.contract, p.denom);
        if (have < p.amount) throw new Error(`the contract holds ${have}${p.denom}, less than the ${p.amount}${p.denom} owed`);
      }
      const nonZero = paid.filter((p) => p.amount > 0n);
      if (nonZero.length) bank.send(ctx, env.contract, env.sender, nonZero);
      return {
        attributes: [
          ["action", "redeem"],
          ["sender", env.sender],
          ["redeemed", coinsToString(env.funds)],
          ["received", coinsToString(nonZero)],
        ],
      };
    },
    query(_ctx: Ctx, _address: string, msg: Record<string, unknown>) {
      if ("config" in msg) return { rates };
      throw new Error("unknown query");
    },
  };
}
