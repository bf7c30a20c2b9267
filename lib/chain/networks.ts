import registry from "./registry.generated.json";

// One typed source for every network fact. core-1 and test-core-2 come from the Cosmos chain registry package
// (extracted by scripts/gen-registry.mjs, checked against the package by a test); the devnet uses core-1's denoms
// (it mirrors them) with local endpoints. Endpoints can be overridden by env.

export type NetworkId = "devnet" | "core-1" | "test-core-2";

export interface Asset {
  denom: string;
  symbol: string;
  name: string;
  decimals: number;
  logo?: string;
  /** for an optional external price source (CoinGecko's ids, from the chain registry) */
  coingeckoId?: string;
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
  /**
   * Archive endpoints for history (charts, rewards, the measured APY): public nodes are pruned, keeping a recent
   * window of blocks. Unset: history comes from `rpc`, as far back as it serves.
   */
  archiveRpc?: string[];
  rest: string[];
  assets: Asset[];
  /** tx link with `${txHash}`, when a public explorer exists */
  explorerTxUrl?: string;
  isDevnet: boolean;
  unbondingDays: number;
  /** known contract addresses; on the devnet they are read from devnet_info instead */
  contracts: Contracts;
  /** chains linked to this one by a transfer channel, where its stkASSETs may sit (the recovery page looks there) */
  linked: LinkedChain[];
}

/** A chain linked to a network by an ICS-20 transfer channel (both ends from the chain registry's IBC data). */
export interface LinkedChain extends Pick<Network, "chainId" | "name" | "bech32Prefix" | "coinType" | "feeDenom" | "gasPrice" | "rpc" | "explorerTxUrl"> {
  /** that chain's channel leading to the network ("channel-4" on Osmosis) */
  channel: string;
  /** the network's channel leading to that chain ("channel-6" on core-1) */
  homeChannel: string;
}

/** CosmWasm contracts the app uses, by role */
export interface Contracts {
  stkRedemption?: string;
  dexterVault?: string;
  dexterRouter?: string;
  dexterMultistaking?: string;
  /** a Mars Red Bank-style lending market, with its params and oracle contracts (none on core-1 today) */
  marsRedBank?: string;
  marsParams?: string;
  marsOracle?: string;
}

function fromEnv(value: string | undefined): string[] | undefined {
  const list = value
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  return list?.length ? list : undefined;
}

type RegistryEntry = Omit<(typeof registry)["core-1"], "linked">;

function originOf(denom: string): Asset["origin"] {
  return denom.startsWith("ibc/") ? "ibc" : denom.startsWith("stk/") ? "liquid-staked" : denom === "uxprt" ? "native" : "other";
}

type ChainFacts = RegistryEntry["chain"];

/** A chain's own facts from its registry record: what a network and a linked chain share. */
function chainOf(
  c: ChainFacts,
  rpcOverride?: string[],
): Pick<Network, "chainId" | "name" | "bech32Prefix" | "coinType" | "feeDenom" | "gasPrice" | "rpc" | "explorerTxUrl"> {
  return {
    chainId: c.chainId,
    name: c.prettyName,
    bech32Prefix: c.bech32Prefix,
    coinType: c.slip44,
    feeDenom: c.feeToken.denom,
    gasPrice: { low: String(c.feeToken.low), average: String(c.feeToken.average), high: String(c.feeToken.high) },
    rpc: rpcOverride ?? c.rpc,
    explorerTxUrl: c.explorerTxPage ?? undefined,
  };
}

function registryNetwork(id: NetworkId, entry: RegistryEntry, rpcOverride?: string[]): Network {
  const c = entry.chain;
  return {
    id,
    ...chainOf(c, rpcOverride),
    rest: c.rest,
    assets: entry.assets.map((a) => ({
      denom: a.base,
      symbol: a.symbol,
      name: a.name,
      decimals: a.decimals,
      logo: a.logo ?? undefined,
      coingeckoId: a.coingeckoId ?? undefined,
      origin: originOf(a.base),
    })),
    isDevnet: false,
    unbondingDays: Math.round(c.unbondingSeconds / 86_400),
    contracts: {},
    linked: [],
  };
}

