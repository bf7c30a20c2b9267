import { EndpointPool, FailoverRpcClient } from "@/lib/chain/endpoints";
import { NETWORKS, type Network, type NetworkId } from "@/lib/chain/networks";
import type { SigningKit } from "@/lib/tx/signing-kit";
import { demoSigner } from "@/lib/wallet/demo";
import { injectedSigner } from "@/lib/wallet/injected";
import type { OfflineSigner, WalletAccount } from "@/lib/wallet/types";

// The app's long-lived clients, one of each per network or per account: none of them is React state, so they live
// here and hooks read them. A network's RPC client keeps its endpoint health across pages; a signing kit (cosmjs's
// signing client, loaded on the first fee estimate or transaction) is reused until the account or network changes.

const rpcClients = new Map<NetworkId, FailoverRpcClient>();

/** The one RPC client of a network: every read and write goes through it (failover, batching). */
export function rpcFor(id: NetworkId): FailoverRpcClient {
  let client = rpcClients.get(id);
  if (!client) {
    client = new FailoverRpcClient(new EndpointPool(NETWORKS[id].rpc), { timeoutMs: 4_000, maxBatch: 40 });
    rpcClients.set(id, client);
  }
  return client;
}

const linkedClients = new Map<string, FailoverRpcClient>();

/**
 * The RPC client of the chain a Network object stands for: a network's own, or a linked chain's (lib/recovery/
 * linked.ts's linkedNetwork, which carries its home network's id but its own chain id and endpoints).
 */
export function rpcForChain(network: Network): FailoverRpcClient {
  if (NETWORKS[network.id].chainId === network.chainId) return rpcFor(network.id);
  let client = linkedClients.get(network.chainId);
  if (!client) {
    client = new FailoverRpcClient(new EndpointPool(network.rpc), { timeoutMs: 6_000, maxBatch: 20 });
    linkedClients.set(network.chainId, client);
  }
  return client;
}

const historyClients = new Map<NetworkId, FailoverRpcClient>();

/** The client for reads of the past: the network's archive endpoints when configured, else its one RPC client. */
export function historyRpcFor(id: NetworkId): FailoverRpcClient {
  const archive = NETWORKS[id].archiveRpc;
  if (!archive?.length) return rpcFor(id);
  let client = historyClients.get(id);
  if (!client) {
    client = new FailoverRpcClient(new EndpointPool(archive), { timeoutMs: 8_000, maxBatch: 40 });
    historyClients.set(id, client);
  }
  return client;
}

/** The offline signer of a connected account: the demo key in the page, or the wallet extension's. */
export function signerFor(account: WalletAccount, network: Network): Promise<OfflineSigner> {
  if (account.kind === "demo") return demoSigner(rpcForChain(network), network);
  if (account.kind === "snap") return import("@/lib/wallet/snap").then((m) => m.snapSigner(network));
  if (account.kind === "walletconnect") return import("@/lib/wallet/walletconnect").then((m) => m.walletConnectSigner(network));
  return injectedSigner(account.kind, network);
}

const kits = new Map<string, Promise<SigningKit>>();

/** One signing kit per account and network, loaded on first use (its code is a separate chunk) and reused. */
export function kitFor(account: WalletAccount, network: Network): Promise<SigningKit> {
  const id = `${network.id}:${network.chainId}:${account.kind}:${account.address}`;
  let kit = kits.get(id);
  if (!kit) {
    kit = (async () => {
      const { loadSigningKit } = await import("@/lib/tx/signing-kit");
      return loadSigningKit(rpcForChain(network), network, await signerFor(account, network));
    })();
    kit.catch(() => kits.delete(id));
    kits.set(id, kit);
  }
  return kit;
}

/** Forget every signing kit (each holds a signer): the account or the network changed. */
export function forgetSigningKits(): void {
  kits.clear();
}
