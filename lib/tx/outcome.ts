import { parseCoinsString } from "@/lib/bank/coins";

// What a transaction did to an account, from its events: every coin it received and spent (the bank module's
// coin_received / coin_spent events), and the fee it paid (the tx event), kept apart. The dialog that ends a
// transaction and the portfolio's activity both read a tx this way.

export interface TxEvent {
  type: string;
  attributes: readonly { key: string; value: string }[];
}

export interface AccountChanges {
  /** net change per denom, base units, the fee left out */
  changes: Map<string, bigint>;
  fee: Map<string, bigint>;
}

function addInto(target: Map<string, bigint>, coins: Map<string, bigint>, sign: 1n | -1n): void {
  for (const [denom, amount] of coins) {
    const next = (target.get(denom) ?? 0n) + sign * amount;
    if (next === 0n) target.delete(denom);
    else target.set(denom, next);
  }
}

export function accountChanges(events: readonly TxEvent[], address: string): AccountChanges {
  const changes = new Map<string, bigint>();
  const fee = new Map<string, bigint>();
  for (const e of events) {
    const attr = (key: string) => e.attributes.find((a) => a.key === key)?.value;
    if (e.type === "coin_received" && attr("receiver") === address) addInto(changes, parseCoinsString(attr("amount") ?? ""), 1n);
    if (e.type === "coin_spent" && attr("spender") === address) addInto(changes, parseCoinsString(attr("amount") ?? ""), -1n);
    if (e.type === "tx" && attr("fee_payer") === address && attr("fee")) addInto(fee, parseCoinsString(attr("fee")!), 1n);
  }
  addInto(changes, fee, 1n); // the fee was spent too: take it out of the change
  return { changes, fee };
}
