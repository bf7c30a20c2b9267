import type { Coin } from "@cosmjs/amino";
import { resolveContracts } from "@/lib/chain/contracts";
import { executeMsg } from "@/lib/chain/wasm";
import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import { parseCoinsString } from "@/lib/bank/coins";
import type { Network } from "@/lib/chain/networks";
import type { TxPlan } from "@/lib/tx/lifecycle";
import type { TxSuccess } from "@/lib/tx/lifecycle";
export { isDeprecatedStk } from "./denoms";

// Leftover multi-chain stkASSETs on a chain without liquidstakeibc (core-1 since v12): they are redeemed by
// executing {"redeem":{}} on the redemption contract with the stk coins as funds, at the rate fixed at
// deprecation. The contract's queries are not public, so the outcome is read from the tx's events.

/** The redemption contract of this network: core-1's from the config, the devnet's from devnet_info. */
export async function redemptionContract(network: Network, rpc: FailoverRpcClient): Promise<string | null> {
  return (await resolveContracts(network, rpc)).stkRedemption ?? null;
}

export function redeemLeftoverPlan(sender: string, contract: string, coins: { denom: string; amount: bigint }[]): TxPlan {
  return { messages: [executeMsg(sender, contract, { redeem: {} }, coins)] };
}

/** The coins the contract paid, from its wasm event ("received" attribute, sdk.Coins string). */
export function receivedFromEvents(result: Pick<TxSuccess, "events">): Coin[] {
  const wasm = result.events.find((e) => e.type === "wasm" && e.attributes.some((a) => a.key === "action" && a.value === "redeem"));
  const received = wasm?.attributes.find((a) => a.key === "received")?.value ?? "";
  return [...parseCoinsString(received)].map(([denom, amount]) => ({ denom, amount: amount.toString() }));
}
