"use client";

import { symbolOf } from "@/lib/chain/assets";
import { apyText, decPercent } from "@/components/ui/format";
import { useTranslations } from "use-intl";
import { useNetwork } from "@/hooks/use-network";
import { assetDecimals } from "@/lib/bank/balances";
import { formatAmount } from "@/lib/format/amount";
import type { Market } from "@/lib/lending/mars";
import { TableScroll } from "@/components/ui/table-scroll";
import { TokenIcon } from "@/components/ui/token-icon";

/** Every market: price, supplied against its cap, borrowed, utilization, APYs and risk settings. */
export function MarketsTable({ markets, onPick }: { markets: Market[]; onPick?: (denom: string) => void }) {
  const { network } = useNetwork();
  const t = useTranslations();
  return (
    <TableScroll label={t("lend.markets")}>
      <table className="w-full text-sm" data-testid="markets-table">
        <thead className="text-left text-xs uppercase text-slate-400">
          <tr>
            <th className="py-2">{t("lend.col.asset")}</th>
            <th className="text-right">{t("lend.col.price")}</th>
            <th className="text-right">{t("lend.col.supplied")}</th>
            <th className="text-right">{t("lend.col.borrowed")}</th>
            <th className="text-right">{t("lend.col.utilization")}</th>
            <th className="text-right">{t("lend.col.supplyApy")}</th>
            <th className="text-right">{t("lend.col.borrowApy")}</th>
            <th className="text-right">{t("lend.col.maxLtv")}</th>
            <th className="text-right">{t("lend.col.liqThreshold")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-white/5">
          {markets.map((m) => {
            const symbol = symbolOf(network, m.denom);
            const decimals = assetDecimals(network, m.denom);
            return (
              <tr key={m.denom} data-testid={`market-${symbol}`} className="text-slate-200">
                <td className="py-2 font-medium text-white">
                  <span className="flex items-center gap-2">
                    <TokenIcon symbol={symbol} size="sm" />
                    {onPick ? (
                      <button type="button" className="hover:text-rose-300" onClick={() => onPick(m.denom)}>
                        {symbol}
                      </button>
                    ) : (
                      symbol
                    )}
                    {!m.borrowEnabled && <span className="text-xs text-slate-400">{t("lend.collateralOnly")}</span>}
                  </span>
                </td>
                <td className="text-right font-mono">${((Number(m.price) / 1e18) * 10 ** (decimals - 6)).toPrecision(4)}</td>
                <td className="text-right font-mono">
                  {formatAmount(m.supplied, decimals, { maxDecimals: 0 })} / {formatAmount(m.depositCap, decimals, { maxDecimals: 0 })}
                </td>
                <td className="text-right font-mono">{formatAmount(m.borrowed, decimals, { maxDecimals: 0 })}</td>
                <td className="text-right font-mono" data-testid="utilization">
                  {decPercent(m.utilization, 2)}
                </td>
                <td className="text-right font-mono text-emerald-300" data-testid="supply-apy">
                  {apyText(m.liquidityRate)}
                </td>
                <td className="text-right font-mono" data-testid="borrow-apy">
                  {apyText(m.borrowRate)}
                </td>
                <td className="text-right font-mono">{decPercent(m.maxLtv)}</td>
                <td className="text-right font-mono">{decPercent(m.liquidationThreshold)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
