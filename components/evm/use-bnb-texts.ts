"use client";

import { useTranslations } from "use-intl";
import type { UseQueryResult } from "@tanstack/react-query";
import { useTimeText } from "@/components/ui/use-texts";
import { bnbText } from "./format";

// The BNB side's words that several of its forms share, in the page's language.

/** Contract times (seconds as bigint): dates in UTC like the rest of the app, a countdown to the second
 * ("14d 23h 05m 09s"), and the pool's cooldown length. */
export function useBnbTime() {
  const t = useTranslations();
  const time = useTimeText();
  return {
    date: (seconds: bigint) => time.date(Number(seconds) * 1000),
    countdown: (seconds: bigint) => {
      const s = Number(seconds < 0n ? 0n : seconds);
      const pad = (n: number) => String(n).padStart(2, "0");
      const parts = { hours: pad(Math.floor((s % 86_400) / 3_600)), minutes: pad(Math.floor((s % 3_600) / 60)), seconds: pad(s % 60) };
      const days = Math.floor(s / 86_400);
      return days ? t("bnb.countdownDays", { days, ...parts }) : t("bnb.countdown", parts);
    },
    cooldown: (seconds: bigint) => {
      const days = Number(seconds) / 86_400;
      return days >= 1 ? t("bnb.days", { days: Number(days.toFixed(2)) }) : t("bnb.seconds", { seconds: Number(seconds) });
    },
  };
}

/** The preview's network fee row for a form's estimated gas (useEvmGasCost). */
export function useGasRow(gas: UseQueryResult<{ gas: bigint; cost: bigint }>, testId?: string) {
  const t = useTranslations();
  return {
    label: t("bnb.form.networkFee"),
    value: gas.data ? `≈ ${bnbText(gas.data.cost)} BNB` : gas.isFetching ? t("bnb.form.estimating") : "—",
    hint: gas.data ? t("tx.gas", { gas: String(gas.data.gas) }) : undefined,
    testId,
  };
}
