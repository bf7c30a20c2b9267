import { pageMetadata } from "@/lib/i18n/request";
import { Suspense } from "react";
import { RoutesPage } from "@/components/routes/routes-page";

export const generateMetadata = pageMetadata("header.nav.routes");

export default function Page() {
  return (
    <Suspense>
      <RoutesPage />
    </Suspense>
  );
}
