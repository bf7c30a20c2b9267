import type { Timestamp } from "cosmjs-types/google/protobuf/timestamp";

export function toTimestamp(ms: number): Timestamp {
  const seconds = Math.floor(ms / 1000);
  return { seconds: BigInt(seconds), nanos: (ms - seconds * 1000) * 1_000_000 };
}

/** RFC 3339 as the SDK prints times in events ("2026-01-22T00:00:00Z" style, with fractional seconds when present). */
export function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(".000Z", "Z");
}
