import { pageMetadata } from "@/app/request-locale";
import { PortfolioPage } from "@/components/portfolio/portfolio-page";

export const generateMetadata = pageMetadata("header.nav.portfolio");

export default function Page() {
  return <PortfolioPage />;
}
