// Dexter pools as the app reads them: amounts in base units, decimals as 10^18-scaled bigints.

export type PoolKind = "weighted" | "stable";

export interface PoolAsset {
  denom: string;
  /** the pool's balance, base units */
  amount: bigint;
  decimals: number;
}

export interface DexPool {
  id: string;
  address: string;
  lpToken: string;
  kind: PoolKind;
  feeBps: number;
  protocolFeePercent: number;
  /** sorted by denom, as the contracts keep them */
  assets: PoolAsset[];
  /** LP token supply (18 decimals) */
  lpSupply: bigint;
  /** weighted: normalized weights and exit fee (decimals) */
  weights?: bigint[];
  exitFee?: bigint;
  /** stable: amp x100 and each asset's scaling factor (decimal) */
  ampX100?: bigint;
  scalingFactors?: bigint[];
  paused: { swap: boolean; deposit: boolean; imbalancedWithdraw: boolean };
  /** why the pool no longer trades (joins, swaps and exits all fail), or null */
  defunct: { reason: string; since: number } | null;
}

export type SwapKind = "give-in" | "give-out";

export interface SwapQuote {
  amountIn: bigint;
  amountOut: bigint;
  /** in the offer asset */
  fee: bigint;
}

export interface JoinQuote {
  shares: bigint;
  /** per pool asset: what the join costs in fees (single-asset or imbalance) */
  fees: bigint[];
}

/** Dexter's contracts on a network. */
export interface DexContracts {
  vault: string;
  router: string;
  multistaking: string;
}
