import type { Ctx } from "../chain/module.js";

// A contract's own storage: keys under "contract/<address>/", JSON values (bigints kept as strings by callers).

export interface ContractState {
  get<T>(key: string): T | undefined;
  set<T>(key: string, value: T): void;
  delete(key: string): void;
  list<T>(prefix: string): { key: string; value: T }[];
}

export function contractState(ctx: Ctx, address: string): ContractState {
  const root = `contract/${address}/`;
  return {
    get: (key) => ctx.store.get(root + key),
    set: (key, value) => ctx.store.set(root + key, value),
    delete: (key) => ctx.store.delete(root + key),
    list: (prefix) => ctx.store.list(root + prefix),
  };
}

/** A Uint128 field of a JSON message: a string of digits (cosmwasm_std's Uint128 deserializer). */
export function uint128(value: unknown, field: string): bigint {
  if (typeof value !== "string" || !/^\d+$/.test(value)) throw new Error(`Invalid type: ${field} must be a Uint128 string`);
  const n = BigInt(value);
  if (n >= 2n ** 128n) throw new Error(`Invalid type: ${field} overflows Uint128`);
  return n;
}

/** The single variant of a JSON enum message: {"swap":{...}} -> ["swap", {...}]. */
export function variant(msg: Record<string, unknown>): [string, Record<string, unknown>] {
  const keys = Object.keys(msg);
  if (keys.length !== 1) throw new Error("Error parsing into type: expected exactly one message variant");
  const body = msg[keys[0]];
  if (body === null || typeof body !== "object" || Array.isArray(body)) throw new Error(`Error parsing into type: ${keys[0]} must be an object`);
  return [keys[0], body as Record<string, unknown>];
}
