import { Coin, Timestamp, message } from "@/lib/chain/proto";

// pstake.liquidstake.v1beta1 and pstake.liquidstakeibc.v1beta1: the fields the app reads (see lib/chain/proto.ts).
// Dec fields arrive as strings of the integer scaled by 1e18 (gogoproto customtype), read with Dec.fromProto.

const WhitelistedValidator = message({ validatorAddress: [1, "string"], targetWeight: [2, "string"] });
const LiquidStakeParams = message({
  liquidBondDenom: [1, "string"],
  whitelistedValidators: [2, WhitelistedValidator, "repeated"],
  unstakeFeeRate: [3, "string"],
  lsmDisabled: [4, "bool"],
  minLiquidStakeAmount: [5, "string"],
  cwLockedPoolAddress: [6, "string"],
  autocompoundFeeRate: [8, "string"],
  modulePaused: [10, "bool"],
});
export const QueryLiquidStakeParamsResponse = message({ params: [1, LiquidStakeParams, "required"] });

const NetAmountState = message({
  mintRate: [1, "string"],
  stkxprtTotalSupply: [2, "string"],
  netAmount: [3, "string"],
  totalLiquidTokens: [5, "string"],
  totalRemainingRewards: [6, "string"],
  totalUnbondingBalance: [7, "string"],
  proxyAccBalance: [8, "string"],
});
export const QueryStatesResponse = message({ netAmountState: [1, NetAmountState, "required"] });

const LiquidValidatorState = message({ operatorAddress: [1, "string"], weight: [2, "string"], status: [3, "int32"], liquidTokens: [5, "string"] });
export const QueryLiquidValidatorsResponse = message({ liquidValidators: [1, LiquidValidatorState, "repeated"] });

const HostChainLSParams = message({
  depositFee: [1, "string"],
  restakeFee: [2, "string"],
  unstakeFee: [3, "string"],
  redemptionFee: [4, "string"],
  upperCValueLimit: [10, "string"],
  lowerCValueLimit: [11, "string"],
});
const HostValidator = message({ operatorAddress: [1, "string"], weight: [3, "string"], delegatedAmount: [4, "string"] });
const HostChain = message({
  chainId: [1, "string"],
  params: [3, HostChainLSParams, "required"],
  hostDenom: [4, "string"],
  channelId: [5, "string"],
  validators: [9, HostValidator, "repeated"],
  minimumDeposit: [10, "string"],
  cValue: [11, "string"],
  lastCValue: [12, "string"],
  unbondingFactor: [13, "int64"],
  active: [14, "bool"],
});
export const QueryHostChainsResponse = message({ hostChains: [1, HostChain, "repeated"] });

export const QueryByChainIdRequest = message({ chainId: [1, "string"] });
export const QueryDepositAccountBalanceResponse = message({ balance: [1, Coin] });

const Unbonding = message({ chainId: [1, "string"], epochNumber: [2, "int64"], matureTime: [3, Timestamp], state: [7, "int32"] });
export const QueryUnbondingsResponse = message({ unbondings: [1, Unbonding, "repeated"] });

export const QueryUserUnbondingsRequest = message({ address: [1, "string"] });
const UserUnbonding = message({
  chainId: [1, "string"],
  epochNumber: [2, "int64"],
  address: [3, "string"],
  stkAmount: [4, Coin, "required"],
  unbondAmount: [5, Coin, "required"],
});
export const QueryUserUnbondingsResponse = message({ userUnbondings: [1, UserUnbonding, "repeated"] });
