import { BinaryReader, BinaryWriter } from "cosmjs-types/binary";

// Lean protobuf messages for the chain reads a page makes on its first visit. The generated codecs
// (cosmjs-types, persistenceonejs) come one proto file per module, and a file brings all its imports: decoding
// one staking Validator loads tendermint's block and ABCI types (about 40 KB compressed). A message here names
// only the fields the app reads, by their field numbers; other fields are skipped as proto3 prescribes, and the
// wire format is the library's reader and writer. proto.test.ts checks every message against the generated
// codec of the same proto type. Signing keeps the generated codecs (they load when a transaction starts).

type Scalar = "string" | "bytes" | "bool" | "int32" | "uint32" | "int64" | "uint64";
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a field may hold any message type
type Kind = Scalar | Message<any>;
/** "required": a gogoproto non-nullable message field, always present on chain (decoded as its defaults if absent) */
type Field = readonly [number, Kind] | readonly [number, Kind, "repeated" | "required"];
export type Fields = Record<string, Field>;

type ScalarValue<K> = K extends "string"
  ? string
  : K extends "bytes"
    ? Uint8Array
    : K extends "bool"
      ? boolean
      : K extends "int64" | "uint64"
        ? bigint
        : number;
type Element<K> = K extends Message<infer T> ? T : ScalarValue<K>;
type Value<F> = F extends readonly [number, infer K, "repeated"]
  ? Element<K>[]
  : F extends readonly [number, infer K, "required"]
    ? Element<K>
    : F extends readonly [number, infer K]
      ? K extends Message<infer T>
        ? T | undefined
        : ScalarValue<K>
      : never;
type Decoded<S extends Fields> = { -readonly [K in keyof S]: Value<S[K]> };

export interface Message<T> {
  /** the schema: field name -> [field number, kind, mode] */
  readonly fields: Fields;
  decode(input: Uint8Array | BinaryReader, length?: number): T;
  encode(value: T, writer?: BinaryWriter): BinaryWriter;
  /** A complete value from any subset of the fields (defaults for the rest), as generated codecs offer. */
  fromPartial(value: unknown): T;
}

/** What one decoded message of a schema looks like. */
export type MessageType<M> = M extends Message<infer T> ? T : never;

const isScalar = (kind: Kind): kind is Scalar => typeof kind === "string";

function scalarDefault(kind: Scalar): unknown {
  switch (kind) {
    case "string":
      return "";
    case "bytes":
      return new Uint8Array();
    case "bool":
      return false;
    case "int64":
    case "uint64":
      return 0n;
    default:
      return 0;
  }
}

function isDefault(kind: Scalar, value: unknown): boolean {
  return value === undefined || (kind === "bytes" ? (value as Uint8Array).length === 0 : value === scalarDefault(kind));
}

function readScalar(reader: BinaryReader, kind: Scalar): unknown {
  return reader[kind]();
}

function writeScalar(writer: BinaryWriter, kind: Scalar, value: unknown): void {
  if (kind === "string") writer.string(value as string);
  else if (kind === "bytes") writer.bytes(value as Uint8Array);
  else if (kind === "bool") writer.bool(value as boolean);
  else if (kind === "int64" || kind === "uint64") writer[kind](value as bigint);
  else writer[kind](value as number);
}

const LENGTH_DELIMITED = 2;
const VARINT = 0;

export function message<S extends Fields>(fields: S): Message<Decoded<S>> {
  const entries = Object.entries(fields);
  const byNumber = new Map(entries.map(([name, [no, kind, mode]]) => [no, { name, kind, repeated: mode === "repeated" }]));

  const self: Message<Decoded<S>> = {
    fields,
    decode(input, length) {
      const reader = input instanceof BinaryReader ? input : new BinaryReader(input);
      const end = length === undefined ? reader.len : reader.pos + length;
      const out = self.fromPartial({}) as Record<string, unknown>;
      while (reader.pos < end) {
        const tag = reader.uint32();
        const field = byNumber.get(tag >>> 3);
        const wire = tag & 7;
        if (!field) {
          reader.skipType(wire);
          continue;
        }
        const { name, kind, repeated } = field;
        if (repeated && isScalar(kind) && kind !== "string" && kind !== "bytes" && wire === LENGTH_DELIMITED) {
          // packed repeated numbers: one length-delimited run
          const runEnd = reader.uint32() + reader.pos;
          while (reader.pos < runEnd) (out[name] as unknown[]).push(readScalar(reader, kind));
          continue;
        }
        const value = isScalar(kind) ? readScalar(reader, kind) : kind.decode(reader, reader.uint32());
        if (repeated) (out[name] as unknown[]).push(value);
        else out[name] = value;
      }
      return out as Decoded<S>;
    },

    encode(value, writer = BinaryWriter.create()) {
      const record = value as Record<string, unknown>;
      for (const [name, [no, kind, repeated]] of entries) {
        const v = record[name];
        if (repeated === "repeated") {
          const list = (v ?? []) as unknown[];
          if (!isScalar(kind)) for (const item of list) kind.encode(item, writer.uint32((no << 3) | LENGTH_DELIMITED).fork()).ldelim();
          else if (kind === "string" || kind === "bytes") for (const item of list) writeScalar(writer.uint32((no << 3) | LENGTH_DELIMITED), kind, item);
          else if (list.length) {
            writer.uint32((no << 3) | LENGTH_DELIMITED).fork();
            for (const item of list) writeScalar(writer, kind, item);
            writer.ldelim();
          }
        } else if (!isScalar(kind)) {
          if (v !== undefined) kind.encode(v, writer.uint32((no << 3) | LENGTH_DELIMITED).fork()).ldelim();
        } else if (!isDefault(kind, v)) {
          const wire = kind === "string" || kind === "bytes" ? LENGTH_DELIMITED : VARINT;
          writeScalar(writer.uint32((no << 3) | wire), kind, v);
        }
      }
      return writer;
    },

    fromPartial(value) {
      const given = (value ?? {}) as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [name, [, kind, mode]] of entries) {
        const v = given[name];
        if (mode === "repeated") out[name] = ((v ?? []) as unknown[]).map((item) => (isScalar(kind) ? item : kind.fromPartial(item)));
        else if (isScalar(kind)) out[name] = v ?? scalarDefault(kind);
        else out[name] = v === undefined && mode !== "required" ? undefined : kind.fromPartial(v);
      }
      return out as Decoded<S>;
    },
  };
  return self;
}

// Types every module shares.
export const Coin = message({ denom: [1, "string"], amount: [2, "string"] });
export const Timestamp = message({ seconds: [1, "int64"], nanos: [2, "int32"] });
export const Duration = message({ seconds: [1, "int64"], nanos: [2, "int32"] });
export const PageRequest = message({ key: [1, "bytes"], offset: [2, "uint64"], limit: [3, "uint64"], countTotal: [4, "bool"], reverse: [5, "bool"] });
export const PageResponse = message({ nextKey: [1, "bytes"], total: [2, "uint64"] });
/** A request with no fields (Params, Pool, States …). */
export const Empty = message({});

/** ms since the epoch */
export const timestampMs = (t?: MessageType<typeof Timestamp>) => (t ? Number(t.seconds) * 1000 + Math.floor(t.nanos / 1e6) : 0);
