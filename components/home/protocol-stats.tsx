"use client";

import { useTranslations } from "use-intl";
import { useApy, useLiquidStakeAvailable, useLiquidStakeState, useStakingParams } from "@/hooks/use-liquidstake";
import { useValuer } from "@/hooks/use-valuer";
import { formatAmount } from "@/lib/format/amount";
import { formatApy } from "@/lib/pstake/apy";
import { Dec } from "@/lib/pstake/dec";
import { xprtPerStk } from "@/lib/pstake/liquidstake";
import { rateText, usd } from "@/components/ui/format";
import { Stat } from "@/components/ui/stat";
import { useErrorText } from "@/components/ui/use-texts";

/** stkXPRT at a glance: its APY, the exchange rate, how much XPRT is staked through it, and the unbonding period. */
export function ProtocolStats() {
  const available = useLiquidStakeAvailable();
  const { states } = useLiquidStakeState();
  const apy = useApy();
  const params = useStakingParams();
  const valuer = useValuer();
  const t = useTranslations();
  const errorText = useErrorText();
  const s = states.data;
  const staked = s ? Dec.truncateInt(s.netAmount) : undefined;
  const stakedUsd = staked === undefined ? null : valuer.usd("uxprt", staked);

  return (
    <section aria-labelledby="protocol-title" className="card p-4">
      <h2 id="protocol-title" className="font-semibold text-white">
        {t("home.protocol.title")}
      </h2>
      {available === false ? (
        <p className="mt-2 text-sm text-slate-400">{t("home.protocol.notRun")}</p>
      ) : states.isError ? (
        <p role="alert" className="mt-2 text-sm text-red-300">
          {t("rate.readError", { error: errorText(states.error) })}
        </p>
      ) : (
        <dl className="mt-3 grid grid-cols-2 gap-2">
          <Stat
            label={t("rate.apy")}
            testId="home-apy"
            value={apy.data ? (apy.data.source === "unknown" ? "–" : formatApy(apy.data.apy)) : apy.isError ? "–" : undefined}
            hint={
              apy.data?.source === "rate-history"
                ? t("home.protocol.measured")
                : apy.data?.source === "inflation-estimate"
                  ? t("home.protocol.estimated")
                  : undefined
            }
          />
          <Stat
            label={t("home.protocol.rate")}
            testId="home-rate"
            value={s ? `${rateText(xprtPerStk(s), 4)} XPRT` : undefined}
            hint={t("home.protocol.rateHint")}
          />
          <Stat
            label={t("rate.totalStaked")}
            testId="home-total-staked"
            value={staked === undefined ? undefined : `${formatAmount(staked, 6, { maxDecimals: 0 })} XPRT`}
            hint={stakedUsd === null ? undefined : `≈ ${usd(stakedUsd)}`}
          />
          <Stat
            label={t("home.protocol.unbonding")}
            value={params.data ? t("home.protocol.days", { days: Math.round(params.data.unbondingSeconds / 86_400) }) : params.isError ? "–" : undefined}
            hint={t("home.protocol.unbondingHint")}
          />
        </dl>
      )}
    </section>
  );
}
