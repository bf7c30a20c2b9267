import type { FailoverRpcClient } from "./endpoints";

// What the node says it runs: the chain id, the application and its version (abci_info), the CometBFT version,
// and its latest block. The home page shows it, so a user knows which chain and which software they are on.

export interface NodeInfo {
  chainId: string;
  /** the application's name, e.g. "persistenceCore" */
  app: string;
  /** e.g. "v16.0.1" (the devnet says "devnet") */
  appVersion: string;
  cometVersion: string;
  latestHeight: number;
  /** ms since the epoch */
  latestTime: number;
}

interface StatusJson {
  node_info: { network: string; version: string };
  sync_info: { latest_block_height: string; latest_block_time: string };
}

interface AbciInfoJson {
  response: { data?: string; version?: string };
}

export async function fetchNodeInfo(rpc: FailoverRpcClient): Promise<NodeInfo> {
  const [status, abci] = await Promise.all([rpc.call<StatusJson>("status"), rpc.call<AbciInfoJson>("abci_info")]);
  return {
    chainId: status.node_info.network,
    app: abci.response.data ?? "",
    appVersion: abci.response.version ?? "",
    cometVersion: status.node_info.version,
    latestHeight: Number(status.sync_info.latest_block_height),
    latestTime: Date.parse(status.sync_info.latest_block_time),
  };
}
