import type { PublicClient } from "viem";
import { createConfig, http, injected } from "wagmi";
import { getPublicClient } from "wagmi/actions";
import { EVM_NETWORKS, type EvmNetwork } from "./networks";

// One wagmi config for the app: the three BNB networks, the browser's injected wallet (window.ethereum) and every
// wallet that announces itself by EIP-6963 (wagmi discovers those), reads batched through each chain's Multicall3
// (the local chain has its own, deployed by npm run devnet:evm). Client-only: every EVM view renders in the
// browser (the remembered connection is read from localStorage at creation).

const [local, testnet, mainnet] = [EVM_NETWORKS["bnb-local"].chain, EVM_NETWORKS["bsc-testnet"].chain, EVM_NETWORKS.bsc.chain];

export const wagmiConfig = createConfig({
  chains: [local, testnet, mainnet],
  connectors: [injected()],
  multiInjectedProviderDiscovery: true,
  batch: { multicall: true },
  transports: {
    [local.id]: http(local.rpcUrls.default.http[0]),
    [testnet.id]: http(testnet.rpcUrls.default.http[0]),
    [mainnet.id]: http(mainnet.rpcUrls.default.http[0]),
  },
});

/** wagmi's public client of a BNB network (the config keeps one per chain): reads work before any wallet connects. */
export function publicClientFor(network: EvmNetwork): PublicClient {
  return getPublicClient(wagmiConfig, { chainId: network.chain.id as (typeof wagmiConfig.chains)[number]["id"] }) as PublicClient;
}

declare module "wagmi" {
  interface Register {
    config: typeof wagmiConfig;
  }
}
