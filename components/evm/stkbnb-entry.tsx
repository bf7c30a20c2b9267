"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useTranslations } from "use-intl";
import { Panel } from "@/components/ui/panel";
import { useEvmNetworkStore } from "@/hooks/use-evm-network";
import { EVM_NETWORK_NAMES } from "@/lib/evm/network-ids";

// The portfolio's stkBNB entry. wagmi and viem load only for a browser with an EVM wallet connected (the flag
// EvmScope keeps): without one there is nothing to read, and the entry says where to connect.
const StkBnbHolding = dynamic(() => import("./stkbnb-holding"), { ssr: false });

export default function StkBnbEntry() {
  const connected = useEvmNetworkStore((s) => s.evmWalletConnected);
  const networkId = useEvmNetworkStore((s) => s.evmNetworkId);
  const t = useTranslations();
  if (connected) return <StkBnbHolding />;
  return (
    <Panel
      id="stkbnb"
      title={t("bnb.holding.title", { network: EVM_NETWORK_NAMES[networkId] })}
      actions={
        <Link href="/bnb" prefetch={false} className="text-sm text-amber-200 underline">
          {t("bnb.holding.link")}
        </Link>
      }
    >
      <p className="mt-2 text-sm text-slate-400">{t("bnb.holding.connect")}</p>
    </Panel>
  );
}
