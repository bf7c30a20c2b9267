import { maxKeepingFee } from "@/lib/forms/amount";
import type { TxPlan } from "@/lib/tx/lifecycle";

export function sendPlan(from: string, to: string, denom: string, amount: bigint, memo = ""): TxPlan {
  return {
    messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: from, toAddress: to.trim(), amount: [{ denom, amount: amount.toString() }] } }],
    memo,
  };
}

/**
 * What Max may send: the whole balance, less a fee reserve when the asset pays the fee
 * (reserve = gas x high gas price, rounded up, for a generous gas figure).
 */
export function maxSendable(balance: bigint, denom: string, feeDenom: string, highGasPrice: string, reserveGas = 200_000): bigint {
  if (denom !== feeDenom) return balance;
  return maxKeepingFee(balance, null, feeReserve(highGasPrice, reserveGas)).max;
}

/** The fee `gas` units cost at the high gas price, rounded up: what a Max keeps back in the fee token. */
export function feeReserve(highGasPrice: string, gas: number | bigint): bigint {
  const [whole, frac = ""] = highGasPrice.split(".");
  const scale = 10n ** BigInt(frac.length);
  return (BigInt(gas) * BigInt(whole + frac) + scale - 1n) / scale;
}
