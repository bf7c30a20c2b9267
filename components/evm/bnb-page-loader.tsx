"use client";

import { useTranslations } from "use-intl";
import dynamic from "next/dynamic";
import { Loading } from "@/components/ui/loading";

/** The BNB page renders in the browser only: its wallet state lives there (wagmi reads it from localStorage). */
export const BnbPageLoader = dynamic(() => import("./bnb-page").then((m) => m.BnbPage), { ssr: false, loading: () => <PageLoading /> });

function PageLoading() {
  const t = useTranslations();
  return <Loading text={t("bnb.loading")} />;
}
