import type { Metadata } from "next";
import { BnbPageLoader } from "@/components/evm/bnb-page-loader";

export const metadata: Metadata = { title: "stkBNB · Persistence Liquid Staking Hub" };

export default function Page() {
  return <BnbPageLoader />;
}
