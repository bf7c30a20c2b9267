"use client";

import { useTranslations } from "use-intl";

/** What to do without an EVM wallet: connect one, or (on the local chain) try the demo account. */
export function BnbConnectHint({ demo }: { demo: { available: boolean; pending: boolean; error: unknown; start: () => void } }) {
  const t = useTranslations();
  return (
    <div className="rounded-lg border border-white/10 p-4 text-sm text-slate-300" data-testid="bnb-connect-hint">
      <p>{t("bnb.connectHint")}</p>
      {demo.available && (
        <button type="button" onClick={demo.start} disabled={demo.pending} className="btn-primary mt-3">
          {t("bnb.demo.try")}
        </button>
      )}
      {demo.error !== null && (
        <p role="alert" className="mt-2 text-red-200" data-testid="bnb-demo-error">
          {t("bnb.demo.error")}
        </p>
      )}
    </div>
  );
}
