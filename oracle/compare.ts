import { type PoolState, exitExactLp, join, swapGiveIn, swapGiveOut } from "@/devnet/src/contracts/dexter/pool-math";
import { PoolMathError, quoteExit, quoteGiveIn, quoteGiveOut, quoteJoin } from "@/lib/dex/math";
import { type PoolConfig, type VaultPool, poolFromChain } from "@/lib/dex/pools";
import type { DexPool } from "@/lib/dex/types";
import type { Op, Scenario } from "./scenarios";

// Holds two implementations against what the real contracts answered for the same state (the oracle's output):
// the app's previews (lib/dex/math on a pool read by lib/dex/pools from the real config answer) and the devnet's
// pool math (devnet/src/contracts/dexter/pool-math.ts, an independent reading of the same Rust).

interface OracleAsset {
  info: { native_token: { denom: string } };
  amount: string;
}
export interface OracleScenario {
  id: string;
  error?: string;
  config: PoolConfig & {
    assets: OracleAsset[];
    pool_type: VaultPool["pool_type"];
    fee_info: { total_fee_bps: number };
    pool_id: string;
    lp_token_addr: string;
  };
  lp_supply: string;
  results: Record<string, unknown>[];
}

export type Category =
  | "weighted swap give-in"
  | "weighted swap give-out"
  | "weighted join"
  | "weighted exit"
  | "stable swap give-in"
  | "stable swap give-out"
  | "stable join"
  | "stable exit";

export interface Outcome {
  scenario: string;
  op: number;
  category: Category;
  real: string;
  app: string;
  devnet: string;
  /** swaps: the spread the contract reports (the devnet reports one too; the app shows none) */
  realSpread?: string;
  devnetSpread?: string;
}

/** The pool as the app reads it from the real contracts' answers (vault pool info + the pool's config). */
export function appPool(s: Scenario, o: OracleScenario): DexPool {
  const vaultPool: VaultPool = {
    pool_id: o.config.pool_id,
    pool_addr: "pool",
    lp_token_addr: o.config.lp_token_addr,
    fee_info: { total_fee_bps: o.config.fee_info.total_fee_bps, protocol_fee_percent: s.protocol_fee_percent },
    assets: o.config.assets,
    pool_type: o.config.pool_type,
  };
  const decimalsOf = (denom: string) => s.assets.find((a) => a.denom === denom)!.decimals;
  return poolFromChain(vaultPool, o.config, BigInt(o.lp_supply), decimalsOf);
}

const failed = (r: Record<string, unknown>) => "error" in r || (typeof r.response === "object" && r.response !== null && "failure" in r.response);

function attempt(f: () => string): string {
  try {
    return f();
  } catch (e) {
    if (e instanceof PoolMathError) return "refused";
    throw e;
  }
}

function appAnswer(pool: DexPool, s: Scenario, op: Op): string {
  const index = (k: number) => pool.assets.findIndex((a) => a.denom === s.assets[k].denom);
  switch (op.op) {
    case "swap": {
      const [offer, ask] = [index(op.offer), index(op.ask)];
      const q = op.kind === "give_in" ? quoteGiveIn(pool, offer, ask, BigInt(op.amount)) : quoteGiveOut(pool, offer, ask, BigInt(op.amount));
      return `in ${q.amountIn} out ${q.amountOut} fee ${q.fee}`;
    }
    case "join": {
      const amounts = pool.assets.map((a) => BigInt(op.amounts[s.assets.findIndex((x) => x.denom === a.denom)]));
      const q = quoteJoin(pool, amounts);
      return `shares ${q.shares} fees ${q.fees.join(",")}`;
    }
    case "exit":
      return `out ${quoteExit(pool, BigInt(op.lp)).join(",")}`;
  }
}

