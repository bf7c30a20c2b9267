// Dexter pools as the app reads them: amounts in base units, decimals as 10^18-scaled bigints.

/** "closed": a defunct pool, which the vault no longer lists with its pool contract (so its type is not known) */
export type PoolKind = "weighted" | "stable" | "closed";

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
  /**
   * A defunct pool (vault 1.2): joins, swaps and exits all fail; the owner refunds each LP holder's share of the
   * assets held at the moment it closed, in batches. Null for a live pool.
   */
  defunct: DefunctInfo | null;
}

export interface DefunctInfo {
  /** seconds */
  since: number;
  lpSupplyAtDefunct: bigint;
  /** per pool asset, in the pool's order */
  assetsAtDefunct: bigint[];
  refundedLp: bigint;
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
