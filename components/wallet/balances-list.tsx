"use client";

import { useTranslations } from "use-intl";
import { useBalances } from "@/hooks/use-balances";
import { useCapabilities } from "@/hooks/use-capabilities";
import { isDeprecatedStk } from "@/lib/pstake/denoms";
import { formatAmount, toDecimalString } from "@/lib/format/amount";
import { TokenIcon } from "@/components/ui/token-icon";
import { Loading } from "@/components/ui/loading";
import { useErrorText } from "@/components/ui/use-texts";

export function BalancesList({ address }: { address: string }) {
  const balances = useBalances(address);
  const caps = useCapabilities();
  const t = useTranslations();
  const errorText = useErrorText();
  const deprecated = (denom: string) => caps.data?.liquidstakeibc.available === false && isDeprecatedStk(denom);
  return (
    <section aria-labelledby="balances-title" className="card p-4">
      <div className="flex items-center justify-between">
        <h2 id="balances-title" className="font-semibold text-white">
          {t("balances.title")}
        </h2>
        <button type="button" onClick={() => balances.refetch()} className="text-xs text-slate-400 hover:text-white" disabled={balances.isFetching}>
          {balances.isFetching ? t("common.refreshing") : t("common.refresh")}
        </button>
      </div>
      {balances.isPending && <Loading text={t("balances.loading")} className="mt-3" />}
      {balances.isError && (
        <p role="alert" className="mt-3 text-sm text-red-300">
          {t("balances.error", { error: errorText(balances.error) })}
        </p>
      )}
      {balances.data && balances.data.length === 0 && <p className="mt-3 text-sm text-slate-400">{t("balances.empty")}</p>}
      {balances.data && balances.data.length > 0 && (
        <ul className="mt-3 divide-y divide-white/5" data-testid="balances">
          {balances.data.map((b) => (
            <li key={b.denom} className="flex items-center justify-between gap-3 py-2" data-denom={b.denom} data-symbol={b.asset.symbol}>
              <div className="flex min-w-0 items-center gap-3">
                <TokenIcon symbol={b.asset.symbol} />
                <div className="min-w-0">
                  <p className="font-medium text-white" data-testid="balance-symbol">
                    {b.asset.symbol}
                  </p>
                  <p className="truncate text-xs text-slate-400" title={b.denom}>
                    {b.ibcPath ? t("balances.ibc", { path: b.ibcPath }) : b.asset.name}
                    {b.unlisted && !b.ibcPath && t("balances.unlisted")}
                    {deprecated(b.denom) && (
                      <a href="/stake" className="ml-1 text-amber-200 underline">
                        {t("balances.deprecated")}
                      </a>
                    )}
                  </p>
                </div>
              </div>
              <p
                className="text-right font-mono text-sm text-white"
                title={`${b.amount} ${b.denom} = ${toDecimalString(b.amount, b.asset.decimals)} ${b.asset.symbol}`}
                data-testid="balance-amount"
              >
                {formatAmount(b.amount, b.asset.decimals)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