type LinkedEntry = (typeof registry)["core-1"]["linked"][number];

/**
 * RPC overrides of linked chains, by chain id (Next.js inlines only literal process.env reads, so each is named):
 * e2e and the core-1 devnet point Osmosis at a local counterparty devnet.
 */
const LINKED_RPC_ENV: Record<string, string | undefined> = {
  "osmosis-1": process.env.NEXT_PUBLIC_OSMOSIS_RPC,
  "cosmoshub-4": process.env.NEXT_PUBLIC_COSMOSHUB_RPC,
  "neutron-1": process.env.NEXT_PUBLIC_NEUTRON_RPC,
};

function linkedChain(entry: LinkedEntry): LinkedChain {
  return {
    ...chainOf(entry.chain, fromEnv(LINKED_RPC_ENV[entry.chain.chainId])),
    channel: entry.channel,
    homeChannel: entry.homeChannel,
  };
}

const core1: Network = {
  ...registryNetwork("core-1", registry["core-1"], fromEnv(process.env.NEXT_PUBLIC_CORE1_RPC)),
  archiveRpc: fromEnv(process.env.NEXT_PUBLIC_CORE1_ARCHIVE_RPC),
  // the stkASSET redemption contract of the v12 upgrade (pSTAKE, see the protocol reference)
  contracts: {
    stkRedemption: "persistence1xp7nxnn3pvzr5dnvy8lh3p7dkfeh4gksrs2hrrnyx7ejm9p905dqljudjd",
    // Dexter (Persistence docs)
    dexterVault: "persistence1k8re7jwz6rnnwrktnejdwkwnncte7ek7gt29gvnl3sdrg9mtnqkstujtpg",
    dexterRouter: "persistence132xmxm33vwjlur2pszl4hu9r32lqmqagvunnuc5hq4htps7rr3kqsf4dsk",
    dexterMultistaking: "persistence1ery8l6jquynn9a4cz2pff6khg8c68f7urt33l5n9dng2cwzz4c4qs72n0q",
  },
  linked: registry["core-1"].linked.map(linkedChain),
};

export const NETWORKS: Record<NetworkId, Network> = {
  devnet: {
    ...core1,
    id: "devnet",
    chainId: process.env.NEXT_PUBLIC_DEVNET_CHAIN_ID ?? "devnet-1",
    name: "Local devnet",
    gasPrice: { low: "0.025", average: "0.025", high: "0.04" },
    rpc: fromEnv(process.env.NEXT_PUBLIC_DEVNET_RPC) ?? ["http://127.0.0.1:26657"],
    archiveRpc: fromEnv(process.env.NEXT_PUBLIC_DEVNET_ARCHIVE_RPC),
    rest: [],
    explorerTxUrl: undefined,
    isDevnet: true,
    contracts: {},
    // the devnet profile still runs liquidstakeibc: its stkASSETs leave by unstaking, not by coming home
    linked: [],
  },
  "core-1": core1,
  "test-core-2": registryNetwork("test-core-2", registry["test-core-2"], fromEnv(process.env.NEXT_PUBLIC_TESTNET_RPC)),
};

export const NETWORK_IDS = Object.keys(NETWORKS) as NetworkId[];
export const DEFAULT_NETWORK: NetworkId = (process.env.NEXT_PUBLIC_DEFAULT_NETWORK as NetworkId) || "devnet";

export function isNetworkId(value: unknown): value is NetworkId {
  return typeof value === "string" && value in NETWORKS;
}

export function explorerTxLink(network: Network, hash: string): string | undefined {
  return network.explorerTxUrl?.replace("${txHash}", hash);
}
