"use client";

import { useTranslations } from "use-intl";
import { useChainNow } from "@/hooks/use-chain-time";
import { useUnbondings, useValidatorInfo } from "@/hooks/use-liquidstake";
import { formatAmount } from "@/lib/format/amount";
import { unbondingRequests } from "@/lib/staking/staking";
import { useTimeText } from "@/components/ui/use-texts";
import { Loading } from "@/components/ui/loading";

/**
 * Every pending unstake of the account, one line per request (its split over the liquid validators behind a
 * toggle): how much, when; it empties as requests are paid out.
 */
export function UnbondingsList({ address }: { address: string }) {
  const unbondings = useUnbondings(address);
  const names = useValidatorInfo();
  const now = useChainNow();
  const t = useTranslations();
  const { date: dateText, countdown } = useTimeText();
  const total = (unbondings.data ?? []).reduce((s, e) => s + e.amount, 0n);
  return (
    <section aria-labelledby="unbondings-title" className="card p-4">
      <h2 id="unbondings-title" className="flex justify-between font-semibold text-white">
        {t("unbondings.title")}
        {total > 0n && <span className="font-mono text-sm text-slate-300">{formatAmount(total, 6)} XPRT</span>}
      </h2>
      {unbondings.isPending && <Loading text={t("unbondings.loading")} className="mt-2" />}
      {unbondings.data?.length === 0 && <p className="mt-2 text-sm text-slate-400">{t("unbondings.none")}</p>}
      {!!unbondings.data?.length && (
        <ul className="mt-2 divide-y divide-white/5 text-sm" data-testid="unbondings">
          {unbondingRequests(unbondings.data).map((r) => (
            <li key={`${r.creationHeight}-${r.completionTime}`} className="py-2" data-testid="unbonding-request">
              <div className="flex justify-between gap-3">
                <p className="font-mono text-white">{formatAmount(r.amount, 6)} XPRT</p>
                <div className="text-right">
                  <p className="text-white">
                    {now === undefined
                      ? "…"
                      : r.completionTime <= now
                        ? t("unbondings.nextBlock")
                        : t("unbondings.in", { time: countdown(r.completionTime - now) })}
                  </p>
                  <p className="text-xs text-slate-400">{dateText(r.completionTime)}</p>
                </div>
              </div>
              {r.parts.length > 1 ? (
                <details className="mt-1 text-xs text-slate-400">
                  <summary className="cursor-pointer">{t("unbondings.split", { count: r.parts.length })}</summary>
                  <ul className="mt-1 grid gap-0.5" data-testid="unbonding-split">
                    {r.parts.map((e) => (
                      <li key={e.validator} className="flex justify-between gap-3">
                        <span>{names.data?.get(e.validator)?.moniker ?? e.validator}</span>
                        <span className="font-mono">{formatAmount(e.amount, 6)} XPRT</span>
                      </li>
                    ))}
                  </ul>
                </details>
              ) : (
                <p className="text-xs text-slate-400">
                  {t("unbondings.from", { validator: names.data?.get(r.parts[0].validator)?.moniker ?? r.parts[0].validator })}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-xs text-slate-400">{t("unbondings.automatic")}</p>
    </section>
  );
}
