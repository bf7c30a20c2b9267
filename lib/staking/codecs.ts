import { Coin, Duration, PageRequest, PageResponse, Timestamp, message } from "@/lib/chain/proto";

// cosmos.staking.v1beta1 and cosmos.mint.v1beta1: the fields the staking pages read (see lib/chain/proto.ts).

const Description = message({ moniker: [1, "string"] });

export const Validator = message({
  operatorAddress: [1, "string"],
  jailed: [3, "bool"],
  /** BondStatus: 3 = bonded */
  status: [4, "int32"],
  tokens: [5, "string"],
  description: [7, Description],
});

const Delegation = message({ delegatorAddress: [1, "string"], validatorAddress: [2, "string"] });
const DelegationResponse = message({ delegation: [1, Delegation], balance: [2, Coin] });

const UnbondingDelegationEntry = message({ creationHeight: [1, "int64"], completionTime: [2, Timestamp], balance: [4, "string"] });
const UnbondingDelegation = message({ delegatorAddress: [1, "string"], validatorAddress: [2, "string"], entries: [3, UnbondingDelegationEntry, "repeated"] });

export const QueryValidatorsRequest = message({ status: [1, "string"], pagination: [2, PageRequest] });
export const QueryValidatorsResponse = message({ validators: [1, Validator, "repeated"], pagination: [2, PageResponse] });

export const QueryDelegatorRequest = message({ delegatorAddr: [1, "string"], pagination: [2, PageRequest] });
export const QueryDelegatorDelegationsResponse = message({ delegationResponses: [1, DelegationResponse, "repeated"], pagination: [2, PageResponse] });
export const QueryDelegatorUnbondingDelegationsResponse = message({ unbondingResponses: [1, UnbondingDelegation, "repeated"], pagination: [2, PageResponse] });

const Params = message({ unbondingTime: [1, Duration], maxEntries: [3, "uint32"], bondDenom: [5, "string"] });
export const QueryParamsResponse = message({ params: [1, Params] });

const Pool = message({ notBondedTokens: [1, "string"], bondedTokens: [2, "string"] });
export const QueryPoolResponse = message({ pool: [1, Pool] });

/** cosmos.mint: a Dec carried as the bytes of its decimal string */
export const QueryAnnualProvisionsResponse = message({ annualProvisions: [1, "bytes"] });
