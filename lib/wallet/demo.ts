import type { FailoverRpcClient } from "../chain/endpoints";
import type { Network } from "../chain/networks";
import { type OfflineSigner, type WalletAccount, WalletError } from "./types";

// The devnet's demo account: a public test mnemonic the devnet announces in devnet_info, signing in the page.
// Only ever offered on the devnet. The signing library is loaded when the first transaction starts.

interface DevnetInfo {
  chain_id: string;
  demo: { address: string; mnemonic: string };
}

async function devnetInfo(rpc: FailoverRpcClient, network: Network): Promise<DevnetInfo> {
  if (!network.isDevnet) throw new WalletError("unavailable", "The demo account exists only on the local devnet.");
  const info = await rpc.call<DevnetInfo>("devnet_info");
  if (info.chain_id !== network.chainId) {
    throw new WalletError("wrong-network", `The devnet runs chain ${info.chain_id}, but the app expects ${network.chainId}.`);
  }
  return info;
}

export async function connectDemo(rpc: FailoverRpcClient, network: Network): Promise<WalletAccount> {
  const info = await devnetInfo(rpc, network);
  return { kind: "demo", address: info.demo.address, name: "Demo account", isLedger: false };
}

export async function demoSigner(rpc: FailoverRpcClient, network: Network): Promise<OfflineSigner> {
  const info = await devnetInfo(rpc, network);
  const { DirectSecp256k1HdWallet } = await import("@cosmjs/proto-signing");
  return DirectSecp256k1HdWallet.fromMnemonic(info.demo.mnemonic, { prefix: network.bech32Prefix });
}
