"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "use-intl";
import { Loading } from "@/components/ui/loading";

/** The BNB page renders in the browser only: what it shows first depends on this browser's EVM wallet. */
export const BnbPageLoader = dynamic(() => import("./bnb-entry"), { ssr: false, loading: () => <PageLoading /> });

function PageLoading() {
  const t = useTranslations();
  return <Loading text={t("bnb.loading")} />;
}
