"use client";

import { useTranslations } from "use-intl";
import { useNetworkStore } from "@/hooks/use-network";
import { NETWORKS, NETWORK_IDS, isNetworkId } from "@/lib/chain/networks";

export function NetworkSwitcher() {
  const networkId = useNetworkStore((s) => s.networkId);
  const setNetwork = useNetworkStore((s) => s.setNetwork);
  const t = useTranslations();
  return (
    <label className="flex items-center gap-2 text-sm text-slate-300">
      <span className="sr-only">{t("header.network")}</span>
      <select
        aria-label={t("header.network")}
        value={networkId}
        title={NETWORKS[networkId].chainId}
        onChange={(e) => isNetworkId(e.target.value) && setNetwork(e.target.value)}
        className="rounded-md border border-white/15 bg-slate-900 px-2 py-1.5 text-sm text-white focus:outline-none focus:ring-2 focus:ring-rose-400"
      >
        {NETWORK_IDS.map((id) => (
          <option key={id} value={id}>
            {NETWORKS[id].name}
          </option>
        ))}
      </select>
    </label>
  );
}
