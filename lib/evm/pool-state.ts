import { decodeFunctionResult, encodeFunctionData, type Hex } from "viem";
import { isRpcFailure, parseRpcAnswer } from "@/lib/chain/json-rpc";
import { stakePoolAbi } from "./abi.generated";
import type { PoolState } from "./math";
import type { EvmNetwork } from "./networks";

// The StakePool's state in one eth_call through the chain's Multicall3, over plain JSON-RPC: the BNB page shows it
// on a first visit without loading wagmi or a viem client (viem's ABI coder alone, about 12 KB).

const MULTICALL3_ABI = [
  {
    type: "function",
    name: "aggregate3",
    stateMutability: "payable",
    inputs: [
      {
        name: "calls",
        type: "tuple[]",
        components: [
          { name: "target", type: "address" },
          { name: "allowFailure", type: "bool" },
          { name: "callData", type: "bytes" },
        ],
      },
    ],
    outputs: [
      {
        name: "returnData",
        type: "tuple[]",
        components: [
          { name: "success", type: "bool" },
          { name: "returnData", type: "bytes" },
        ],
      },
    ],
  },
  { type: "function", name: "getCurrentBlockTimestamp", stateMutability: "view", inputs: [], outputs: [{ name: "timestamp", type: "uint256" }] },
] as const;

export interface PoolSnapshot extends PoolState {
  /** the chain's latest block time, seconds: claims and cooldowns count in chain time, not the browser's */
  chainTime: bigint;
  /** unstaked BNB the operator has not started unbonding yet (negative: more under way than asked) */
  bnbToUnbond: bigint;
  /** BNB the operator is unbonding, bound for the claim reserve */
  bnbUnbonding: bigint;
}

/** Why a read failed: the node could not be reached, or it answered with an error (its words kept). */
export class EvmReadError extends Error {
  override name = "EvmReadError";
  constructor(
    readonly kind: "unreachable" | "node",
    message: string,
  ) {
    super(message);
  }
}

/** One JSON-RPC call to an EVM node; the node's refusal or an unreachable node as EvmReadError. */
export async function evmRpc(rpcUrl: string, method: string, params: unknown[], fetchFn: typeof fetch = fetch): Promise<unknown> {
  let body: unknown;
  try {
    const res = await fetchFn(rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    body = await res.json();
  } catch (e) {
    throw new EvmReadError("unreachable", `${rpcUrl}: ${(e as Error).message}`);
  }
  const answer = parseRpcAnswer(body);
  if (isRpcFailure(answer)) throw new EvmReadError("node", answer.error.message);
  return answer.result;
}

/** An eth_call at the latest block. */
export async function ethCall(rpcUrl: string, to: Hex, data: Hex, fetchFn: typeof fetch = fetch): Promise<Hex> {
  return (await evmRpc(rpcUrl, "eth_call", [{ to, data }, "latest"], fetchFn)) as Hex;
}

type PoolFunction = "exchangeRate" | "config" | "claimReserve" | "paused" | "bnbToUnbond" | "bnbUnbonding";
const POOL_READS: PoolFunction[] = ["exchangeRate", "config", "claimReserve", "paused", "bnbToUnbond", "bnbUnbonding"];

export async function readPool(network: EvmNetwork, fetchFn: typeof fetch = fetch): Promise<PoolSnapshot> {
  const multicall3 = network.chain.contracts?.multicall3?.address;
  if (!multicall3) throw new Error(`${network.name} has no Multicall3 address`);
  const calls = [
    ...POOL_READS.map((functionName) => ({
      target: network.stakePool,
      allowFailure: false,
      callData: encodeFunctionData({ abi: stakePoolAbi, functionName }),
    })),
    { target: multicall3, allowFailure: false, callData: encodeFunctionData({ abi: MULTICALL3_ABI, functionName: "getCurrentBlockTimestamp" }) },
  ];
  const data = encodeFunctionData({ abi: MULTICALL3_ABI, functionName: "aggregate3", args: [calls] });
  const results = decodeFunctionResult({
    abi: MULTICALL3_ABI,
    functionName: "aggregate3",
    data: await ethCall(network.chain.rpcUrls.default.http[0], multicall3, data, fetchFn),
  });
  const out = (i: number) => results[i].returnData;
  const [totalWei, poolTokenSupply] = decodeFunctionResult({ abi: stakePoolAbi, functionName: "exchangeRate", data: out(0) });
  const [, , , minBNBDeposit, minTokenWithdrawal, cooldownPeriod, fee] = decodeFunctionResult({ abi: stakePoolAbi, functionName: "config", data: out(1) });
  const claimReserve = decodeFunctionResult({ abi: stakePoolAbi, functionName: "claimReserve", data: out(2) });
  const paused = decodeFunctionResult({ abi: stakePoolAbi, functionName: "paused", data: out(3) });
  const bnbToUnbond = decodeFunctionResult({ abi: stakePoolAbi, functionName: "bnbToUnbond", data: out(4) });
  const bnbUnbonding = decodeFunctionResult({ abi: stakePoolAbi, functionName: "bnbUnbonding", data: out(5) });
  const chainTime = decodeFunctionResult({ abi: MULTICALL3_ABI, functionName: "getCurrentBlockTimestamp", data: out(6) });
  return {
    totalWei,
    poolTokenSupply,
    minBNBDeposit,
    minTokenWithdrawal,
    cooldownPeriod,
    fee: { ...fee },
    claimReserve,
    paused,
    chainTime,
    bnbToUnbond,
    bnbUnbonding,
  };
}
