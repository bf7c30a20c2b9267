import { SdkErrors } from "../chain/errors.js";

// Coins are bigint base units from the wire to the store; strings only at the proto and event boundaries.

export interface Coin {
  denom: string;
  amount: bigint;
}

export interface WireCoin {
  denom: string;
  amount: string;
}

const DENOM_RE = /^[a-zA-Z][a-zA-Z0-9/:._-]{2,127}$/;

export function isValidDenom(denom: string): boolean {
  return DENOM_RE.test(denom);
}

/** Parses proto coins, enforcing what sdk.Coins.Validate enforces: valid denoms, positive, sorted, unique. */
export function parseCoins(coins: readonly WireCoin[], what = "amount"): Coin[] {
  const out: Coin[] = [];
  for (const c of coins) {
    if (!isValidDenom(c.denom)) throw SdkErrors.invalidCoins.with(`invalid denom: ${c.denom}`);
    if (!/^\d+$/.test(c.amount)) throw SdkErrors.invalidCoins.with(`invalid ${what}: ${c.amount}${c.denom}`);
    const amount = BigInt(c.amount);
    if (amount <= 0n) throw SdkErrors.invalidCoins.with(`${what} must be positive: ${c.amount}${c.denom}`);
    const prev = out[out.length - 1];
    if (prev && prev.denom >= c.denom) {
      throw SdkErrors.invalidCoins.with(prev.denom === c.denom ? `duplicate denomination ${c.denom}` : `denomination ${c.denom} is not sorted`);
    }
    out.push({ denom: c.denom, amount });
  }
  return out;
}

export function parseCoin(c: WireCoin | undefined, what = "amount"): Coin {
  if (!c) throw SdkErrors.invalidCoins.with(`${what} is required`);
  return parseCoins([c], what)[0];
}

export function toWire(coins: readonly Coin[]): WireCoin[] {
  return coins.map((c) => ({ denom: c.denom, amount: c.amount.toString() }));
}

/** sdk.Coins.String(): "10uatom,5uxprt" sorted by denom; empty string for no coins. */
export function coinsToString(coins: readonly Coin[]): string {
  return sortCoins(coins)
    .map((c) => `${c.amount}${c.denom}`)
    .join(",");
}

export function sortCoins(coins: readonly Coin[]): Coin[] {
  return [...coins].sort((a, b) => (a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0));
}

/** Adds coin lists, merging denoms, dropping zeros, sorted. */
export function addCoins(...lists: (readonly Coin[])[]): Coin[] {
  const sums = new Map<string, bigint>();
  for (const list of lists) for (const c of list) sums.set(c.denom, (sums.get(c.denom) ?? 0n) + c.amount);
  return sortCoins([...sums].filter(([, a]) => a !== 0n).map(([denom, amount]) => ({ denom, amount })));
}
