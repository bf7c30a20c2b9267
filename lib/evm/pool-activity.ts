import { encodeEventTopics, type Hex } from "viem";
import { stakePoolAbi } from "./abi.generated";
import type { EvmNetwork } from "./networks";
import { evmRpc } from "./pool-state";

// Whether anyone still runs the pool, from its own events: the operator adds rewards (EpochUpdate, once a day when
// pSTAKE ran it) and settles unstakes into the claim reserve (UnbondingInitiated, UnbondingFinished). The scan
// covers the last RUN_WINDOW of chain time, newest blocks first, in slices the node accepts.

/** How far back a pool must show its operator at work to count as run: a week of chain time. */
export const RUN_WINDOW_SECONDS = 7n * 86_400n;

export interface PoolActivity {
  /** chain time of the newest block, seconds */
  now: bigint;
  /** chain time the scan reached back to (the window's start, or the chain's first block) */
  since: bigint;
  /** the newest EpochUpdate in the window, chain time */
  lastRewardsAt: bigint | null;
  /** the newest unbonding round (initiated or finished) in the window, chain time */
  lastSettlementAt: bigint | null;
}

interface RpcBlock {
  number: Hex;
  timestamp: Hex;
}
interface RpcLog {
  blockNumber: Hex;
  topics: Hex[];
}

const topic = (eventName: "EpochUpdate" | "UnbondingInitiated" | "UnbondingFinished") => encodeEventTopics({ abi: stakePoolAbi, eventName })[0];
const hex = (n: bigint): Hex => `0x${n.toString(16)}`;

export async function readPoolActivity(network: EvmNetwork, fetchFn: typeof fetch = fetch): Promise<PoolActivity> {
  const url = network.chain.rpcUrls.default.http[0];
  const rpc = (method: string, params: unknown[]) => evmRpc(url, method, params, fetchFn);
  const block = async (n: bigint | "latest") => (await rpc("eth_getBlockByNumber", [n === "latest" ? n : hex(n), false])) as RpcBlock;

  const latest = await block("latest");
  const head = BigInt(latest.number);
  const now = BigInt(latest.timestamp);
  const start = await firstBlockAfter(block, head, now - RUN_WINDOW_SECONDS);
  const rewards = topic("EpochUpdate");
  const settlements = [topic("UnbondingInitiated"), topic("UnbondingFinished")];

  let lastRewards: bigint | null = null;
  let lastSettlement: bigint | null = null;
  // newest slice first: a run pool shows its rewards within a day, so one slice usually settles it
  for (let to = head; to >= start && lastRewards === null; to -= network.logsRange) {
    const from = to - network.logsRange + 1n > start ? to - network.logsRange + 1n : start;
    const logs = (await rpc("eth_getLogs", [
      { address: network.stakePool, fromBlock: hex(from), toBlock: hex(to), topics: [[rewards, ...settlements]] },
    ])) as RpcLog[];
    for (const log of logs) {
      const n = BigInt(log.blockNumber);
      if (log.topics[0] === rewards) lastRewards = lastRewards === null || n > lastRewards ? n : lastRewards;
      else lastSettlement = lastSettlement === null || n > lastSettlement ? n : lastSettlement;
    }
    if (from === start) break;
  }
  const timeOf = async (n: bigint | null) => (n === null ? null : BigInt((await block(n)).timestamp));
  const [lastRewardsAt, lastSettlementAt, since] = await Promise.all([timeOf(lastRewards), timeOf(lastSettlement), timeOf(start)]);
  return { now, since: since ?? now, lastRewardsAt, lastSettlementAt };
}

/**
 * The first block at or after chain time `t` (block 0 if the chain is younger): interpolation on block times, which
 * lands within a few reads even on BSC's tens of millions of blocks, halving the bracket whenever a guess is poor.
 */
async function firstBlockAfter(block: (n: bigint) => Promise<RpcBlock>, head: bigint, t: bigint): Promise<bigint> {
  let lo = 0n;
  let loTime = BigInt((await block(0n)).timestamp);
  if (loTime >= t) return 0n;
  let hi = head;
  let hiTime = BigInt((await block(head)).timestamp);
  // invariant: time(lo) < t <= time(hi)
  for (let round = 0; hi - lo > 1n; round++) {
    const guess = round % 2 === 0 && hiTime > loTime ? lo + ((t - loTime) * (hi - lo)) / (hiTime - loTime) : (lo + hi) / 2n;
    const mid = guess <= lo ? lo + 1n : guess >= hi ? hi - 1n : guess;
    const midTime = BigInt((await block(mid)).timestamp);
    if (midTime < t) [lo, loTime] = [mid, midTime];
    else [hi, hiTime] = [mid, midTime];
  }
  return hi;
}
