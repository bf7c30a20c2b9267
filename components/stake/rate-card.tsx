"use client";

import { rateText } from "@/components/ui/format";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { useApy, useLiquidStakeState } from "@/hooks/use-liquidstake";
import { formatApy } from "@/lib/pstake/apy";
import { Dec } from "@/lib/pstake/dec";
import { xprtPerStk } from "@/lib/pstake/liquidstake";
import { formatAmount } from "@/lib/format/amount";
import { useTimeText, useErrorText } from "@/components/ui/use-texts";

export function RateCard() {
  const { states } = useLiquidStakeState();
  const apy = useApy();
  const [inverted, setInverted] = useState(false);
  const t = useTranslations();
  const errorText = useErrorText();
  const { date: dateText } = useTimeText();
  const s = states.data;
  const rate = s ? xprtPerStk(s) : undefined;
  return (
    <section aria-labelledby="rate-title" className="card p-4">
      <h2 id="rate-title" className="font-semibold text-white">
        stkXPRT
      </h2>
      {rate !== undefined && s && (
        <>
          <p className="mt-2 flex items-center gap-2 font-mono text-lg text-white" data-testid="exchange-rate">
            {inverted ? `1 XPRT = ${rateText(s.supply === 0n ? Dec.fromInt(1n) : s.mintRate)} stkXPRT` : `1 stkXPRT = ${rateText(rate)} XPRT`}
            <button
              type="button"
              onClick={() => setInverted((v) => !v)}
              className="rounded border border-white/15 px-2 py-0.5 text-xs text-slate-300 hover:bg-white/10"
              aria-label={t("rate.invert")}
            >
              ⇄
            </button>
          </p>
          <p className="text-xs text-slate-400">{t("rate.source")}</p>
          <dl className="mt-3 grid grid-cols-2 gap-2 text-sm">
            <dt className="text-slate-400">{t("rate.apy")}</dt>
            <dd className="text-right text-white" data-testid="apy">
              {apy.data ? (apy.data.source === "unknown" ? t("rate.unavailable") : formatApy(apy.data.apy)) : "…"}
            </dd>
            <dt className="text-slate-400">{t("rate.totalStaked")}</dt>
            <dd className="text-right font-mono text-white">{formatAmount(Dec.truncateInt(s.netAmount), 6, { maxDecimals: 0 })} XPRT</dd>
            <dt className="text-slate-400">{t("rate.supply")}</dt>
            <dd className="text-right font-mono text-white">{formatAmount(s.supply, 6, { maxDecimals: 0 })}</dd>
          </dl>
          {apy.data && (
            <p className="mt-2 text-xs text-slate-400" data-testid="apy-source">
              {apy.data.source === "rate-history" && t("rate.measured", { from: dateText(apy.data.fromTime), to: dateText(apy.data.toTime) })}
              {apy.data.source === "inflation-estimate" && t("rate.estimated", { reason: apy.data.reason })}
              {apy.data.source === "unknown" && t("rate.noApy", { reason: apy.data.reason })}
            </p>
          )}
        </>
      )}
      {states.isError && (
        <p role="alert" className="mt-2 text-sm text-red-300">
          {t("rate.readError", { error: errorText(states.error) })}
        </p>
      )}
    </section>
  );
}
