import type { Asset as RegistryAsset, AssetList, Chain } from "@chain-registry/types";
import coreAssets from "chain-registry/mainnet/persistence/asset-list";
import coreChain from "chain-registry/mainnet/persistence/chain";
import testnetAssets from "chain-registry/testnet/persistencetestnet2/asset-list";
import testnetChain from "chain-registry/testnet/persistencetestnet2/chain";

// One typed source for every network fact. core-1 and test-core-2 come from the Cosmos chain registry package;
// the devnet uses core-1's denoms (it mirrors them) with local endpoints. Endpoints can be overridden by env.

export type NetworkId = "devnet" | "core-1" | "test-core-2";

export interface Asset {
  denom: string;
  symbol: string;
  name: string;
  decimals: number;
  logo?: string;
  /** how the denom came to be on Persistence */
  origin: "native" | "ibc" | "liquid-staked" | "other";
}

export interface Network {
  id: NetworkId;
  chainId: string;
  name: string;
  bech32Prefix: string;
  coinType: number;
  feeDenom: string;
  /** gas prices in fee-denom base units per gas unit, decimal strings */
  gasPrice: { low: string; average: string; high: string };
  rpc: string[];
  rest: string[];
  assets: Asset[];
  /** tx link with `${txHash}`, when a public explorer exists */
  explorerTxUrl?: string;
  isDevnet: boolean;
  unbondingDays: number;
}

function fromEnv(value: string | undefined): string[] | undefined {
  const list = value
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return list?.length ? list : undefined;
}

function toAsset(a: RegistryAsset): Asset {
  const display = a.denomUnits.find((u) => u.denom === a.display) ?? a.denomUnits[a.denomUnits.length - 1];
  const origin = a.base.startsWith("ibc/") ? "ibc" : a.base.startsWith("stk/") ? "liquid-staked" : a.base === "uxprt" ? "native" : "other";
  return {
    denom: a.base,
    symbol: a.symbol,
    name: a.name,
    decimals: display.exponent,
    logo: a.logoURIs?.svg ?? a.logoURIs?.png,
    origin,
  };
}

function registryNetwork(id: NetworkId, chain: Chain, assets: AssetList, rpcOverride?: string[]): Network {
  const fee = chain.fees!.feeTokens[0];
  const explorer = chain.explorers?.find((e) => e.txPage?.includes("${txHash}"));
  return {
    id,
    chainId: chain.chainId!,
    name: chain.prettyName ?? chain.chainName,
    bech32Prefix: chain.bech32Prefix!,
    coinType: chain.slip44 ?? 118,
    feeDenom: fee.denom,
    gasPrice: {
      low: String(fee.lowGasPrice ?? 0),
      average: String(fee.averageGasPrice ?? 0.025),
      high: String(fee.highGasPrice ?? 0.04),
    },
    rpc: rpcOverride ?? (chain.apis?.rpc ?? []).map((e) => e.address.replace(/\/$/, "")),
    rest: (chain.apis?.rest ?? []).map((e) => e.address.replace(/\/$/, "")),
    assets: assets.assets.map(toAsset),
    explorerTxUrl: explorer?.txPage,
    isDevnet: false,
    unbondingDays: Math.round(Number.parseInt(chain.staking?.lockDuration?.time ?? "1814400", 10) / 86_400),
  };
}

const core1 = registryNetwork("core-1", coreChain, coreAssets, fromEnv(process.env.NEXT_PUBLIC_CORE1_RPC));

export const NETWORKS: Record<NetworkId, Network> = {
  devnet: {
    ...core1,
    id: "devnet",
    chainId: process.env.NEXT_PUBLIC_DEVNET_CHAIN_ID ?? "devnet-1",
    name: "Local devnet",
    gasPrice: { low: "0.025", average: "0.025", high: "0.04" },
    rpc: fromEnv(process.env.NEXT_PUBLIC_DEVNET_RPC) ?? ["http://127.0.0.1:26657"],
    rest: [],
    explorerTxUrl: undefined,
    isDevnet: true,
  },
  "core-1": core1,
  "test-core-2": registryNetwork("test-core-2", testnetChain, testnetAssets, fromEnv(process.env.NEXT_PUBLIC_TESTNET_RPC)),
};

export const NETWORK_IDS = Object.keys(NETWORKS) as NetworkId[];
export const DEFAULT_NETWORK: NetworkId = (process.env.NEXT_PUBLIC_DEFAULT_NETWORK as NetworkId) || "devnet";

export function isNetworkId(value: unknown): value is NetworkId {
  return typeof value === "string" && value in NETWORKS;
}

export function explorerTxLink(network: Network, hash: string): string | undefined {
  return network.explorerTxUrl?.replace("${txHash}", hash);
}
