"use client";

import { useTranslations } from "use-intl";
import dynamic from "next/dynamic";

/** The BNB page renders in the browser only: its wallet state lives there (wagmi reads it from localStorage). */
export const BnbPageLoader = dynamic(() => import("./bnb-page").then((m) => m.BnbPage), { ssr: false, loading: () => <Loading /> });

function Loading() {
  const t = useTranslations();
  return <p className="text-sm text-slate-400">{t("bnb.loading")}</p>;
}
