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
    <button
      type="button"
      onClick={() => void connect("demo", network)}
      className={`rounded-md px-4 py-2 text-sm font-medium text-white ${secondary ? "border border-white/15 hover:bg-white/10" : "bg-rose-600 hover:bg-rose-700"} ${className}`}
    >
      {t("wallet.tryDemo")}
    </button>
  );
}
