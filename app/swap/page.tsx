import { pageMetadata } from "@/lib/i18n/request";
import { SwapPage } from "@/components/dex/swap-page";

export const generateMetadata = pageMetadata("header.nav.swap");

export default function Page() {
  return <SwapPage />;
}
