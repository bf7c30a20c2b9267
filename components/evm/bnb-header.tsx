"use client";

import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
import { useEvmNetworkStore } from "@/hooks/use-evm-network";
import { EVM_NETWORK_IDS, EVM_NETWORK_NAMES, type EvmNetworkId } from "@/lib/evm/network-ids";

/** The BNB page's title, its network picker and the EVM wallet's place (a plain button until wagmi is loaded). */
export function BnbHeader({ wallet }: { wallet: ReactNode }) {
  const networkId = useEvmNetworkStore((s) => s.evmNetworkId);
  const setNetwork = useEvmNetworkStore((s) => s.setEvmNetwork);
  const t = useTranslations();
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <div>
        <h1 className="text-2xl font-semibold text-white">{t("bnb.title")}</h1>
        <p className="text-sm text-slate-400">{t("bnb.intro")}</p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <label className="flex items-center gap-2 text-sm text-slate-300">
          {t("bnb.network")}
          <select
            value={networkId}
            onChange={(e) => setNetwork(e.target.value as EvmNetworkId)}
            className="rounded-md border border-white/15 bg-slate-950 px-2 py-1 text-white"
          >
            {EVM_NETWORK_IDS.map((id) => (
              <option key={id} value={id}>
                {EVM_NETWORK_NAMES[id]}
              </option>
            ))}
          </select>
        </label>
        {wallet}
      </div>
    </div>
  );
}
