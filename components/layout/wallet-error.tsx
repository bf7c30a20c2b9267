"use client";

import { useTranslations } from "use-intl";
import { useWalletStore } from "@/hooks/use-wallet";
import { useSentence } from "@/components/ui/use-texts";

/** Why the last wallet connection failed (locked, declined, not installed), on whatever page it was tried. */
export function WalletError() {
  const error = useWalletStore((s) => s.error);
  const clearError = useWalletStore((s) => s.clearError);
  const t = useTranslations();
  const say = useSentence();
  if (!error) return null;
  return (
    <div className="mx-auto mt-4 max-w-5xl px-4">
      <div role="alert" data-testid="wallet-error" className="flex items-start justify-between gap-3 rounded-lg bg-red-500/10 px-4 py-3 text-sm text-red-200">
        {say(error)}
        <button type="button" onClick={clearError} className="text-xs underline">
          {t("banner.dismiss")}
        </button>
      </div>
    </div>
  );
}
