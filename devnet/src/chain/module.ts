import type { AminoConverters } from "@cosmjs/stargate";
import type { EventManager } from "./events.js";
import type { GasMeter } from "./gas.js";
import type { Store } from "./store.js";
import type { Genesis } from "../genesis.js";

// The contract between the chain core and a module. A module adds Msgs, queries, hooks and genesis by
// returning them from its definition; the core never names a module.

export type ExecMode = "check" | "simulate" | "deliver" | "block" | "query";

export interface Ctx {
  readonly store: Store;
  readonly gas: GasMeter;
  readonly events: EventManager;
  readonly height: number;
  /** Block time, ms since the Unix epoch. */
  readonly time: number;
  readonly chainId: string;
  readonly mode: ExecMode;
}

/** The codec surface shared by every Telescope/ts-proto generated type (cosmjs-types, persistenceonejs). */
export interface ProtoCodec<T> {
  decode(input: Uint8Array): T;
  encode(message: T): { finish(): Uint8Array };
  fromPartial(object: unknown): T;
}

export interface EncodedAny {
  typeUrl: string;
  value: Uint8Array;
}

export interface MsgHandler<T = unknown> {
  typeUrl: string;
  codec: ProtoCodec<T>;
  /** The addresses that must sign (the proto's cosmos.msg.v1.signer field). */
  signers(msg: T): string[];
  /** Executes the Msg; returns the response as an Any for TxMsgData.msg_responses. */
  handle(ctx: Ctx, msg: T): EncodedAny;
}

export interface QueryHandler<Req = unknown, Res = unknown> {
  path: string;
  request: ProtoCodec<Req>;
  response: ProtoCodec<Res>;
  handle(ctx: Ctx, req: Req): Res;
}

export interface Module {
  name: string;
  msgs?: MsgHandler[];
  queries?: QueryHandler[];
  /** Amino JSON converters by type URL, for verifying LEGACY_AMINO_JSON signatures. */
  amino?: AminoConverters;
  initGenesis?(ctx: Ctx, genesis: Genesis): void;
  beginBlock?(ctx: Ctx): void;
  endBlock?(ctx: Ctx): void;
  /** Called when an epoch (e.g. "hour", "day") ends; runs inside BeginBlock like x/epochs. */
  onEpochEnd?(ctx: Ctx, identifier: string, epochNumber: number): void;
}

/** What generated fromPartial() accepts: any subset of the fields, at any depth. */
export type DeepPartial<T> = T extends bigint | string | number | boolean | Uint8Array | undefined
  ? T
  : T extends Array<infer U>
    ? DeepPartial<U>[]
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;

/** Builds a typed query handler; `path` is the gRPC method, e.g. "/cosmos.bank.v1beta1.Query/Balance". */
export function query<Req, Res>(
  path: string,
  request: ProtoCodec<Req>,
  response: ProtoCodec<Res>,
  handle: (ctx: Ctx, req: Req) => DeepPartial<Res>,
): QueryHandler<Req, Res> {
  return { path, request, response, handle: (ctx, req) => response.fromPartial(handle(ctx, req)) };
}

export function msg<T>(typeUrl: string, codec: ProtoCodec<T>, signers: (msg: T) => string[], handle: (ctx: Ctx, msg: T) => EncodedAny): MsgHandler<T> {
  return { typeUrl, codec, signers, handle };
}

/** Encodes a Msg response for msg_responses. */
export function response<T>(typeUrl: string, codec: ProtoCodec<T>, value: Partial<T>): EncodedAny {
  return { typeUrl, value: codec.encode(codec.fromPartial(value)).finish() };
}

/** Optional: times in (from, to] at which a module needs a block when chain time is advanced (ms). */
export interface WakeupSource {
  wakeups(ctx: Ctx, from: number, to: number): number[];
}
