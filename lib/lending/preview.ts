import { ONE } from "@/lib/pstake/dec";
import type { LendingAccount, LendingAction, Market } from "./mars";
import { type Health, type HealthInput, borrowIndexAt, health, liquidityIndexAt, owedAt, scale, suppliedAt, unscale } from "./math";

// What a supply / withdraw / borrow / repay will do, computed the way Red Bank executes it at a given block
// time: the scaled amount it books, what the account then holds or owes, the health factors before and after,
// and what stops it (the chain's own refusals, found before anything is signed).

/** the health factor under which the app warns; under 1 the account is liquidatable and the app refuses */
export const WARN_HEALTH = (12n * ONE) / 10n;

export type LendingBlocker =
  | { kind: "no-market" }
  | { kind: "zero" }
  | { kind: "deposit-disabled" }
  | { kind: "borrow-disabled" }
  | { kind: "cap"; room: bigint }
  | { kind: "no-collateral" }
  | { kind: "over-balance"; max: bigint }
  | { kind: "liquidity"; available: bigint }
  /** the max-LTV health factor would fall under 1: Red Bank refuses the borrow */
  | { kind: "borrow-limit" }
  /** the liquidation health factor would fall under 1 */
  | { kind: "liquidatable" }
  | { kind: "no-debt" };

export interface LendingPreview {
  action: LendingAction;
  denom: string;
  /** what moves between wallet and market (a repay's excess comes back as `refund`) */
  amount: bigint;
  refund: bigint;
  /** the scaled amount booked: added for supply/borrow, removed for withdraw/repay */
  scaledDelta: bigint;
  /** the account's collateral (supply, withdraw) or debt (borrow, repay) in this asset, before and after */
  position: { before: bigint; after: bigint };
  health: { before: Health; after: Health };
  blocker: LendingBlocker | null;
  /** the liquidation health factor would end under WARN_HEALTH */
  lowHealth: boolean;
}

interface Row {
  denom: string;
  collateralScaled: bigint;
  enabled: boolean;
  debtScaled: bigint;
}

function rows(account: LendingAccount): Map<string, Row> {
  const out = new Map<string, Row>();
  const row = (denom: string) => out.get(denom) ?? out.set(denom, { denom, collateralScaled: 0n, enabled: false, debtScaled: 0n }).get(denom)!;
  for (const c of account.collaterals) Object.assign(row(c.denom), { collateralScaled: c.amountScaled, enabled: c.enabled });
  for (const d of account.debts) row(d.denom).debtScaled = d.amountScaled;
  return out;
}

/** the account's health at t; `loan` adds an amount to one debt as it is, unscaled (Red Bank's borrow check) */
function healthOf(all: Map<string, Row>, markets: Map<string, Market>, t: number, loan?: { denom: string; amount: bigint }): Health {
  const inputs: HealthInput[] = [];
  for (const r of all.values()) {
    const m = markets.get(r.denom);
    if (!m) continue;
    inputs.push({
      collateral: r.enabled ? suppliedAt(m, r.collateralScaled, t) : 0n,
      debt: (r.debtScaled > 0n ? owedAt(m, r.debtScaled, t) : 0n) + (loan?.denom === r.denom ? loan.amount : 0n),
      price: m.price,
      maxLtv: m.maxLtv,
      liquidationThreshold: m.liquidationThreshold,
    });
  }
  return health(inputs);
}

/** an account's health at block time t */
export const accountHealth = (markets: Market[], account: LendingAccount, t: number): Health =>
  healthOf(rows(account), new Map(markets.map((m) => [m.denom, m])), t);

const under1 = (hf: bigint | null) => hf !== null && hf < ONE;

/**
 * The preview of one action at block time `t` (seconds). `all` withdraws everything (no amount in the message).
 * `amount` for a repay is what the wallet sends; any excess over the debt is refunded.
 */
