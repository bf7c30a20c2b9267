import { symbolOf } from "@/lib/chain/assets";
import type { Network } from "@/lib/chain/networks";
import { sentence, type Sentence } from "@/lib/i18n/sentence";
import type { DexPool } from "./types";

// How a pool is named and why its actions may be closed, for every page that shows a pool.

/** "stkXPRT / XPRT" */
export const poolName = (network: Network, pool: DexPool) => pool.assets.map((a) => symbolOf(network, a.denom)).join(" / ");

/** why a pool's buttons are gone, or null */
export function poolBlocker(pool: DexPool, action: "swap" | "deposit" | "withdraw"): Sentence | null {
  if (pool.defunct) return sentence("dex.blocker.defunct");
  if (action === "swap" && pool.paused.swap) return sentence("dex.blocker.swapPaused");
  if (action === "deposit" && pool.paused.deposit) return sentence("dex.blocker.depositPaused");
  return null;
}
