import type { FailoverRpcClient } from "./endpoints";
import type { Contracts, Network } from "./networks";

// Where the app's contracts are: from the network config, or on the devnet from devnet_info (its addresses depend
// on the genesis it was started with).

const DEVNET_NAMES: Record<keyof Contracts, string> = {
  stkRedemption: "stk_redemption",
  dexterVault: "dexter_vault",
  dexterRouter: "dexter_router",
  dexterMultistaking: "dexter_multistaking",
  marsRedBank: "mars_red_bank",
  marsParams: "mars_params",
  marsOracle: "mars_oracle",
};

export async function resolveContracts(network: Network, rpc: FailoverRpcClient): Promise<Contracts> {
  if (!network.isDevnet) return network.contracts;
  const info = await rpc.call<{ contracts?: Record<string, string> }>("devnet_info");
  const out: Contracts = {};
  for (const [role, name] of Object.entries(DEVNET_NAMES) as [keyof Contracts, string][]) {
    const address = info.contracts?.[name];
    if (address) out[role] = address;
  }
  return out;
}
