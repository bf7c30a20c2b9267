"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { Loading } from "@/components/ui/loading";
import { useEvmNetworkStore } from "@/hooks/use-evm-network";
import { useEvmNetwork } from "@/hooks/use-evm-pool";
import { BnbConnectHint } from "./bnb-connect-hint";
import { BnbHeader } from "./bnb-header";
import type { BnbIntent } from "./bnb-page";
import { BnbPoolPanel } from "./bnb-pool-panel";

// The BNB page's first view: the pool as the chain reports it (plain JSON-RPC, no wagmi) and the way to connect.
// wagmi, viem's client and the forms load when an EVM wallet is wanted (Connect, the demo account) or already
// connected in this browser.
const BnbPage = dynamic(() => import("./bnb-page").then((m) => m.BnbPage), { ssr: false, loading: () => <PageLoading /> });

function PageLoading() {
  const t = useTranslations();
  return <Loading text={t("bnb.loading")} />;
}

export default function BnbEntry() {
  const connected = useEvmNetworkStore((s) => s.evmWalletConnected);
  const network = useEvmNetwork();
  // once loaded the full page stays (a disconnect there keeps its own view)
  const [intent, setIntent] = useState<BnbIntent | "remembered">(connected ? "remembered" : null);
  const t = useTranslations();
  if (intent) return <BnbPage intent={intent === "remembered" ? null : intent} />;
  return (
    <div className="grid gap-4">
      <BnbHeader
        wallet={
          <button
            type="button"
            onClick={() => setIntent("connect")}
            className="rounded-md border border-amber-400/40 px-3 py-1.5 text-sm font-medium text-amber-200 hover:bg-amber-400/10"
            data-testid="evm-wallet-button"
          >
            {t("bnb.wallet.connect")}
          </button>
        }
      />
      <BnbPoolPanel />
      <BnbConnectHint demo={{ available: network.isLocal, pending: false, error: null, start: () => setIntent("demo") }} />
    </div>
  );
}
