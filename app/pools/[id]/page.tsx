import { pageMetadata } from "@/app/request-locale";
import { PoolPage } from "@/components/dex/pool-page";

export const generateMetadata = pageMetadata("meta.pool");

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <PoolPage id={decodeURIComponent(id)} />;
}
