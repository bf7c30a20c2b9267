"use client";

import { percent, usd } from "@/components/ui/format";
import { poolName } from "@/lib/dex/labels";
import { useTranslations } from "use-intl";
import { Panel } from "@/components/ui/panel";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useNetwork } from "@/hooks/use-network";
import type { Holdings } from "@/lib/portfolio/holdings";
import type { PriceBook } from "@/lib/portfolio/prices";
import { formatAmount } from "@/lib/format/amount";
import { rateNumber } from "@/lib/portfolio/rewards";
import { isDeprecatedStk } from "@/lib/pstake/denoms";
import type { AssetNames } from "@/lib/portfolio/csv";
import { coinText } from "./names";
import { TableScroll } from "@/components/ui/table-scroll";
import { TokenIcon } from "@/components/ui/token-icon";

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
  const t = useTranslations();
  if (!prices) return <p className="text-xs text-slate-400">{t("portfolio.holdings.pricesLoading")}</p>;
  const external = [...prices.source.values()].some((s) => s === "external");
  const pools = prices.reference ? t("portfolio.holdings.sourcePools", { reference: names.symbol(prices.reference) }) : t("portfolio.holdings.sourceNone");
  const source = external ? t("portfolio.holdings.sourceExternal", { source: pools }) : pools;
  return (
    <p className="text-xs text-slate-400" data-testid="price-source">
      {t("portfolio.holdings.priceSource", { source, age: age === null ? "—" : t("portfolio.holdings.seconds", { seconds: age }) })}
      {prices.externalError && <span className="text-amber-300"> {t("portfolio.holdings.externalError", { error: prices.externalError })}</span>}
    </p>
  );
}

export function HoldingsSection({ holdings, prices, names }: { holdings: Holdings; prices: PriceBook | undefined; names: AssetNames }) {
  const { network } = useNetwork();
  const t = useTranslations();
  return (
    <Panel
      id="holdings"
      title={t("portfolio.holdings.title")}
      actions={
        <p className="text-sm text-slate-300">
          {t("portfolio.holdings.total")}{" "}
          <span className="font-mono text-lg text-white" data-testid="portfolio-total">
            {usd(holdings.totalUsd)}
          </span>
          {holdings.pendingUsd > 0 && (
            <span className="block text-right text-xs text-slate-400">{t("portfolio.holdings.inclPending", { amount: usd(holdings.pendingUsd) })}</span>
          )}
        </p>
      }
    >
      <TableScroll label={t("portfolio.holdings.title")} className="mt-2">
        <table className="w-full min-w-[36rem] text-sm" data-testid="holdings">
          <thead className="text-left text-xs text-slate-400">
            <tr>
              <th className="py-1 font-normal">{t("portfolio.holdings.asset")}</th>
              <th className="py-1 font-normal">{t("portfolio.holdings.balance")}</th>
              <th className="py-1 font-normal">{t("portfolio.holdings.underlying")}</th>
              <th className="py-1 text-right font-normal">{t("portfolio.holdings.value")}</th>
              <th className="py-1 text-right font-normal">{t("portfolio.holdings.share")}</th>
            </tr>
          </thead>
          <tbody>
            {holdings.rows.map((r) => (
              <tr key={r.balance.denom} className="border-t border-white/5" data-denom={r.balance.denom}>
                <td className="py-1.5 text-white">
                  <span className="flex items-center gap-2">
                    <TokenIcon symbol={r.balance.asset.symbol} size="sm" />
                    {r.balance.asset.symbol}
                  </span>
                </td>
                <td className="py-1.5 font-mono text-white">
                  {formatAmount(r.balance.amount, r.balance.asset.decimals, { maxDecimals: 6 })} {r.balance.asset.symbol}
                </td>
                <td className="py-1.5 text-slate-300">
                  {r.underlying ? (
                    <span title={`1 ${r.balance.asset.symbol} = ${rateNumber(r.underlying.rate.rate).toFixed(6)} ${names.symbol(r.underlying.denom)}`}>
                      {coinText(names, r.underlying.denom, r.underlying.value)}
                      <span className="block text-xs text-slate-400">
                        {t("portfolio.holdings.rate", { rate: rateNumber(r.underlying.rate.rate).toFixed(6) })}
                      </span>
                    </span>
                  ) : isDeprecatedStk(r.balance.denom) ? (
                    <span className="text-xs text-amber-300">
                      {t("portfolio.holdings.noRate")}{" "}
                      <Link href="/recover" prefetch={false} className="underline">
                        {t("portfolio.holdings.redeem")}
                      </Link>
                    </span>
                  ) : (
                    "—"
                  )}
                </td>
                <td className="py-1.5 text-right font-mono text-white">
                  {r.usd === null ? <span title={t("portfolio.holdings.noPrice")}>—</span> : usd(r.usd)}
                </td>
                <td className="py-1.5 text-right text-slate-300">{percent(r.share)}</td>
              </tr>
            ))}
            {holdings.lps.map((l) => (
              <tr key={`lp-${l.pool.id}`} className="border-t border-white/5" data-pool={l.pool.id}>
                <td className="py-1.5 text-white">
                  <Link href={`/pools/${l.pool.id}`} prefetch={false} className="underline decoration-white/30 hover:decoration-white">
                    {t("portfolio.holdings.lpName", { pool: poolName(network, l.pool) })}
                  </Link>
                </td>
                <td className="py-1.5 font-mono text-white">
                  {coinText(names, l.pool.lpToken, l.total)}
                  <span className="block font-sans text-xs text-slate-400">
                    {[
                      l.position.held > 0n && t("portfolio.holdings.inWallet", { amount: coinText(names, l.pool.lpToken, l.position.held) }),
                      l.position.bonded > 0n && t("portfolio.holdings.bonded", { amount: coinText(names, l.pool.lpToken, l.position.bonded) }),
                      l.position.locks.length > 0 && t("portfolio.holdings.unbondingCount", { count: l.position.locks.length }),
                      l.position.unlocked > 0n && t("portfolio.holdings.unlockedToWithdraw"),
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
                    {r.side === "supplied" ? t("portfolio.holdings.suppliedLending") : t("portfolio.holdings.borrowedLending")}
                  </Link>
                </td>
                <td className="py-1.5 font-mono text-white">
                  {r.side === "borrowed" && "−"}
                  {coinText(names, r.denom, r.amount)}
                </td>
                <td className="py-1.5 text-slate-300">{r.side === "supplied" ? t("portfolio.holdings.earning") : t("portfolio.holdings.debtNote")}</td>
                <td className="py-1.5 text-right font-mono text-white">{usd(r.usd)}</td>
                <td className="py-1.5 text-right text-slate-300">{percent(r.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {holdings.unpriced.length > 0 && (
        <p className="mt-2 text-xs text-amber-300">
          {t("portfolio.holdings.unpriced", { symbols: holdings.unpriced.map((r) => r.balance.asset.symbol).join(", ") })}
        </p>
      )}
      <div className="mt-2">
        <PriceSourceNote prices={prices} names={names} />
      </div>
    </Panel>
  );
}
