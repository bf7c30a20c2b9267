"use client";

import { useTranslations } from "use-intl";
import { useEndpointHealth } from "@/hooks/use-endpoint-health";
import { useNetwork } from "@/hooks/use-network";

/** Says when the app works through a fallback node, or cannot reach any, and why. */
export function DegradedBanner() {
  const { network } = useNetwork();
  const health = useEndpointHealth();
  const t = useTranslations();
  const down = health.filter((h) => !h.healthy);
  if (!down.length) return null;
  const allDown = down.length === health.length;
  return (
    <div role="status" data-testid="degraded-banner" className={`px-4 py-2 text-sm ${allDown ? "bg-red-900/70 text-red-50" : "bg-amber-900/60 text-amber-50"}`}>
      <div className="mx-auto max-w-5xl">
        {allDown ? t("banner.allDown", { network: network.name }) : t("banner.degraded", { network: network.name })}{" "}
        <span className="opacity-80">{down.map((d) => `${new URL(d.url).host}: ${d.lastError}`).join("; ")}</span>
      </div>
    </div>
  );
}
