"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";

/** Any address the app does not have: say so, and offer the way back. */
export default function NotFound() {
  const t = useTranslations();
  return (
    <section className="mx-auto grid max-w-xl gap-3 rounded-xl border border-white/10 bg-slate-900/60 p-6">
      <p className="font-mono text-sm text-rose-300">404</p>
      <h1 className="text-xl font-semibold text-white">{t("notFound.title")}</h1>
      <p className="text-sm text-slate-300">{t("notFound.text")}</p>
      <div className="mt-2 flex flex-wrap gap-3">
        <Link href="/" prefetch={false} className="rounded-md bg-rose-600 px-4 py-2 text-sm font-medium text-white hover:bg-rose-700">
          {t("notFound.home")}
        </Link>
        <Link href="/stake" prefetch={false} className="rounded-md border border-white/15 px-4 py-2 text-sm text-white hover:bg-white/10">
          {t("notFound.stake")}
        </Link>
      </div>
    </section>
  );
}
