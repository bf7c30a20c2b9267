import type { Metadata } from "next";
import { PoolsPage } from "@/components/dex/pools-page";

export const metadata: Metadata = { title: "Pools · Persistence Liquid Staking Hub" };

export default function Page() {
  return <PoolsPage />;
}
