import type { Metadata } from "next";
import { SwapPage } from "@/components/dex/swap-page";

export const metadata: Metadata = { title: "Swap · Persistence Liquid Staking Hub" };

export default function Page() {
  return <SwapPage />;
}
