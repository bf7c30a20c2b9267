import { pageMetadata } from "@/app/request-locale";
import { StakePage } from "@/components/stake/stake-page";

export const generateMetadata = pageMetadata("meta.stakeXprt");

export default function Page() {
  return <StakePage />;
}