export function previewLending(
  action: LendingAction,
  denom: string,
  amount: bigint,
  markets: Market[],
  account: LendingAccount,
  t: number,
  all = false,
): LendingPreview {
  const byDenom = new Map(markets.map((m) => [m.denom, m]));
  const before = rows(account);
  const after = rows(account);
  const m = byDenom.get(denom);
  const mine = after.get(denom) ?? { denom, collateralScaled: 0n, enabled: true, debtScaled: 0n };
  after.set(denom, mine);
  const healthBefore = healthOf(before, byDenom, t);
  const result = (r: Partial<LendingPreview> & Pick<LendingPreview, "blocker">): LendingPreview => {
    const healthAfter = r.blocker ? healthBefore : healthOf(after, byDenom, t);
    return {
      action,
      denom,
      amount,
      refund: 0n,
      scaledDelta: 0n,
      position: { before: 0n, after: 0n },
      health: { before: healthBefore, after: healthAfter },
      lowHealth: healthAfter.liqThresholdHf !== null && healthAfter.liqThresholdHf < WARN_HEALTH,
      ...r,
    };
  };
  if (!m) return result({ blocker: { kind: "no-market" } });
  const liquidityIndex = liquidityIndexAt(m, t);
  const borrowIndex = borrowIndexAt(m, t);

  switch (action) {
    case "supply": {
      const held = suppliedAt(m, mine.collateralScaled, t);
      if (amount <= 0n) return result({ blocker: { kind: "zero" } });
      if (!m.depositEnabled) return result({ blocker: { kind: "deposit-disabled" } });
      const supplied = suppliedAt(m, m.collateralTotalScaled, t);
      if (supplied + amount > m.depositCap) return result({ blocker: { kind: "cap", room: m.depositCap > supplied ? m.depositCap - supplied : 0n } });
      const scaledDelta = scale(amount, liquidityIndex, false);
      if (mine.collateralScaled === 0n) mine.enabled = true; // a new deposit counts as collateral
      mine.collateralScaled += scaledDelta;
      return result({ blocker: null, scaledDelta, position: { before: held, after: unscale(mine.collateralScaled, liquidityIndex, false) } });
    }
    case "withdraw": {
      if (mine.collateralScaled === 0n) return result({ blocker: { kind: "no-collateral" } });
      const held = suppliedAt(m, mine.collateralScaled, t);
      const take = all ? held : amount;
      if (take <= 0n) return result({ blocker: { kind: "zero" } });
      if (take > held) return result({ blocker: { kind: "over-balance", max: held } });
      const scaledAfter = scale(held - take, liquidityIndex, false);
      const scaledDelta = mine.collateralScaled - scaledAfter;
      mine.collateralScaled = scaledAfter;
      const r = result({ blocker: null, amount: take, scaledDelta, position: { before: held, after: unscale(scaledAfter, liquidityIndex, false) } });
      // Red Bank checks health only when the asset is enabled collateral and the account borrows
      const guarded = mine.enabled && [...after.values()].some((x) => x.debtScaled > 0n);
      return guarded && under1(r.health.after.liqThresholdHf) ? { ...r, blocker: { kind: "liquidatable" } } : r;
    }
    case "borrow": {
      const owed = owedAt(m, mine.debtScaled, t);
      if (!m.borrowEnabled) return result({ blocker: { kind: "borrow-disabled" } });
      const available = suppliedAt(m, m.collateralTotalScaled, t) - owedAt(m, m.debtTotalScaled, t);
      if (amount <= 0n) return result({ blocker: { kind: "zero" } });
      if (amount > available) return result({ blocker: { kind: "liquidity", available: available > 0n ? available : 0n } });
      // the health check adds the amount to the debt as it is now; the booked debt is the amount scaled up
      const withLoan = healthOf(after, byDenom, t, { denom, amount });
      const scaledDelta = scale(amount, borrowIndex, true);
      mine.debtScaled += scaledDelta;
      const r = result({ blocker: null, scaledDelta, position: { before: owed, after: unscale(mine.debtScaled, borrowIndex, true) } });
      if (under1(withLoan.maxLtvHf)) return { ...r, blocker: { kind: "borrow-limit" } };
      return r;
    }
    case "repay": {
      if (mine.debtScaled === 0n) return result({ blocker: { kind: "no-debt" } });
      if (amount <= 0n) return result({ blocker: { kind: "zero" } });
      const owed = unscale(mine.debtScaled, borrowIndex, true);
      const refund = amount > owed ? amount - owed : 0n;
      const left = owed - (amount - refund);
      const scaledAfter = scale(left, borrowIndex, true);
      const scaledDelta = mine.debtScaled - scaledAfter;
      mine.debtScaled = scaledAfter;
      return result({
        blocker: null,
        amount: amount - refund,
        refund,
        scaledDelta,
        position: { before: owed, after: unscale(scaledAfter, borrowIndex, true) },
      });
    }
  }
}

/**
 * Turning an asset's supply on or off as collateral: the health after, and whether Red Bank would refuse it
 * (turning collateral off may not make a borrowing account liquidatable).
 */
export function previewCollateralToggle(
  denom: string,
  enable: boolean,
  markets: Market[],
  account: LendingAccount,
  t: number,
): { after: Health; refused: boolean } {
  const all = rows(account);
  const row = all.get(denom);
  if (row) row.enabled = enable;
  const after = healthOf(all, new Map(markets.map((m) => [m.denom, m])), t);
  return { after, refused: !enable && under1(after.liqThresholdHf) };
}

/** The largest amount the action allows now (binary search on the preview: it is monotone in the amount). */
export function maxAmount(action: "withdraw" | "borrow", denom: string, markets: Market[], account: LendingAccount, t: number): bigint {
  const ok = (a: bigint) => previewLending(action, denom, a, markets, account, t).blocker === null;
  const m = markets.find((x) => x.denom === denom);
  if (!m) return 0n;
  let hi =
    action === "withdraw"
      ? suppliedAt(m, account.collaterals.find((c) => c.denom === denom)?.amountScaled ?? 0n, t)
      : suppliedAt(m, m.collateralTotalScaled, t) - owedAt(m, m.debtTotalScaled, t);
  if (hi <= 0n) return 0n;
  if (ok(hi)) return hi;
  let lo = 0n;
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (ok(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
