import { pageMetadata } from "@/app/request-locale";
import { StkBnbHoldingSlot } from "@/components/evm/stkbnb-holding-slot";
import { PortfolioPage } from "@/components/portfolio/portfolio-page";

export const generateMetadata = pageMetadata("header.nav.portfolio");

export default function Page() {
  return <PortfolioPage evmHolding={<StkBnbHoldingSlot />} />;
}
