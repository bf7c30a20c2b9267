// The BNB networks by id, free of viem: the stores and pages that only name a network import this, not networks.ts.

export const EVM_NETWORK_IDS = ["bnb-local", "bsc-testnet", "bsc"] as const;
export type EvmNetworkId = (typeof EVM_NETWORK_IDS)[number];

export const EVM_NETWORK_NAMES: Record<EvmNetworkId, string> = {
  "bnb-local": "Local BNB chain",
  "bsc-testnet": "BSC testnet",
  bsc: "BNB Smart Chain",
};
