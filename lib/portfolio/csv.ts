import Papa from "papaparse";
import { toDecimalString as decimalString } from "@/lib/format/amount";
import { english } from "@/lib/i18n/english";
import { type Activity, KIND_KEYS } from "./activity";
import { type AssetRewards, rateNumber } from "./rewards";

// CSV exports of the activity and the rewards. Amounts are written as exact decimals in whole tokens (from
// bigint base units); a cell a spreadsheet would run as a formula (=, +, @, or - not followed by a digit) is
// quoted with a leading apostrophe.

export interface AssetNames {
  symbol(denom: string): string;
  decimals(denom: string): number;
}

const FORMULA = /^[=+@\t\r]|^-(?!\d)/;

export function toCsv(header: string[], rows: (string | number)[][]): string {
  return Papa.unparse({ fields: header, data: rows }, { escapeFormulae: FORMULA, newline: "\r\n" });
}

const coins = (list: { denom: string; amount: bigint }[], names: AssetNames) =>
  list.map((c) => `${decimalString(c.amount, names.decimals(c.denom))} ${names.symbol(c.denom)}`).join("; ");

/** What an activity was, in English as the exports write it: "Stake", "Swap + Bond LP", "Receive". */
export function activityLabel(a: Activity): string {
  return a.kinds.map((k) => english({ key: KIND_KEYS[k] })).join(" + ");
}

export function activityCsv(activities: Activity[], names: AssetNames): string {
  return toCsv(
    ["time (UTC)", "height", "tx hash", "type", "status", "sent", "received", "fee", "pool"],
    activities.map((a) => [
      a.tx.time ? new Date(a.tx.time).toISOString() : "",
      a.tx.height,
      a.tx.hash,
      activityLabel(a),
      a.ok ? "success" : `failed: ${a.tx.log}`,
      coins(a.sent, names),
      coins(a.received, names),
      coins(
        [...a.tx.fee].map(([denom, amount]) => ({ denom, amount })),
        names,
      ),
      a.poolId ?? "",
    ]),
  );
}

/** One row per movement of each stkASSET (with the value at its block and what it realised), then what is held now. */
export function rewardsCsv(assets: { rewards: AssetRewards; underlying: string }[], names: AssetNames, now: number): string {
  const rows: (string | number)[][] = [];
  for (const { rewards: r, underlying } of assets) {
    const stk = (v: bigint) => decimalString(v, names.decimals(r.denom));
    const und = (v: bigint) => decimalString(v, names.decimals(underlying));
    for (const row of r.rows) {
      rows.push([
        row.time ? new Date(row.time).toISOString() : "",
        row.height,
        row.hash,
        names.symbol(r.denom),
        row.kind,
        stk(row.amount),
        row.rate ? rateNumber(row.rate).toString() : "unknown",
        und(row.value),
        row.basis !== undefined ? und(row.basis) : "",
        row.realized !== undefined ? und(row.realized) : "",
        names.symbol(underlying),
      ]);
    }
    rows.push([
      new Date(now).toISOString(),
      "",
      "",
      names.symbol(r.denom),
      "held now",
      stk(r.held),
      "",
      und(r.valueNow),
      und(r.costBasis),
      und(r.unrealized),
      names.symbol(underlying),
    ]);
  }
  return toCsv(["time (UTC)", "height", "tx hash", "asset", "event", "amount", "rate (underlying per stk)", "value", "cost basis", "reward", "in"], rows);
}
