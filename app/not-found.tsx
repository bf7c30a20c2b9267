"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";

/** Any address the app does not have: say so, and offer the way back. */
export default function NotFound() {
  const t = useTranslations();
  return (
    <section className="mx-auto grid max-w-xl gap-3 card p-6">
      <p className="font-mono text-sm text-rose-300">404</p>
      <h1 className="text-xl font-semibold text-white">{t("notFound.title")}</h1>
      <p className="text-sm text-slate-300">{t("notFound.text")}</p>
      <div className="mt-2 flex flex-wrap gap-3">
        <Link href="/" prefetch={false} className="btn-primary">
          {t("notFound.home")}
        </Link>
        <Link href="/stake" prefetch={false} className="btn-secondary">
          {t("notFound.stake")}
        </Link>
      </div>
    </section>
  );
}
