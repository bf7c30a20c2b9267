import { pageMetadata } from "@/app/request-locale";
import { BnbPageLoader } from "@/components/evm/bnb-page-loader";

export const generateMetadata = pageMetadata({ symbol: "stkBNB" });

export default function Page() {
  return <BnbPageLoader />;
}
