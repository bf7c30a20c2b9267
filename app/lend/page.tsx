import type { Metadata } from "next";
import { Suspense } from "react";
import { LendPage } from "@/components/lending/lend-page";

export const metadata: Metadata = { title: "Lend · Persistence Liquid Staking Hub" };

export default function Page() {
  return (
    <Suspense>
      <LendPage />
    </Suspense>
  );
}
