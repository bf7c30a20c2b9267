import { pageMetadata } from "@/app/request-locale";
import { Suspense } from "react";
import { RecoverPage } from "@/components/recover/recover-page";

export const generateMetadata = pageMetadata("header.nav.recover");

export default function Page() {
  return (
    <Suspense>
      <RecoverPage />
    </Suspense>
  );
}
