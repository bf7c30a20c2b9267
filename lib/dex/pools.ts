import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import { querySmart } from "@/lib/chain/wasm";
import { ONE } from "@/lib/pstake/dec";
import type { DexPool, PoolAsset } from "./types";

// Reads Dexter's pools: the vault's list (paged, 30 at most per page), each pool's config (math parameters, asset
// decimals), its LP supply and whether it is defunct.

type AssetInfo = { native_token: { denom: string } } | { token: { contract_addr: string } };
interface Asset {
  info: AssetInfo;
  amount: string;
}
interface VaultPool {
  pool_id: string;
  pool_addr: string;
  lp_token_addr: string;
  fee_info: { total_fee_bps: number; protocol_fee_percent: number };
  assets: Asset[];
  pool_type: { weighted?: object; stable_swap?: object; stable5_swap?: object };
  paused?: { swap?: boolean; deposit?: boolean; imbalanced_withdraw?: boolean };
}
interface PoolConfig {
  math_params?: string | null;
  additional_params?: string | null;
  precisions?: { denom: string; precision: number }[];
}

export const assetDenom = (info: AssetInfo) => ("native_token" in info ? info.native_token.denom : info.token.contract_addr);
export const nativeInfo = (denom: string): AssetInfo => ({ native_token: { denom } });

/** "0.98" -> 10^18-scaled bigint */
export function parseDecimal(s: string | number): bigint {
  const m = /^(\d+)(?:\.(\d{1,18}))?/.exec(String(s));
  if (!m) return 0n;
  return BigInt(m[1]) * ONE + BigInt((m[2] ?? "").padEnd(18, "0"));
}

function decodeParams(b64: string | null | undefined): Record<string, unknown> {
  if (!b64) return {};
  try {
    return JSON.parse(atob(b64)) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** amp x100 now, following a ramp between init_amp and next_amp (both x1) when no amp_x100 is given */
function ampX100(params: Record<string, unknown>, nowSec: number): bigint {
  if (params.amp_x100 !== undefined) return BigInt(String(params.amp_x100));
  const a0 = Number(params.init_amp ?? 100);
  const a1 = Number(params.next_amp ?? a0);
  const t0 = Number(params.init_amp_time ?? 0);
  const t1 = Number(params.next_amp_time ?? 0);
  const amp = nowSec >= t1 || t1 <= t0 ? a1 : a0 + ((a1 - a0) * (nowSec - t0)) / (t1 - t0);
  return BigInt(Math.round(amp * 100));
}

export function poolFromChain(
  p: VaultPool,
  config: PoolConfig,
  lpSupply: bigint,
  defunct: { reason?: string; defunct_timestamp?: number } | null,
  decimalsOf: (denom: string) => number,
): DexPool {
  const math = decodeParams(config.math_params);
  const extra = decodeParams(config.additional_params);
  const assets: PoolAsset[] = p.assets.map((a) => {
    const denom = assetDenom(a.info);
    const precision = config.precisions?.find((x) => x.denom === denom)?.precision;
    return { denom, amount: BigInt(a.amount), decimals: precision ?? decimalsOf(denom) };
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
    defunct: defunct ? { reason: defunct.reason ?? "", since: defunct.defunct_timestamp ?? 0 } : null,
  };
  if (kind === "weighted") {
    const listed = (math.weights ?? []) as { info: AssetInfo; amount: string }[];
    const raw = assets.map((a) => parseDecimal(listed.find((w) => assetDenom(w.info) === a.denom)?.amount ?? "1"));
    const total = raw.reduce((s, w) => s + w, 0n);
    pool.weights = raw.map((w) => (w * ONE) / total);
    pool.exitFee = parseDecimal(String(math.exit_fee ?? "0"));
  } else {
    pool.ampX100 = ampX100(math, Math.floor(Date.now() / 1000));
    const factors = (math.scaling_factors ?? extra.scaling_factors ?? []) as { asset_info: AssetInfo; scaling_factor: string }[];
    pool.scalingFactors = assets.map((a) => parseDecimal(factors.find((f) => assetDenom(f.asset_info) === a.denom)?.scaling_factor ?? "1"));
  }
  return pool;
}

export async function fetchPools(rpc: FailoverRpcClient, vault: string, decimalsOf: (denom: string) => number): Promise<DexPool[]> {
  const listed: VaultPool[] = [];
  for (let after: string | null = null; ; ) {
    const page: VaultPool[] = await querySmart<VaultPool[]>(rpc, vault, { pools: { start_after: after, limit: 30 } });
    listed.push(...page);
    if (page.length < 30) break;
    after = page[page.length - 1].pool_id;
  }
  return Promise.all(
    listed.map(async (p) => {
      const [config, token, defunct] = await Promise.all([
        querySmart<PoolConfig>(rpc, p.pool_addr, { config: {} }),
        querySmart<{ total_supply: string }>(rpc, p.lp_token_addr, { token_info: {} }),
        querySmart<{ reason?: string; defunct_timestamp?: number } | null>(rpc, vault, { get_defunct_pool_info: { pool_id: p.pool_id } }),
      ]);
      return poolFromChain(p, config, BigInt(token.total_supply), defunct, decimalsOf);
    }),
  );
}

/**
 * The pools' balances at a past block, with today's parameters (weights, amp, scaling factors): enough to price
 * tokens for a chart. Reads the vault's first page of pools once; a pool that did not exist then is left out.
 */
export async function poolsAt(rpc: FailoverRpcClient, vault: string, current: DexPool[], height: number): Promise<DexPool[]> {
  const listed = await querySmart<VaultPool[]>(rpc, vault, { pools: { start_after: null, limit: 30 } }, height);
  return current.flatMap((p) => {
    const then = listed.find((l) => l.pool_id === p.id);
    if (!then) return [];
    const amountOf = (denom: string) => BigInt(then.assets.find((a) => assetDenom(a.info) === denom)?.amount ?? "0");
    return [{ ...p, assets: p.assets.map((a) => ({ ...a, amount: amountOf(a.denom) })) }];
  });
}
