import type { Metadata } from "next";
import { PoolPage } from "@/components/dex/pool-page";

export const metadata: Metadata = { title: "Pool · Persistence Liquid Staking Hub" };

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <PoolPage id={decodeURIComponent(id)} />;
}
