import { pageMetadata } from "@/app/request-locale";
import { PoolsPage } from "@/components/dex/pools-page";

export const generateMetadata = pageMetadata("header.nav.pools");

export default function Page() {
  return <PoolsPage />;
}
