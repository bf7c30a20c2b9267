"use client";

import { useTranslations } from "use-intl";
import { useNetwork } from "@/hooks/use-network";
import { useWalletStore } from "@/hooks/use-wallet";

/** The newcomer's way in on the devnet; renders nothing on other networks. */
export function DemoButton({ className = "", secondary = false }: { className?: string; secondary?: boolean }) {
  const { network } = useNetwork();
  const connect = useWalletStore((s) => s.connect);
  const t = useTranslations();
  if (!network.isDevnet) return null;
  return (
    <button type="button" onClick={() => void connect("demo", network)} className={`${secondary ? "btn-secondary" : "btn-primary"} ${className}`}>
      {t("wallet.tryDemo")}
    </button>
  );
}
