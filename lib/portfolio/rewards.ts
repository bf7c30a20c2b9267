import type { ActivityKind } from "./activity";

// Rewards of a liquid staking token are the growth of its exchange rate while you hold it: an stkASSET earns
// nothing in count and everything in value. From the account's history this reconstructs, per stkASSET, lots
// (first in, first out) whose cost basis is their value in the underlying token at the block they arrived (at
// that block's exchange rate), and what each departure was worth at its own block. Rewards = value when it left
// (or now) - value when it arrived, in base units of the underlying token, exact: the chain's rates are
// fractions of integers and every value is their floor.

/** underlying base units per stk base unit = num / den */
export interface Rate {
  num: bigint;
  den: bigint;
}

export const valueAt = (stk: bigint, rate: Rate): bigint => (stk * rate.num) / rate.den;

/** A rate as a float, for display only (charts, the CSV's rate column). */
export const rateNumber = (r: Rate): number => Number((r.num * 10n ** 12n) / r.den) / 1e12;

/** A change of the account's stk balance in one tx (positive: arrived). */
export interface StkMovement {
  hash: string;
  height: number;
  time: number;
  kind: ActivityKind;
  amount: bigint;
}

export interface RewardRow {
  hash: string;
  height: number;
  time: number;
  kind: ActivityKind | "opening";
  /** stk in (positive) or out (negative) */
  amount: bigint;
  /** null: the node does not serve the state of that block */
  rate: Rate | null;
  /** the value at the block's rate */
  value: bigint;
  /** for a departure: the cost basis of the lots it consumed, and the reward it realised */
  basis?: bigint;
  realized?: bigint;
}

export interface AssetRewards {
  denom: string;
  held: bigint;
  valueNow: bigint;
  /** the arrival value of the lots still held */
  costBasis: bigint;
  unrealized: bigint;
  realized: bigint;
  total: bigint;
  rows: RewardRow[];
  /** movements left out because their block's rate is unknown (pruned state) */
  unpriced: number;
  /** stk held before the first movement in view (a pruned or truncated history): valued from `rows[0]` */
  opening: bigint;
}

interface Lot {
  amount: bigint;
  basis: bigint;
}

export interface RewardInput {
  denom: string;
  balanceNow: bigint;
  rateNow: Rate;
  /** oldest first */
  movements: StkMovement[];
  rateAt: (height: number) => Rate | null;
  /** where an opening balance (held before the first movement) is valued */
  openingHeight: number;
  openingTime: number;
}

export function reconstructRewards(input: RewardInput): AssetRewards {
  const lots: Lot[] = [];
  const rows: RewardRow[] = [];
  let realized = 0n;
  let unpriced = 0;
  const opening = input.balanceNow - input.movements.reduce((s, m) => s + m.amount, 0n);

  const arrive = (row: Omit<RewardRow, "value" | "rate">, rate: Rate | null) => {
    // without a rate the lot's basis is unknown: it is valued at the next known rate (today's at worst), so it
    // counts no reward rather than an invented one
    const value = rate ? valueAt(row.amount, rate) : null;
    lots.push({ amount: row.amount, basis: value ?? -1n });
    rows.push({ ...row, rate, value: value ?? 0n });
  };

  if (opening > 0n) {
    const rate = input.rateAt(input.openingHeight);
    arrive({ hash: "", height: input.openingHeight, time: input.openingTime, kind: "opening", amount: opening }, rate);
  }
  for (const m of input.movements) {
    if (m.amount === 0n) continue;
    const rate = input.rateAt(m.height);
    if (!rate) unpriced++;
    if (m.amount > 0n) {
      arrive({ hash: m.hash, height: m.height, time: m.time, kind: m.kind, amount: m.amount }, rate);
      continue;
    }
    let left = -m.amount;
    let basis = 0n;
    let unknownBasis = false;
    while (left > 0n && lots.length) {
      const lot = lots[0];
      const take = left < lot.amount ? left : lot.amount;
      if (lot.basis < 0n) unknownBasis = true;
      // a part of a lot carries its share of the basis (floor); the rest stays with the lot
      const part = lot.basis < 0n ? 0n : take === lot.amount ? lot.basis : (lot.basis * take) / lot.amount;
      basis += part;
      lot.amount -= take;
      if (lot.basis >= 0n) lot.basis -= part;
      if (lot.amount === 0n) lots.shift();
      left -= take;
    }
    const value = rate ? valueAt(-m.amount, rate) : 0n;
    // a departure without a known value or basis realises nothing that could be stated
    const gain = rate && !unknownBasis && left === 0n ? value - basis : 0n;
    realized += gain;
    rows.push({ hash: m.hash, height: m.height, time: m.time, kind: m.kind, amount: m.amount, rate, value, basis, realized: gain });
  }

  // lots whose arrival rate is unknown take today's value as basis
  const held = lots.reduce((s, l) => s + l.amount, 0n);
  const valueNow = valueAt(held, input.rateNow);
  const known = lots.filter((l) => l.basis >= 0n);
  const unknownValue = valueAt(
    lots.filter((l) => l.basis < 0n).reduce((s, l) => s + l.amount, 0n),
    input.rateNow,
  );
  const costBasis = known.reduce((s, l) => s + l.basis, 0n) + unknownValue;
  const unrealized = valueNow - costBasis;
  return {
    denom: input.denom,
    held,
    valueNow,
    costBasis,
    unrealized,
    realized,
    total: realized + unrealized,
    rows,
    unpriced,
    opening: opening > 0n ? opening : 0n,
  };
}
