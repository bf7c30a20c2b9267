import { abciQuery } from "./abci";
import type { FailoverRpcClient } from "./endpoints";
import { message } from "./proto";

// CosmWasm queries over ABCI: smart (cosmwasm.wasm.v1 Query/SmartContractState: JSON in, JSON out) and raw
// (Query/RawContractState: a contract's stored value under a cw-storage-plus key, for state no smart query exposes).

const QuerySmartContractStateRequest = message({ address: [1, "string"], queryData: [2, "bytes"] });
const QuerySmartContractStateResponse = message({ data: [1, "bytes"] });
const QueryRawContractStateRequest = message({ address: [1, "string"], queryData: [2, "bytes"] });
const QueryRawContractStateResponse = message({ data: [1, "bytes"] });

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

/**
 * The key cw-storage-plus gives `Map::new(namespace)` at `parts`: the namespace and every part but the last prefixed
 * with their length (2 bytes, big-endian), the last part as it is.
 */
export function storageMapKey(namespace: string, ...parts: string[]): Uint8Array {
  const enc = new TextEncoder();
  const prefixed = (s: string) => {
    const b = enc.encode(s);
    return [b.length >> 8, b.length & 0xff, ...b];
  };
  const last = parts.length ? [...enc.encode(parts[parts.length - 1])] : [];
  return new Uint8Array([...prefixed(namespace), ...parts.slice(0, -1).flatMap(prefixed), ...last]);
}

/** A contract's JSON value stored under a raw key, or null when nothing is stored there. */
export async function queryRaw<T>(rpc: FailoverRpcClient, contract: string, key: Uint8Array, height?: number): Promise<T | null> {
  const { data } = await abciQuery(
    rpc,
    "/cosmwasm.wasm.v1.Query/RawContractState",
    QueryRawContractStateRequest,
    QueryRawContractStateResponse,
    { address: contract, queryData: key },
    height,
  );
  return data.length ? (JSON.parse(new TextDecoder().decode(data)) as T) : null;
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
