import type { Network } from "./networks";

/** the symbol a person knows a denom by (from the network's asset list), else a readable fallback */
export function symbolOf(network: Network, denom: string): string {
  const listed = network.assets.find((a) => a.denom === denom);
  if (listed) return listed.symbol;
  if (denom.startsWith("stk/")) return `stk${denom.slice(5).toUpperCase()}`;
  return denom.length > 16 ? `${denom.slice(0, 10)}…` : denom;
}
