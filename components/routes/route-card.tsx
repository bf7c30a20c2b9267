"use client";

import { percent } from "@/components/ui/format";
import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "use-intl";
import { useSentence } from "@/components/ui/use-texts";
import type { RouteYield } from "@/lib/routes/yields";

export interface RouteCardProps {
  id: string;
  title: string;
  href?: string;
  badge?: ReactNode;
  yieldInfo: RouteYield;
  facts: { label: string; value: ReactNode; testId?: string }[];
  note?: ReactNode;
}

/** One place a stkASSET can go: its yield and what it is made of, its facts, and where to act. */
export function RouteCard({ id, title, href, badge, yieldInfo, facts, note }: RouteCardProps) {
  const t = useTranslations();
  const say = useSentence();
  return (
    <article data-testid={`route-${id}`} className="grid gap-3 card p-4" aria-label={title}>
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold text-white">
          {href ? (
            <Link href={href} prefetch={false} className="hover:text-rose-300">
              {title}
            </Link>
          ) : (
            title
          )}
        </h3>
        {badge}
      </header>
      <div>
        <p className="font-mono text-2xl text-emerald-300" data-testid="route-yield">
          {percent(yieldInfo.total)}
        </p>
        <p className="text-xs text-slate-400" data-testid="route-yield-parts">
          {yieldInfo.parts.length ? yieldInfo.parts.map((p) => `${percent(p.apy)} ${say(p.label)}`).join(" + ") : t("routes.noYield")}
        </p>
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
        {facts.map((f) => (
          <div key={f.label} className="contents">
            <dt className="text-slate-400">{f.label}</dt>
            <dd className="text-right font-mono text-white" data-testid={f.testId}>
              {f.value}
            </dd>
          </div>
        ))}
      </dl>
      {note && <p className="text-xs text-slate-400">{note}</p>}
    </article>
  );
}
