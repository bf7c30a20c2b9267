import { pageMetadata } from "@/app/request-locale";
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
