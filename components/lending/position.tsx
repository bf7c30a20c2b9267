"use client";

import { symbolOf } from "@/components/dex/format";
import { useNetwork } from "@/hooks/use-network";
import { assetDecimals } from "@/lib/bank/balances";
import { formatAmount } from "@/lib/format/amount";
import type { LendingAccount, Market } from "@/lib/lending/mars";
import type { Health } from "@/lib/lending/math";
import { WARN_HEALTH } from "@/lib/lending/preview";
import { hfText, hfTone, usdValue } from "./format";

/** What the account supplies and owes in each market, and its health. */
export function LendingPosition({ account, markets, health }: { account: LendingAccount; markets: Market[]; health: Health }) {
  const { network } = useNetwork();
  const empty = account.collaterals.length === 0 && account.debts.length === 0;
  const price = (denom: string) => markets.find((m) => m.denom === denom)?.price ?? 0n;
  const row = (denom: string, amount: bigint) =>
    `${formatAmount(amount, assetDecimals(network, denom))} ${symbolOf(network, denom)} (${usdValue((amount * price(denom)) / 10n ** 18n)})`;
  return (
    <div className="grid gap-3 text-sm" data-testid="lending-position">
      {empty && <p className="text-slate-400">Nothing supplied or borrowed yet.</p>}
      {account.collaterals.map((c) => (
        <div key={`c-${c.denom}`} className="flex justify-between" data-testid={`supplied-${symbolOf(network, c.denom)}`}>
          <span className="text-slate-400">Supplied {c.enabled ? "(collateral)" : <span className="text-amber-300">(not used as collateral)</span>}</span>
          <span className="font-mono text-white">{row(c.denom, c.amount)}</span>
        </div>
      ))}
      {account.debts.map((d) => (
        <div key={`d-${d.denom}`} className="flex justify-between" data-testid={`borrowed-${symbolOf(network, d.denom)}`}>
          <span className="text-slate-400">Borrowed</span>
          <span className="font-mono text-white">{row(d.denom, d.amount)}</span>
        </div>
      ))}
      {!empty && (
        <dl className="grid grid-cols-2 gap-2 rounded-lg border border-white/10 p-3 sm:grid-cols-4">
          <div>
            <dt className="text-xs text-slate-400">Collateral</dt>
            <dd className="font-mono text-white">{usdValue(health.collateralValue)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-400">Debt</dt>
            <dd className="font-mono text-white">{usdValue(health.debtValue)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-400">Borrow limit (max LTV)</dt>
            <dd className="font-mono text-white">{usdValue(health.maxLtvValue)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-400">Health factor</dt>
            <dd className={`font-mono text-lg ${hfTone(health.liqThresholdHf, WARN_HEALTH)}`} data-testid="health-factor">
              {hfText(health.liqThresholdHf)}
            </dd>
          </div>
        </dl>
      )}
      <p className="text-xs text-slate-500">
        Health factor = collateral weighted by each asset&apos;s liquidation threshold / debt. Under 1 the position can be liquidated; borrowing stops at the
        max LTV.
      </p>
    </div>
  );
}
