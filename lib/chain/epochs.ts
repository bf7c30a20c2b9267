import { QueryEpochsInfoRequest, QueryEpochsInfoResponse } from "persistenceonejs/persistence/epochs/v1beta1/query";
import { abciQuery } from "./abci";
import type { FailoverRpcClient } from "./endpoints";

/** An epoch timer of core-1's x/epochs: its current number and when that epoch ends (ms). */
export async function fetchEpoch(rpc: FailoverRpcClient, identifier: string): Promise<{ current: number; endsAt: number } | null> {
  const { epochs } = await abciQuery(rpc, "/persistence.epochs.v1beta1.Query/EpochInfos", QueryEpochsInfoRequest, QueryEpochsInfoResponse, {});
  const e = epochs.find((x) => x.identifier === identifier);
  if (!e?.currentEpochStartTime || !e.duration) return null;
  const start = Number(e.currentEpochStartTime.seconds) * 1000;
  return { current: Number(e.currentEpoch), endsAt: start + Number(e.duration.seconds) * 1000 };
}
