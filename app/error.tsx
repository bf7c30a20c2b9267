"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";
import { useErrorText } from "@/components/ui/use-texts";

/**
 * A page that threw while rendering: the reason in words, a retry, and the reassurance that nothing was sent. The
 * header, the wallet connection and any open transaction dialog live outside this boundary and are kept.
 */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  const errorText = useErrorText();
  // a server-side error reaches the browser without its message (only a digest): say so rather than show nothing
  const reason = error.message && !error.digest ? errorText(error).slice(0, 240) : t("errorPage.unknown");
  return (
    <section role="alert" className="mx-auto grid max-w-xl gap-3 rounded-xl border border-red-400/20 bg-red-500/5 p-6">
      <h1 className="text-xl font-semibold text-white">{t("errorPage.title")}</h1>
      <p className="text-sm text-red-100">{t("errorPage.reason", { reason })}</p>
      <p className="text-sm text-slate-300">{t("errorPage.safe")}</p>
      <div className="mt-2 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="btn-primary">
          {t("errorPage.retry")}
        </button>
        <Link href="/" prefetch={false} className="btn-secondary">
          {t("errorPage.home")}
        </Link>
      </div>
    </section>
  );
}
