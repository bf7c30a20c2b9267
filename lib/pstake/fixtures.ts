import { ONE } from "./dec";
import type { LiquidStakeParams, NetAmountState } from "./liquidstake";

// Liquid staking state for unit tests.

/** The module's state with `supply` stkXPRT backed by `net` XPRT, all of it liquid. */
export const netState = (supply: bigint, net: bigint): NetAmountState => ({
  supply,
  netAmount: net * ONE,
  mintRate: 0n,
  totalLiquidTokens: net,
  totalUnbondingBalance: 0n,
  proxyAccBalance: 0n,
  totalRemainingRewards: 0n,
});

/** core-1's parameters: 0.1% unstake fee, 1000 uxprt minimum, 5% autocompound fee. */
export const testParams: LiquidStakeParams = {
  liquidBondDenom: "stk/uxprt",
  unstakeFeeRate: 10n ** 15n,
  minLiquidStakeAmount: 1000n,
  autocompoundFeeRate: 5n * 10n ** 16n,
  modulePaused: false,
  lsmDisabled: false,
  cwLockedPoolAddress: "",
  whitelisted: [],
};
