import type { Metadata } from "next";
import { PortfolioPage } from "@/components/portfolio/portfolio-page";

export const metadata: Metadata = { title: "Portfolio · Persistence Liquid Staking Hub" };

export default function Page() {
  return <PortfolioPage />;
}
