import { abciQuery } from "./abci";
import type { FailoverRpcClient } from "./endpoints";
import { message } from "./proto";

// CosmWasm smart queries over ABCI (cosmwasm.wasm.v1 Query/SmartContractState): JSON in, JSON out.

const QuerySmartContractStateRequest = message({ address: [1, "string"], queryData: [2, "bytes"] });
const QuerySmartContractStateResponse = message({ data: [1, "bytes"] });

export async function querySmart<T>(rpc: FailoverRpcClient, contract: string, query: object, height?: number): Promise<T> {
  const { data } = await abciQuery(
    rpc,
    "/cosmwasm.wasm.v1.Query/SmartContractState",
    QuerySmartContractStateRequest,
    QuerySmartContractStateResponse,
    { address: contract, queryData: new TextEncoder().encode(JSON.stringify(query)) },
    height,
  );
  return JSON.parse(new TextDecoder().decode(data)) as T;
}

/** A MsgExecuteContract as an EncodeObject: the JSON message, and native funds sorted by denom (wasmd requires it). */
export function executeMsg(sender: string, contract: string, msg: object, funds: { denom: string; amount: bigint }[] = []) {
  return {
    typeUrl: "/cosmwasm.wasm.v1.MsgExecuteContract",
    value: {
      sender,
      contract,
      msg: new TextEncoder().encode(JSON.stringify(msg)),
      funds: funds
        .filter((c) => c.amount > 0n)
        .sort((a, b) => (a.denom < b.denom ? -1 : 1))
        .map((c) => ({ denom: c.denom, amount: c.amount.toString() })),
    },
  };
}
