import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import type { Network } from "@/lib/chain/networks";
import { sentence } from "@/lib/i18n/sentence";
import { type OfflineSigner, type WalletAccount, WalletError } from "./types";

// The devnet's demo account: a public test mnemonic the devnet announces in devnet_info, signing in the page.
// Only ever offered on the devnet. The signing library is loaded when the first transaction starts.

interface DevnetInfo {
  chain_id: string;
  demo: { address: string; mnemonic: string };
}

async function devnetInfo(rpc: FailoverRpcClient, network: Network): Promise<DevnetInfo> {
  if (!network.isDevnet) throw new WalletError("unavailable", sentence("walletError.demoDevnetOnly"));
  const info = await rpc.call<DevnetInfo>("devnet_info");
  if (info.chain_id !== network.chainId) {
    throw new WalletError("wrong-network", sentence("walletError.demoWrongChain", { actual: info.chain_id, expected: network.chainId }));
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

/** The demo mnemonic itself, for the demo EVM account (the same public test key on Ethereum's path). */
export async function demoMnemonic(rpc: FailoverRpcClient, network: Network): Promise<string> {
  return (await devnetInfo(rpc, network)).demo.mnemonic;
}
