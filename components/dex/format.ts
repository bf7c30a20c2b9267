import type { Network } from "@/lib/chain/networks";
import type { DexPool } from "@/lib/dex/types";
import { sentence, type Sentence } from "@/lib/i18n/sentence";

/** the symbol a person knows a denom by (from the network's asset list), else a readable fallback */
export function symbolOf(network: Network, denom: string): string {
  const listed = network.assets.find((a) => a.denom === denom);
  if (listed) return listed.symbol;
  if (denom.startsWith("stk/")) return `stk${denom.slice(5).toUpperCase()}`;
  return denom.length > 16 ? `${denom.slice(0, 10)}…` : denom;
}

export const poolName = (network: Network, pool: DexPool) => pool.assets.map((a) => symbolOf(network, a.denom)).join(" / ");

export const usd = (v: number | null | undefined) =>
  v === null || v === undefined
    ? "—"
    : `$${v.toLocaleString("en-US", v < 1000 ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : { maximumFractionDigits: 0 })}`;

export const percent = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? "—" : `${(v * 100).toFixed(2)}%`);

/** why a pool's buttons are gone, or null */
export function poolBlocker(pool: DexPool, action: "swap" | "deposit" | "withdraw"): Sentence | null {
  if (pool.defunct) return pool.defunct.reason ? sentence("dex.blocker.defunctReason", { reason: pool.defunct.reason }) : sentence("dex.blocker.defunct");
  if (action === "swap" && pool.paused.swap) return sentence("dex.blocker.swapPaused");
  if (action === "deposit" && pool.paused.deposit) return sentence("dex.blocker.depositPaused");
  return null;
}
