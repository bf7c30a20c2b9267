import { type Address, type Chain, defineChain } from "viem";
import { bsc, bscTestnet } from "viem/chains";

// The BNB Chain networks the app serves stkBNB on: the local anvil chain (npm run devnet:evm), BSC testnet and BSC
// mainnet with pSTAKE's published addresses. RPC URLs can be overridden by env (NEXT_PUBLIC_EVM_RPC for the local
// chain, NEXT_PUBLIC_BSC_RPC, NEXT_PUBLIC_BSC_TESTNET_RPC).

import { EVM_NETWORK_IDS, EVM_NETWORK_NAMES, type EvmNetworkId } from "./network-ids";

export { EVM_NETWORK_IDS, type EvmNetworkId };

export interface EvmNetwork {
  id: EvmNetworkId;
  name: string;
  chain: Chain;
  stakePool: Address;
  stkBNB: Address;
  isLocal: boolean;
  /**
   * Whether the pool's BNB was staked on BNB Beacon Chain (pSTAKE's pools on BSC), which shut down on 3 Dec 2024
   * and the pool was never moved off it: said beside the chain's own evidence (lib/evm/pool-operation.ts).
   */
  stakedOnBeaconChain: boolean;
  /** the most blocks one eth_getLogs may span on this network's RPC (public BSC nodes cap it) */
  logsRange: bigint;
  /** tx link with `${txHash}` */
  explorerTxUrl?: string;
}

/**
 * The local deployment's addresses: anvil's first account deploys Multicall3, stkBNB and the pool as its first
 * three transactions (devnet/evm/deploy.ts), so they are the same on every fresh chain. A test checks them.
 */
export const LOCAL_CONTRACTS = {
  multicall3: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
  stkBNB: "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512",
  stakePool: "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0",
} as const satisfies Record<string, Address>;

const LOCAL_RPC = process.env.NEXT_PUBLIC_EVM_RPC || "http://127.0.0.1:8545";

export const bnbLocal = defineChain({
  id: 31337,
  name: "BNB local (anvil)",
  nativeCurrency: { name: "BNB", symbol: "BNB", decimals: 18 },
  rpcUrls: { default: { http: [LOCAL_RPC] } },
  contracts: { multicall3: { address: LOCAL_CONTRACTS.multicall3, blockCreated: 1 } },
  testnet: true,
});

function withRpc(chain: Chain, url: string | undefined): Chain {
  return url ? { ...chain, rpcUrls: { ...chain.rpcUrls, default: { http: [url] } } } : chain;
}

export const EVM_NETWORKS: Record<EvmNetworkId, EvmNetwork> = {
  "bnb-local": {
    id: "bnb-local",
    name: EVM_NETWORK_NAMES["bnb-local"],
    chain: bnbLocal,
    stakePool: LOCAL_CONTRACTS.stakePool,
    stkBNB: LOCAL_CONTRACTS.stkBNB,
    isLocal: true,
    stakedOnBeaconChain: false,
    logsRange: 100_000n,
  },
  "bsc-testnet": {
    id: "bsc-testnet",
    name: EVM_NETWORK_NAMES["bsc-testnet"],
    chain: withRpc(bscTestnet, process.env.NEXT_PUBLIC_BSC_TESTNET_RPC),
    stakePool: "0x7CdFba1Ee6A8D1e688B4B34A56b62287ce400802",
    stkBNB: "0xF7CE8444b3b1c62e785a25343a8B4764198A81B8",
    isLocal: false,
    stakedOnBeaconChain: true,
    logsRange: 50_000n,
    explorerTxUrl: "https://testnet.bscscan.com/tx/${txHash}",
  },
  bsc: {
    id: "bsc",
    name: EVM_NETWORK_NAMES.bsc,
    chain: withRpc(bsc, process.env.NEXT_PUBLIC_BSC_RPC),
    stakePool: "0xC228CefDF841dEfDbD5B3a18dFD414cC0dbfa0D8",
    stkBNB: "0xc2E9d07F66A89c44062459A47a0D2Dc038E4fb16",
    isLocal: false,
    stakedOnBeaconChain: true,
    logsRange: 50_000n,
    explorerTxUrl: "https://bscscan.com/tx/${txHash}",
  },
};

export function evmNetworkByChainId(chainId: number | undefined): EvmNetwork | undefined {
  return Object.values(EVM_NETWORKS).find((n) => n.chain.id === chainId);
}

export function evmTxLink(network: EvmNetwork, hash: string): string | undefined {
  return network.explorerTxUrl?.replace("${txHash}", hash);
}
