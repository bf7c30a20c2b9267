import { Coin, PageRequest, PageResponse, message } from "@/lib/chain/proto";

// cosmos.bank.v1beta1 and ibc.applications.transfer.v1: the fields the balances list reads (see lib/chain/proto.ts).

export const QueryAllBalancesRequest = message({ address: [1, "string"], pagination: [2, PageRequest] });
export const QueryAllBalancesResponse = message({ balances: [1, Coin, "repeated"], pagination: [2, PageResponse] });

const Hop = message({ portId: [1, "string"], channelId: [2, "string"] });
const Denom = message({ base: [1, "string"], trace: [3, Hop, "repeated"] });
export const QueryDenomRequest = message({ hash: [1, "string"] });
export const QueryDenomResponse = message({ denom: [1, Denom] });
