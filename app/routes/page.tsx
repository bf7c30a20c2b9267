import type { Metadata } from "next";
import { Suspense } from "react";
import { RoutesPage } from "@/components/routes/routes-page";

export const metadata: Metadata = { title: "Routes · Persistence Liquid Staking Hub" };

export default function Page() {
  return (
    <Suspense>
      <RoutesPage />
    </Suspense>
  );
}
