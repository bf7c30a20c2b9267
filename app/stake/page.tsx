import { pageMetadata } from "@/lib/i18n/request";
import { StakePage } from "@/components/stake/stake-page";

export const generateMetadata = pageMetadata("meta.stakeXprt");

export default function Page() {
  return <StakePage />;
}
