import { symbolOf } from "@/lib/chain/assets";
import { assetDecimals } from "@/lib/bank/balances";
import type { Network } from "@/lib/chain/networks";
import type { DexPool } from "@/lib/dex/types";
import { formatAmount } from "@/lib/format/amount";
import type { AssetNames } from "@/lib/portfolio/csv";

/** Symbols and decimals of the network's assets, LP tokens named after their pool. */
export function assetNames(network: Network, pools: DexPool[] = []): AssetNames {
  return {
    symbol: (denom) => {
      const pool = pools.find((p) => p.lpToken === denom);
      return pool ? `LP (pool ${pool.id})` : symbolOf(network, denom);
    },
    decimals: (denom) => (pools.some((p) => p.lpToken === denom) ? 18 : assetDecimals(network, denom)),
  };
}

/** "12.5 XPRT" */
export const coinText = (names: AssetNames, denom: string, amount: bigint, maxDecimals = 6) =>
  `${formatAmount(amount, names.decimals(denom), { maxDecimals })} ${names.symbol(denom)}`;
