import { NETWORKS } from "@/lib/chain/networks";
import { EVM_NETWORKS } from "@/lib/evm/networks";
import { originOf } from "./headers";

// What the browser may reach: the same network config the app uses, so connect-src follows the endpoints (and their
// env overrides) and nothing else.

const defined = (xs: (string | undefined)[]) => xs.filter((x): x is string => Boolean(x));

export function connectOrigins(): string[] {
  const cosmos = Object.values(NETWORKS).flatMap((n) => [...n.rpc, ...(n.archiveRpc ?? []), ...n.linked.flatMap((l) => l.rpc)]);
  const evm = Object.values(EVM_NETWORKS).flatMap((n) => n.chain.rpcUrls.default.http);
  return [...new Set(defined([...cosmos, ...evm, process.env.NEXT_PUBLIC_PRICE_URL].map((u) => (u ? originOf(u) : undefined))))];
}
