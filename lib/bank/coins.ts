// sdk.Coins as events and logs print them.

/** "10uxprt,5stk/uxprt" (sdk.Coins.String()) -> denom -> amount */
export function parseCoinsString(s: string): Map<string, bigint> {
  const out = new Map<string, bigint>();
  for (const part of s.split(",")) {
    const m = /^\s*(\d+)([a-zA-Z][a-zA-Z0-9/:._-]*)\s*$/.exec(part);
    if (m) out.set(m[2], (out.get(m[2]) ?? 0n) + BigInt(m[1]));
  }
  return out;
}
