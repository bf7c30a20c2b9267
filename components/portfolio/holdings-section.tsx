"use client";

import { Panel } from "@/components/ui/panel";
import Link from "next/link";
import { useEffect, useState } from "react";
import { percent, poolName, usd } from "@/components/dex/format";
import { useNetwork } from "@/hooks/use-network";
import type { Holdings } from "@/lib/portfolio/holdings";
import type { PriceBook } from "@/lib/portfolio/prices";
import { formatAmount } from "@/lib/format/amount";
import { rateNumber } from "@/lib/portfolio/rewards";
import { isDeprecatedStk } from "@/lib/pstake/denoms";
import type { AssetNames } from "@/lib/portfolio/csv";
import { coinText } from "./names";

function useSecondsSince(at: number | undefined): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 5_000);
    return () => clearInterval(t);
  }, []);
  return at ? Math.max(0, Math.round((now - at) / 1000)) : null;
}

/** Where the USD prices come from and how old they are. */
function PriceSourceNote({ prices, names }: { prices: PriceBook | undefined; names: AssetNames }) {
  const age = useSecondsSince(prices?.readAt);
  if (!prices) return <p className="text-xs text-slate-400">Prices: loading the pools…</p>;
  const external = [...prices.source.values()].some((s) => s === "external");
  return (
    <p className="text-xs text-slate-400" data-testid="price-source">
      Prices in USD{" "}
      {prices.reference
        ? `from Dexter's pools, each token priced through the deepest pools out of ${names.symbol(prices.reference)} (counted as $1)`
        : "unavailable: the network lists no USD stablecoin"}
      {external && "; the configured external price source where it has a price"}, read {age === null ? "—" : `${age} s`} ago. stkASSETs are valued at their
      exchange rate times the underlying token&apos;s price.
      {prices.externalError && <span className="text-amber-300"> External price source unavailable ({prices.externalError}): pool prices only.</span>}
    </p>
  );
}

export function HoldingsSection({ holdings, prices, names }: { holdings: Holdings; prices: PriceBook | undefined; names: AssetNames }) {
  const { network } = useNetwork();
  return (
    <Panel
      id="holdings"
      title="Holdings"
      actions={
        <p className="text-sm text-slate-300">
          Total{" "}
          <span className="font-mono text-lg text-white" data-testid="portfolio-total">
            {usd(holdings.totalUsd)}
          </span>
          {holdings.pendingUsd > 0 && <span className="block text-right text-xs text-slate-400">incl. {usd(holdings.pendingUsd)} unbonding</span>}
        </p>
      }
    >
      <div className="mt-2 overflow-x-auto">
        <table className="w-full min-w-[36rem] text-sm" data-testid="holdings">
          <thead className="text-left text-xs text-slate-400">
            <tr>
              <th className="py-1 font-normal">Asset</th>
              <th className="py-1 font-normal">Balance</th>
              <th className="py-1 font-normal">In underlying</th>
              <th className="py-1 text-right font-normal">Value</th>
              <th className="py-1 text-right font-normal">Share</th>
            </tr>
          </thead>
          <tbody>
            {holdings.rows.map((r) => (
              <tr key={r.balance.denom} className="border-t border-white/5" data-denom={r.balance.denom}>
                <td className="py-1.5 text-white">{r.balance.asset.symbol}</td>
                <td className="py-1.5 font-mono text-white">
                  {formatAmount(r.balance.amount, r.balance.asset.decimals, { maxDecimals: 6 })} {r.balance.asset.symbol}
                </td>
                <td className="py-1.5 text-slate-300">
                  {r.underlying ? (
                    <span title={`1 ${r.balance.asset.symbol} = ${rateNumber(r.underlying.rate.rate).toFixed(6)} ${names.symbol(r.underlying.denom)}`}>
                      {coinText(names, r.underlying.denom, r.underlying.value)}
                      <span className="block text-xs text-slate-400">rate {rateNumber(r.underlying.rate.rate).toFixed(6)}</span>
                    </span>
                  ) : isDeprecatedStk(r.balance.denom) ? (
                    <span className="text-xs text-amber-300">
                      no exchange rate: this chain no longer runs its module.{" "}
                      <Link href="/stake" prefetch={false} className="underline">
                        Redeem
                      </Link>
                    </span>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="py-1.5 text-right font-mono text-white">{r.usd === null ? <span title="no price for this token">—</span> : usd(r.usd)}</td>
                <td className="py-1.5 text-right text-slate-300">{percent(r.share)}</td>
              </tr>
            ))}
            {holdings.lps.map((l) => (
              <tr key={`lp-${l.pool.id}`} className="border-t border-white/5" data-pool={l.pool.id}>
                <td className="py-1.5 text-white">
                  <Link href={`/pools/${l.pool.id}`} prefetch={false} className="underline decoration-white/30 hover:decoration-white">
                    {poolName(network, l.pool)} LP
                  </Link>
                </td>
                <td className="py-1.5 font-mono text-white">
                  {coinText(names, l.pool.lpToken, l.total)}
                  <span className="block font-sans text-xs text-slate-400">
                    {[
                      l.position.held > 0n && `${coinText(names, l.pool.lpToken, l.position.held)} in wallet`,
                      l.position.bonded > 0n && `${coinText(names, l.pool.lpToken, l.position.bonded)} bonded`,
                      l.position.locks.length > 0 && `${l.position.locks.length} unbonding`,
                      l.position.unlocked > 0n && "unlocked LP to withdraw",
                    ]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                </td>
                <td className="py-1.5 text-slate-300">
                  {l.assets.map((a) => (
                    <span key={a.denom} className="block">
                      {coinText(names, a.denom, a.amount)}
                    </span>
                  ))}
                </td>
                <td className="py-1.5 text-right font-mono text-white">{usd(l.usd)}</td>
                <td className="py-1.5 text-right text-slate-300">{percent(l.share)}</td>
              </tr>
            ))}
            {holdings.lending.map((r) => (
              <tr key={`lend-${r.side}-${r.denom}`} className="border-t border-white/5" data-lending={`${r.side}:${r.denom}`}>
                <td className="py-1.5 text-white">
                  <Link href={`/lend?asset=${encodeURIComponent(r.denom)}`} prefetch={false} className="underline decoration-white/30 hover:decoration-white">
                    {r.side === "supplied" ? "Supplied (lending)" : "Borrowed (lending)"}
                  </Link>
                </td>
                <td className="py-1.5 font-mono text-white">
                  {r.side === "borrowed" && "−"}
                  {coinText(names, r.denom, r.amount)}
                </td>
                <td className="py-1.5 text-slate-300">{r.side === "supplied" ? "earning supply interest" : "a debt, counted against the total"}</td>
                <td className="py-1.5 text-right font-mono text-white">{usd(r.usd)}</td>
                <td className="py-1.5 text-right text-slate-300">{percent(r.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {holdings.unpriced.length > 0 && (
        <p className="mt-2 text-xs text-amber-300">No price for {holdings.unpriced.map((r) => r.balance.asset.symbol).join(", ")}: left out of the total.</p>
      )}
      <div className="mt-2">
        <PriceSourceNote prices={prices} names={names} />
      </div>
    </Panel>
  );
}
