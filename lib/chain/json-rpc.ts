// A JSON-RPC 2.0 answer checked as @cosmjs/json-rpc's parseJsonRpcResponse checks it (json-rpc.test.ts holds the
// two together). Written out because that package's index also loads its websocket client and xstream (6 KB on
// every page) and exports nothing smaller.

export interface RpcSuccess {
  jsonrpc: "2.0";
  id: number | string;
  result: unknown;
}
export interface RpcFailure {
  jsonrpc: "2.0";
  id: number | string | null;
  error: { code: number; message: string; data?: unknown };
}
export type RpcAnswer = RpcSuccess | RpcFailure;

// Answers come from JSON.parse, so every value in a dictionary is JSON already (cosmjs also walks them to check).
const isDictionary = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && Object.prototype.toString.call(v) === "[object Object]";

/** An error answer if it is a well-formed one, else a success answer; throws for anything else. */
export function parseRpcAnswer(data: unknown): RpcAnswer {
  if (!isDictionary(data)) throw new Error("Data must be JSON compatible dictionary");
  if (data.jsonrpc !== "2.0") throw new Error(`Got unexpected jsonrpc version: ${JSON.stringify(data)}`);
  const { id, error, result } = data;
  if (isDictionary(error) && (typeof id === "number" || typeof id === "string" || id === null)) {
    if (typeof error.code === "number" && typeof error.message === "string") {
      return { jsonrpc: "2.0", id, error: { code: error.code, message: error.message, ...(error.data !== undefined ? { data: error.data } : {}) } };
    }
  }
  if (typeof id !== "number" && typeof id !== "string") throw new Error("Invalid id field");
  if (result === undefined) throw new Error("Invalid result field");
  return { jsonrpc: "2.0", id, result };
}

export const isRpcFailure = (a: RpcAnswer): a is RpcFailure => "error" in a;
