import { pageMetadata } from "@/app/request-locale";
import { SwapPage } from "@/components/dex/swap-page";

export const generateMetadata = pageMetadata("header.nav.swap");

export default function Page() {
  return <SwapPage />;
}
