import { pageMetadata } from "@/lib/i18n/request";
import { PoolsPage } from "@/components/dex/pools-page";

export const generateMetadata = pageMetadata("header.nav.pools");

export default function Page() {
  return <PoolsPage />;
}
