import { abciQuery } from "./abci";
import type { FailoverRpcClient } from "./endpoints";
import { Duration, Empty, Timestamp, message } from "./proto";

// persistence.epochs.v1beta1: the fields read here (see proto.ts)
const EpochInfo = message({ identifier: [1, "string"], duration: [3, Duration], currentEpoch: [4, "int64"], currentEpochStartTime: [5, Timestamp] });
export const QueryEpochsInfoResponse = message({ epochs: [1, EpochInfo, "repeated"] });

/** An epoch timer of core-1's x/epochs: its current number and when that epoch ends (ms). */
export async function fetchEpoch(rpc: FailoverRpcClient, identifier: string): Promise<{ current: number; endsAt: number } | null> {
  const { epochs } = await abciQuery(rpc, "/persistence.epochs.v1beta1.Query/EpochInfos", Empty, QueryEpochsInfoResponse, {});
  const e = epochs.find((x) => x.identifier === identifier);
  if (!e?.currentEpochStartTime || !e.duration) return null;
  const start = Number(e.currentEpochStartTime.seconds) * 1000;
  return { current: Number(e.currentEpoch), endsAt: start + Number(e.duration.seconds) * 1000 };
}
