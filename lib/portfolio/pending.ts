import type { LpPosition } from "@/lib/dex/positions";
import type { DexPool } from "@/lib/dex/types";
import { sentence, type Sentence } from "@/lib/i18n/sentence";
import { HOST_UNBONDING_DAYS, type HostChain, type IbcUnbonding, unbondingState } from "@/lib/pstake/liquidstakeibc";
import type { UnbondingEntry } from "@/lib/staking/staking";

// Everything on its way back to the account, of every kind, with when it arrives: XPRT unbonding (a stkXPRT
// unstake leaves ordinary staking unbondings, one per liquid validator: shown together per completion time),
// multi-chain unstake requests (an ETA window from the epoch rules until the chain sets the maturity), and
// Dexter LP unbonding locks (and LP already unlocked, waiting to be withdrawn).

const DAY = 86_400_000;

export interface PendingRow {
  key: string;
  kind: "unstake" | "multi-chain unstake" | "LP unbonding" | "LP unlocked";
  denom: string;
  amount: bigint;
  /** arrives at (or from `eta` to `etaTo` when the chain batches); null: not known yet */
  eta: number | null;
  etaTo?: number;
  state: Sentence;
  /** what the account must do, if anything */
  action?: Sentence;
}

export interface PendingInput {
  bondDenom: string;
  staking: UnbondingEntry[];
  ibc: IbcUnbonding[];
  hosts: HostChain[];
  /** the `day` epoch: its number and end (ms) */
  dayEpoch: { current: number; endsAt: number } | null;
  lps: { pool: DexPool; position: LpPosition }[];
}

/** The unstakes among them: what is unbonding back to the wallet (LP locks are part of the LP position already). */
export function unstakeRows(rows: PendingRow[]): PendingRow[] {
  return rows.filter((r) => r.kind === "unstake" || r.kind === "multi-chain unstake");
}

/** What is unbonding back to the wallet, as coins. */
export function pendingCoins(rows: PendingRow[]): { denom: string; amount: bigint }[] {
  return unstakeRows(rows);
}

export function collectPending(input: PendingInput): PendingRow[] {
  const rows: PendingRow[] = [];
  const byTime = new Map<number, bigint>();
  for (const e of input.staking) byTime.set(e.completionTime, (byTime.get(e.completionTime) ?? 0n) + e.amount);
  for (const [time, amount] of byTime) {
    rows.push({
      key: `staking-${time}`,
      kind: "unstake",
      denom: input.bondDenom,
      amount,
      eta: time,
      state: sentence("portfolio.pending.states.unbonding"),
      action: sentence("portfolio.pending.actions.automatic"),
    });
  }
  for (const u of input.ibc) {
    if (u.state === 4 || u.state === 5) continue; // paid out, or failed and refunded in stk
    const host = input.hosts.find((h) => h.chainId === u.chainId);
    const base = { key: `ibc-${u.chainId}-${u.epoch}`, kind: "multi-chain unstake" as const, denom: host?.ibcDenom ?? u.chainId, amount: u.owed };
    const state = unbondingState(u.state);
    if (u.matureTime) {
      rows.push({ ...base, eta: u.matureTime, etaTo: u.matureTime + DAY, state });
    } else if (input.dayEpoch) {
      // undelegated when epoch `u.epoch` ends, then the host's unbonding time
      const undelegation = input.dayEpoch.endsAt + (u.epoch - input.dayEpoch.current) * DAY;
      const from = undelegation + (HOST_UNBONDING_DAYS[u.chainId] ?? 21) * DAY;
      rows.push({ ...base, eta: from, etaTo: from + DAY, state });
    } else {
      rows.push({ ...base, eta: null, state });
    }
  }
  for (const { pool, position } of input.lps) {
    position.locks.forEach((l, i) =>
      rows.push({
        key: `lp-${pool.id}-${i}`,
        kind: "LP unbonding",
        denom: pool.lpToken,
        amount: l.amount,
        eta: l.unlockAt,
        state: sentence("portfolio.pending.states.locked"),
      }),
    );
    if (position.unlocked > 0n) {
      rows.push({
        key: `lp-${pool.id}-unlocked`,
        kind: "LP unlocked",
        denom: pool.lpToken,
        amount: position.unlocked,
        eta: null,
        state: sentence("portfolio.pending.states.ready"),
        action: sentence("portfolio.pending.actions.withdraw"),
      });
    }
  }
  return rows.sort((a, b) => (a.eta ?? Infinity) - (b.eta ?? Infinity));
}
