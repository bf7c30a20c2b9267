import type { FailoverRpcClient } from "./endpoints";

// Light reads: an ABCI query with a generated request/response codec, without loading cosmjs's clients
// (they pull the signing libraries, which load only when a transaction starts).

/** What generated fromPartial() accepts: any subset of the fields, at any depth. */
export type DeepPartial<T> = T extends bigint | string | number | boolean | Uint8Array | undefined
  ? T
  : T extends Array<infer U>
    ? DeepPartial<U>[]
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;

export interface Codec<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(input: Uint8Array): T;
  fromPartial(object: unknown): T;
}

/** A query the chain answered with an error code (codespace "sdk" code 6 = the service does not exist here). */
export class QueryError extends Error {
  constructor(
    readonly code: number,
    readonly codespace: string,
    readonly log: string,
    readonly path: string,
  ) {
    super(`Query ${path} failed with (${code}): ${log}`);
    this.name = "QueryError";
  }

  get isUnknownService(): boolean {
    return this.codespace === "sdk" && this.code === 6;
  }

  get isNotFound(): boolean {
    return this.codespace === "sdk" && (this.code === 38 || this.code === 22);
  }
}

interface AbciQueryResult {
  response: { code: number; log: string; value: string | null; codespace: string; height: string };
}

const toHex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");

export function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export async function abciQuery<Req, Res>(
  rpc: FailoverRpcClient,
  path: string,
  request: Codec<Req>,
  response: Codec<Res>,
  value: DeepPartial<Req>,
  /** a past height (archive queries); the latest when omitted */
  height?: number,
): Promise<Res> {
  const data = toHex(request.encode(request.fromPartial(value)).finish());
  const params = { path, data, prove: false, ...(height ? { height: String(height) } : {}) };
  const { response: r } = await rpc.call<AbciQueryResult>("abci_query", params);
  if (r.code !== 0) throw new QueryError(r.code, r.codespace, r.log, path);
  return response.decode(r.value ? fromBase64(r.value) : new Uint8Array());
}
