import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import { querySmart } from "@/lib/chain/wasm";
import { ONE } from "@/lib/pstake/dec";
import type { DefunctInfo, DexPool, PoolAsset } from "./types";

// Reads Dexter's pools: the vault's list (paged, 30 at most per page), each pool's config and LP supply, and the
// defunct ones. Vault 1.2 (core-1's, dexter_core ddd49ac) drops a defunct pool from its active pools: a `pools` page
// that spans one fails, and so does get_pool_by_id; get_defunct_pool_info describes it instead. The config is read where the real contracts put things (dexter_core's pools,
// `query_config`): weighted pools give the exit fee in `math_params` and the normalized weights in
// `additional_params`; stable pools give the amp ramp (x100) in `math_params` and the current amp and scaling
// factors in `additional_params`. No query gives asset decimals: they come from the network's asset list.

type AssetInfo = { native_token: { denom: string } } | { token: { contract_addr: string } };
interface Asset {
  info: AssetInfo;
  amount: string;
}
export interface VaultPool {
  pool_id: string;
  pool_addr: string;
  lp_token_addr: string;
  fee_info: { total_fee_bps: number; protocol_fee_percent: number };
  assets: Asset[];
  pool_type: { weighted?: object; stable_swap?: object; stable5_swap?: object };
  paused?: { swap?: boolean; deposit?: boolean; imbalanced_withdraw?: boolean };
}
export interface PoolConfig {
  /** base64 JSON: weighted {exit_fee, greatest_precision}; stable {init_amp, init_amp_time, next_amp, next_amp_time, greatest_precision} */
  math_params?: string | null;
  /** base64 JSON: weighted [{asset, weight}]; stable {amp, scaling_factors: [{asset_info, scaling_factor}], ...} */
  additional_params?: string | null;
}

export const assetDenom = (info: AssetInfo) => ("native_token" in info ? info.native_token.denom : info.token.contract_addr);
export const nativeInfo = (denom: string): AssetInfo => ({ native_token: { denom } });

/** "0.98" -> 10^18-scaled bigint */
export function parseDecimal(s: string | number): bigint {
  const m = /^(\d+)(?:\.(\d{1,18}))?/.exec(String(s));
  if (!m) return 0n;
  return BigInt(m[1]) * ONE + BigInt((m[2] ?? "").padEnd(18, "0"));
}

function decodeParams<T>(b64: string | null | undefined): Partial<T> {
  if (!b64) return {};
  try {
    return JSON.parse(atob(b64)) as Partial<T>;
  } catch {
    return {};
  }
}

interface StableMath {
  init_amp: number;
  init_amp_time: number;
  next_amp: number;
  next_amp_time: number;
}
type WeightedAssets = { asset: Asset; weight: string }[];
interface StableParams {
  amp: number;
  scaling_factors: { asset_info: AssetInfo; scaling_factor: string }[];
}

/** The amp x100 at `nowSec`, as the stable pool computes it: init_amp to next_amp (both x100), linear in time. */
export function ampX100At(m: Partial<StableMath>, fallbackAmp: number, nowSec: number): bigint {
  if (m.init_amp === undefined || m.next_amp === undefined) return BigInt(fallbackAmp) * 100n;
  const [a0, a1, t0, t1] = [BigInt(m.init_amp), BigInt(m.next_amp), BigInt(m.init_amp_time ?? 0), BigInt(m.next_amp_time ?? 0)];
  const t = BigInt(nowSec);
  if (t >= t1) return a1;
  return a1 > a0 ? a0 + ((a1 - a0) * (t - t0)) / (t1 - t0) : a0 - ((a0 - a1) * (t - t0)) / (t1 - t0);
}

export function poolFromChain(
  p: VaultPool,
  config: PoolConfig,
  lpSupply: bigint,
  decimalsOf: (denom: string) => number,
  /** the chain's time, for a stable pool's amp ramp */
  nowSec = Math.floor(Date.now() / 1000),
): DexPool {
  const assets: PoolAsset[] = p.assets.map((a) => {
    const denom = assetDenom(a.info);
    return { denom, amount: BigInt(a.amount), decimals: decimalsOf(denom) };
  });
  const kind = p.pool_type.weighted ? "weighted" : "stable";
  const pool: DexPool = {
    id: p.pool_id,
    address: p.pool_addr,
    lpToken: p.lp_token_addr,
    kind,
    feeBps: p.fee_info.total_fee_bps,
    protocolFeePercent: p.fee_info.protocol_fee_percent,
    assets,
    lpSupply,
    paused: { swap: !!p.paused?.swap, deposit: !!p.paused?.deposit, imbalancedWithdraw: !!p.paused?.imbalanced_withdraw },
    defunct: null,
  };
  if (kind === "weighted") {
    const weighted = JSON.parse(config.additional_params ? atob(config.additional_params) : "[]") as WeightedAssets;
    // normalized by the pool already (Decimal::from_ratio(weight, total))
    pool.weights = assets.map((a) => parseDecimal(weighted.find((w) => assetDenom(w.asset.info) === a.denom)?.weight ?? "0"));
    pool.exitFee = parseDecimal(String(decodeParams<{ exit_fee: string | null }>(config.math_params).exit_fee ?? "0"));
  } else {
    const params = decodeParams<StableParams>(config.additional_params);
    pool.ampX100 = ampX100At(decodeParams<StableMath>(config.math_params), params.amp ?? 100, nowSec);
    const factors = params.scaling_factors ?? [];
    pool.scalingFactors = assets.map((a) => parseDecimal(factors.find((f) => assetDenom(f.asset_info) === a.denom)?.scaling_factor ?? "1"));
  }
  return pool;
}

