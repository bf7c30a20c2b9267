import type { Network } from "@/lib/chain/networks";
import { sentence } from "@/lib/i18n/sentence";
import { getExtension, readAccount } from "./injected";
import { WALLET_LABELS, type WalletAccount, WalletError, type WalletKind, isUserRejection, thrownMessage } from "./types";

// The connected wallet's accounts on chains linked to the network (lib/recovery/linked.ts): the same wallet, its key
// for each chain. A Keplr-compatible wallet is asked once for all of them (enable takes a list, one approval); the
// Snap chain by chain. The demo account lives on the devnet alone.

export type LinkedAccount = { network: Network; account: WalletAccount } | { network: Network; error: WalletError };

export async function accountsOn(kind: WalletKind, networks: Network[]): Promise<LinkedAccount[]> {
  if (kind === "demo") throw new WalletError("unavailable", sentence("walletError.demoDevnetOnly"));
  // a WalletConnect session covers the network it was approved for; other chains need a wallet in this browser
  if (kind === "walletconnect") throw new WalletError("unavailable", sentence("walletError.wcLinked"));
  if (kind === "snap") {
    const { connectSnap } = await import("./snap");
    const out: LinkedAccount[] = [];
    for (const network of networks)
      out.push(
        await connectSnap(network).then(
          (account) => ({ network, account }),
          (error: WalletError) => ({ network, error }),
        ),
      );
    return out;
  }
  const ext = getExtension(kind);
  if (!ext) throw new WalletError("not-installed", sentence("walletError.notInstalled", { wallet: WALLET_LABELS[kind] }));
  try {
    await ext.enable(networks.map((n) => n.chainId));
  } catch (e) {
    if (isUserRejection(e)) throw new WalletError("rejected", sentence("walletError.declined", { wallet: WALLET_LABELS[kind] }), thrownMessage(e));
    // one chain the wallet does not know refuses the whole list: ask chain by chain, so the others still answer
    return Promise.all(networks.map((network) => enableOne(kind, network)));
  }
  return Promise.all(
    networks.map((network) =>
      readAccount(kind, network).then(
        (account) => ({ network, account }),
        (error: WalletError) => ({ network, error }),
      ),
    ),
  );
}

async function enableOne(kind: "keplr" | "cosmostation", network: Network): Promise<LinkedAccount> {
  try {
    await getExtension(kind)!.enable(network.chainId);
    return { network, account: await readAccount(kind, network) };
  } catch (e) {
    const error =
      e instanceof WalletError
        ? e
        : new WalletError("unavailable", sentence("walletError.cannotConnect", { wallet: WALLET_LABELS[kind], network: network.name }), thrownMessage(e));
    return { network, error };
  }
}
