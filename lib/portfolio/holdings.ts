import type { Balance } from "@/lib/bank/balances";
import type { LpPosition } from "@/lib/dex/positions";
import type { DexPool } from "@/lib/dex/types";
import type { StkRate } from "./rates";
import { valueAt } from "./rewards";

// What the account holds, valued: each coin in USD, each stkASSET also in its underlying token at the chain's
// exchange rate (its USD value is that amount at the underlying's price), each LP position by the assets it
// can be withdrawn for. Display values (USD) are floats computed last; amounts stay bigint.

export interface Valuer {
  /** USD value of an amount in base units, or null without a price */
  usd(denom: string, amount: bigint): number | null;
}

export function makeValuer(prices: Map<string, number>, decimalsOf: (denom: string) => number, rates: Map<string, StkRate>): Valuer {
  const direct = (denom: string, amount: bigint) => {
    const price = prices.get(denom);
    return price === undefined ? null : (Number(amount) / 10 ** decimalsOf(denom)) * price;
  };
  return {
    usd(denom, amount) {
      const rate = rates.get(denom);
      // an stkASSET is worth its underlying at the exchange rate (a pool may quote it at a discount)
      if (rate) return direct(rate.underlying, valueAt(amount, rate.rate)) ?? direct(denom, amount);
      return direct(denom, amount);
    },
  };
}

export interface HoldingRow {
  balance: Balance;
  /** for an stkASSET: its value in the underlying token */
  underlying?: { denom: string; value: bigint; rate: StkRate };
  usd: number | null;
  /** of the priced total, 0..1 */
  share: number | null;
}

export interface LpRow {
  pool: DexPool;
  position: LpPosition;
  /** wallet + bonded + unbonding + unlocked */
  total: bigint;
  assets: { denom: string; amount: bigint }[];
  usd: number | null;
  share: number | null;
}

/** a supply to or a debt in the lending market; a debt counts against the total */
export interface LendingRow {
  denom: string;
  side: "supplied" | "borrowed";
  amount: bigint;
  usd: number | null;
  share: number | null;
}

export interface Holdings {
  rows: HoldingRow[];
  lps: LpRow[];
  lending: LendingRow[];
  /** on its way back to the wallet (unstakes): counted in the total */
  pendingUsd: number;
  totalUsd: number;
  /** coins held without a price: left out of the total */
  unpriced: HoldingRow[];
}

export const lpTotal = (p: Omit<LpPosition, "rewards">): bigint => p.held + p.bonded + p.unlocked + p.locks.reduce((s, l) => s + l.amount, 0n);

/** What `lp` LP tokens withdraw now: each asset pro rata, rounded down as the vault pays. */
export function lpAssets(pool: DexPool, lp: bigint): { denom: string; amount: bigint }[] {
  return pool.assets.map((a) => ({ denom: a.denom, amount: pool.lpSupply === 0n ? 0n : (a.amount * lp) / pool.lpSupply }));
}

function sumUsd(values: (number | null)[]): number | null {
  return values.some((v) => v === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0);
}

export function buildHoldings(
  balances: Balance[],
  rates: Map<string, StkRate>,
  valuer: Valuer,
  positions: { pool: DexPool; position: LpPosition }[],
  pending: { denom: string; amount: bigint }[],
  lending: { collaterals: { denom: string; amount: bigint }[]; debts: { denom: string; amount: bigint }[] } = { collaterals: [], debts: [] },
): Holdings {
  const rows: HoldingRow[] = balances.map((b) => {
    const rate = rates.get(b.denom);
    return {
      balance: b,
      underlying: rate ? { denom: rate.underlying, value: valueAt(b.amount, rate.rate), rate } : undefined,
      usd: valuer.usd(b.denom, b.amount),
      share: null,
    };
  });
  const lps: LpRow[] = positions
    .map(({ pool, position }) => {
      const total = lpTotal(position);
      const assets = lpAssets(pool, total);
      return { pool, position, total, assets, usd: sumUsd(assets.map((a) => valuer.usd(a.denom, a.amount))), share: null };
    })
    .filter((l) => l.total > 0n);
  const lendingRows: LendingRow[] = [
    ...lending.collaterals.map((c) => ({ denom: c.denom, side: "supplied" as const, amount: c.amount, usd: valuer.usd(c.denom, c.amount), share: null })),
    ...lending.debts.map((d) => {
      const v = valuer.usd(d.denom, d.amount);
      return { denom: d.denom, side: "borrowed" as const, amount: d.amount, usd: v === null ? null : -v, share: null };
    }),
  ].filter((r) => r.amount > 0n);
  const pendingUsd = pending.reduce((s, c) => s + (valuer.usd(c.denom, c.amount) ?? 0), 0);
  const totalUsd = [...rows, ...lps, ...lendingRows].reduce((s, r) => s + (r.usd ?? 0), pendingUsd);
  for (const r of [...rows, ...lps, ...lendingRows]) r.share = r.usd !== null && r.usd >= 0 && totalUsd > 0 ? r.usd / totalUsd : null;
  return { rows, lps, lending: lendingRows, pendingUsd, totalUsd, unpriced: rows.filter((r) => r.usd === null) };
}
