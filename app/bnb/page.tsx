import { pageMetadata } from "@/lib/i18n/request";
import { BnbPageLoader } from "@/components/evm/bnb-page-loader";

export const generateMetadata = pageMetadata({ symbol: "stkBNB" });

export default function Page() {
  return <BnbPageLoader />;
}
