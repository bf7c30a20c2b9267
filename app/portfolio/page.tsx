import { pageMetadata } from "@/lib/i18n/request";
import { PortfolioPage } from "@/components/portfolio/portfolio-page";

export const generateMetadata = pageMetadata("header.nav.portfolio");

export default function Page() {
  return <PortfolioPage />;
}
