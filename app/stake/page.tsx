import type { Metadata } from "next";
import { StakePage } from "@/components/stake/stake-page";

export const metadata: Metadata = { title: "Stake XPRT · Persistence Liquid Staking Hub" };

export default function Page() {
  return <StakePage />;
}
