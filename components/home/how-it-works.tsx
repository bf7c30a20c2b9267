import { useTranslations } from "use-intl";

const STEPS = ["home.how.stake", "home.how.earn", "home.how.use"] as const;

/** Liquid staking in three lines. */
export function HowItWorks() {
  const t = useTranslations();
  return (
    <ol className="mt-4 grid gap-3 sm:grid-cols-3">
      {STEPS.map((key, i) => (
        <li key={key} className="flex gap-3 rounded-lg border border-white/5 bg-white/[0.03] p-3 text-sm text-slate-300">
          <span aria-hidden className="grid h-6 w-6 shrink-0 place-items-center rounded-full bg-rose-500/20 text-xs font-semibold text-rose-200">
            {i + 1}
          </span>
          <span>{t(key)}</span>
        </li>
      ))}
    </ol>
  );
}
