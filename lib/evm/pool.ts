import type { Abi, Address, PublicClient } from "viem";
import { stakePoolAbi, stkBnbAbi } from "./abi.generated";
import type { ClaimRequest } from "./math";
import type { EvmNetwork } from "./networks";

// Reads of an account on the StakePool and stkBNB through viem's client (the pool's own state: pool-state.ts).

export interface EvmBalances {
  bnb: bigint;
  stkBNB: bigint;
}

export async function readBalances(client: PublicClient, network: EvmNetwork, user: Address): Promise<EvmBalances> {
  const [bnb, stkBNB] = await Promise.all([
    client.getBalance({ address: user }),
    client.readContract({ address: network.stkBNB, abi: stkBnbAbi, functionName: "balanceOf", args: [user] }),
  ]);
  return { bnb, stkBNB };
}

const PAGE = 100n;

/** Every open claim request of `user`, with its index in the contract's list now. */
export async function readClaims(client: PublicClient, network: EvmNetwork, user: Address): Promise<ClaimRequest[]> {
  const pool = { address: network.stakePool, abi: stakePoolAbi } as const;
  const count = await client.readContract({ ...pool, functionName: "getClaimRequestCount", args: [user] });
  const pages: Promise<readonly { weiToReturn: bigint; createdAt: bigint }[]>[] = [];
  for (let from = 0n; from < count; from += PAGE) {
    pages.push(client.readContract({ ...pool, functionName: "getPaginatedClaimRequests", args: [user, from, from + PAGE] }));
  }
  return (await Promise.all(pages)).flat().map((r, index) => ({ index, weiToReturn: r.weiToReturn, createdAt: r.createdAt }));
}

/** a contract write, as the tx store and the gas previews take it */
export interface ContractCall {
  address: Address;
  abi: Abi;
  functionName: string;
  args?: readonly unknown[];
  value?: bigint;
}

/** Gas `account` would use for `call` and the max fee per gas now: the review's fee and the forms' previews. */
export async function estimateCall(client: PublicClient, call: ContractCall, account: Address): Promise<{ gas: bigint; perGas: bigint }> {
  const [gas, perGas] = await Promise.all([client.estimateContractGas({ ...call, account } as never), maxFeePerGas(client)]);
  return { gas, perGas };
}

/** What a tx may pay per gas now: the EIP-1559 max fee, or the legacy gas price where the chain has no base fee. */
export async function maxFeePerGas(client: PublicClient): Promise<bigint> {
  try {
    const fees = await client.estimateFeesPerGas();
    return fees.maxFeePerGas ?? fees.gasPrice ?? 0n;
  } catch {
    return client.getGasPrice();
  }
}
