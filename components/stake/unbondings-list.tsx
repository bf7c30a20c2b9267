"use client";

import { useTranslations } from "use-intl";
import { useChainNow } from "@/hooks/use-chain-time";
import { useUnbondings, useValidatorInfo } from "@/hooks/use-liquidstake";
import { formatAmount } from "@/lib/format/amount";
import { useTimeText } from "@/components/ui/use-texts";
import { Loading } from "@/components/ui/loading";

/** Every pending unbonding of the account: what, from whom, when; it empties as entries are paid out. */
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
          {unbondings.data.map((e) => (
            <li key={`${e.validator}-${e.creationHeight}-${e.completionTime}`} className="flex justify-between gap-3 py-2">
              <div>
                <p className="font-mono text-white">{formatAmount(e.amount, 6)} XPRT</p>
                <p className="text-xs text-slate-400">{t("unbondings.from", { validator: names.data?.get(e.validator)?.moniker ?? e.validator })}</p>
              </div>
              <div className="text-right">
                <p className="text-white">
                  {now === undefined
                    ? "…"
                    : e.completionTime <= now
                      ? t("unbondings.nextBlock")
                      : t("unbondings.in", { time: countdown(e.completionTime - now) })}
                </p>
                <p className="text-xs text-slate-400">{dateText(e.completionTime)}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-xs text-slate-400">{t("unbondings.automatic")}</p>
    </section>
  );
}
