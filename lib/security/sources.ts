import { NETWORKS } from "@/lib/chain/networks";
import { EVM_NETWORKS } from "@/lib/evm/networks";
import { WALLETCONNECT_RELAY, walletConnectConfigured } from "@/lib/wallet/walletconnect-config";
import { originOf } from "./headers";

// What the browser may reach: the same network config the app uses, so connect-src follows the endpoints (and their
// env overrides) and nothing else.

const defined = (xs: (string | undefined)[]) => xs.filter((x): x is string => Boolean(x));

export function connectOrigins(): string[] {
  const cosmos = Object.values(NETWORKS).flatMap((n) => [...n.rpc, ...(n.archiveRpc ?? []), ...n.linked.flatMap((l) => l.rpc)]);
  const evm = Object.values(EVM_NETWORKS).flatMap((n) => n.chain.rpcUrls.default.http);
  const walletConnect = walletConnectConfigured() ? [WALLETCONNECT_RELAY] : [];
  return [...new Set(defined([...cosmos, ...evm, ...walletConnect, process.env.NEXT_PUBLIC_PRICE_URL].map((u) => (u ? originOf(u) : undefined))))];
}

/** WalletConnect's Verify: its iframe attests this origin to the wallet (without it, each pairing waits 5 s for it). */
export function frameOrigins(): string[] {
  return walletConnectConfigured() ? ["https://verify.walletconnect.org"] : [];
}