/** dexter::vault::DefunctPoolInfo */
export interface DefunctPoolInfo {
  pool_id: string;
  lp_token_addr: string;
  total_lp_supply_at_defunct: string;
  total_assets_at_defunct: Asset[];
  current_assets_in_pool: Asset[];
  defunct_timestamp: number;
  total_refunded_lp_tokens: string;
}

/** A defunct pool as the app shows it: what it still holds for refunds, its LP token; no pool contract, no trading. */
export function defunctPoolFromChain(d: DefunctPoolInfo, lpSupply: bigint, decimalsOf: (denom: string) => number): DexPool {
  const assets: PoolAsset[] = d.current_assets_in_pool.map((a) => {
    const denom = assetDenom(a.info);
    return { denom, amount: BigInt(a.amount), decimals: decimalsOf(denom) };
  });
  const defunct: DefunctInfo = {
    since: d.defunct_timestamp,
    lpSupplyAtDefunct: BigInt(d.total_lp_supply_at_defunct),
    assetsAtDefunct: assets.map((a) => BigInt(d.total_assets_at_defunct.find((x) => assetDenom(x.info) === a.denom)?.amount ?? "0")),
    refundedLp: BigInt(d.total_refunded_lp_tokens),
  };
  return {
    id: d.pool_id,
    address: "",
    lpToken: d.lp_token_addr,
    kind: "closed",
    feeBps: 0,
    protocolFeePercent: 0,
    assets,
    lpSupply,
    paused: { swap: true, deposit: true, imbalancedWithdraw: true },
    defunct,
  };
}

type Listed = { live: VaultPool } | { defunct: DefunctPoolInfo };

/** The vault's pools by id, a page at a time; a page that fails (a defunct pool in it) is read id by id. */
async function listPools(rpc: FailoverRpcClient, vault: string): Promise<Listed[]> {
  const next = Number((await querySmart<{ next_pool_id: string }>(rpc, vault, { config: {} })).next_pool_id);
  const out: Listed[] = [];
  for (let first = 1; first < next; first += 30) {
    try {
      const page = await querySmart<VaultPool[]>(rpc, vault, { pools: { start_after: first === 1 ? null : String(first - 1), limit: 30 } });
      out.push(...page.map((live) => ({ live })));
      continue;
    } catch {
      // a defunct pool in this page: each id on its own
    }
    const ids = Array.from({ length: Math.min(30, next - first) }, (_, k) => String(first + k));
    const one = async (id: string): Promise<Listed | null> => {
      try {
        return { live: await querySmart<VaultPool>(rpc, vault, { get_pool_by_id: { pool_id: id } }) };
      } catch {
        const defunct = await querySmart<DefunctPoolInfo | null>(rpc, vault, { get_defunct_pool_info: { pool_id: id } });
        return defunct && { defunct };
      }
    };
    out.push(...(await Promise.all(ids.map(one))).filter((x): x is Listed => x !== null));
  }
  return out;
}

export async function fetchPools(rpc: FailoverRpcClient, vault: string, decimalsOf: (denom: string) => number): Promise<DexPool[]> {
  const listed = await listPools(rpc, vault);
  return Promise.all(
    listed.map(async (x) => {
      if ("defunct" in x) {
        const token = await querySmart<{ total_supply: string }>(rpc, x.defunct.lp_token_addr, { token_info: {} });
        return defunctPoolFromChain(x.defunct, BigInt(token.total_supply), decimalsOf);
      }
      const p = x.live;
      const [config, token] = await Promise.all([
        querySmart<PoolConfig>(rpc, p.pool_addr, { config: {} }),
        querySmart<{ total_supply: string }>(rpc, p.lp_token_addr, { token_info: {} }),
      ]);
      return poolFromChain(p, config, BigInt(token.total_supply), decimalsOf);
    }),
  );
}

/**
 * The pools' balances at a past block, with today's parameters (weights, amp, scaling factors): enough to price
 * tokens for a chart. Each live pool read at that height by id; a pool that did not exist then is left out.
 */
export async function poolsAt(rpc: FailoverRpcClient, vault: string, current: DexPool[], height: number): Promise<DexPool[]> {
  const live = current.filter((p) => !p.defunct);
  const then = await Promise.all(live.map((p) => querySmart<VaultPool>(rpc, vault, { get_pool_by_id: { pool_id: p.id } }, height).catch(() => null)));
  return live.flatMap((p, k) => {
    const was = then[k];
    if (!was) return [];
    const amountOf = (denom: string) => BigInt(was.assets.find((a) => assetDenom(a.info) === denom)?.amount ?? "0");
    return [{ ...p, assets: p.assets.map((a) => ({ ...a, amount: amountOf(a.denom) })) }];
  });
}