/** The devnet pool's state for the same pool (its own types: balances in the pool's order, decimals as strings). */
function devnetPool(s: Scenario, pool: DexPool): PoolState {
  const dec = (d: bigint) => `${d / 10n ** 18n}.${(d % 10n ** 18n).toString().padStart(18, "0")}`;
  return {
    kind: pool.kind === "weighted" ? "weighted" : "stable",
    balances: pool.assets.map((a) => a.amount),
    precisions: pool.assets.map((a) => a.decimals),
    totalFeeBps: pool.feeBps,
    supply: pool.lpSupply,
    weights: pool.weights?.map(dec),
    exitFee: pool.exitFee === undefined ? undefined : dec(pool.exitFee),
    ampX100: pool.ampX100,
    scalingFactors: pool.scalingFactors?.map(dec),
  };
}

function devnetAnswer(state: PoolState, pool: DexPool, s: Scenario, op: Op): { answer: string; spread?: string } {
  const index = (k: number) => pool.assets.findIndex((a) => a.denom === s.assets[k].denom);
  try {
    switch (op.op) {
      case "swap": {
        const q = (op.kind === "give_in" ? swapGiveIn : swapGiveOut)(state, index(op.offer), index(op.ask), BigInt(op.amount));
        return { answer: `in ${q.amountIn} out ${q.amountOut} fee ${q.fee}`, spread: String(q.spread) };
      }
      case "join": {
        const r = join(
          state,
          pool.assets.map((a) => BigInt(op.amounts[s.assets.findIndex((x) => x.denom === a.denom)])),
        );
        return { answer: `shares ${r.shares} fees ${r.fees.join(",")}` };
      }
      case "exit":
        return { answer: `out ${exitExactLp(state, BigInt(op.lp)).join(",")}` };
    }
  } catch {
    return { answer: "refused" };
  }
}

function realAnswer(r: Record<string, unknown>, op: Op, pool: DexPool): string {
  if (failed(r)) return "refused";
  const amounts = (xs: { amount: string }[] | null | undefined) => (xs ?? []).map((x) => x.amount);
  switch (op.op) {
    case "swap": {
      const t = r.trade_params as { amount_in: string; amount_out: string };
      return `in ${t.amount_in} out ${t.amount_out} fee ${(r.fee as { amount: string }).amount}`;
    }
    case "join": {
      // the pool lists a fee only for the assets it charged: read it per pool asset
      const fees = (r.fee as OracleAsset[] | null) ?? [];
      const feeOf = (denom: string) => fees.find((f) => f.info.native_token.denom === denom)?.amount ?? "0";
      return `shares ${r.new_shares} fees ${pool.assets.map((a) => feeOf(a.denom)).join(",")}`;
    }
    case "exit":
      return `out ${amounts(r.assets_out as { amount: string }[]).join(",")}`;
  }
}

const categoryOf = (s: Scenario, op: Op): Category =>
  `${s.pool.type} ${op.op === "swap" ? `swap ${op.kind === "give_in" ? "give-in" : "give-out"}` : op.op}` as Category;

export function compare(scenarios: Scenario[], oracle: OracleScenario[]): Outcome[] {
  return scenarios.flatMap((s, i) => {
    const o = oracle[i];
    if (o.id !== s.id) throw new Error(`oracle answered ${o.id} for ${s.id}`);
    if (o.error) throw new Error(`${s.id}: ${o.error}`);
    const pool = appPool(s, o);
    const state = devnetPool(s, pool);
    return s.ops.map((op, k) => {
      const r = o.results[k];
      const devnet = devnetAnswer(state, pool, s, op);
      const spread = op.op === "swap" && !failed(r) ? (r.trade_params as { spread: string }).spread : undefined;
      return {
        scenario: s.id,
        op: k,
        category: categoryOf(s, op),
        real: realAnswer(r, op, pool),
        app: attempt(() => appAnswer(pool, s, op)),
        devnet: devnet.answer,
        realSpread: spread,
        devnetSpread: spread === undefined ? undefined : devnet.spread,
      };
    });
  });
}
