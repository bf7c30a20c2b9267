import { pageMetadata } from "@/lib/i18n/request";
import { Suspense } from "react";
import { LendPage } from "@/components/lending/lend-page";

export const generateMetadata = pageMetadata("header.nav.lend");

export default function Page() {
  return (
    <Suspense>
      <LendPage />
    </Suspense>
  );
}
