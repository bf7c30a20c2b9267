import { pageMetadata } from "@/app/request-locale";
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
