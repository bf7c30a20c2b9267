import type { Metadata } from "next";
import { BnbPage } from "@/components/evm/bnb-page";

export const metadata: Metadata = { title: "stkBNB · Persistence Liquid Staking Hub" };

export default function Page() {
  return <BnbPage />;
}
