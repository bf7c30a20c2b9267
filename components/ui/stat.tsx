import type { ReactNode } from "react";

/** A figure with its label: the value large and in tabular digits, a hint under it; a placeholder bar while loading. */
export function Stat({ label, value, hint, testId }: { label: string; value: ReactNode | undefined; hint?: ReactNode; testId?: string }) {
  return (
    <div className="rounded-lg border border-white/5 bg-white/[0.03] p-3" aria-busy={value === undefined}>
      <dt className="text-xs text-slate-400">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-white tabular-nums" data-testid={testId}>
        {value === undefined ? <Skeleton /> : value}
      </dd>
      {hint && <dd className="mt-0.5 text-xs text-slate-400">{hint}</dd>}
    </div>
  );
}

/** A loading placeholder the size of a line of text. */
export function Skeleton({ className = "w-24" }: { className?: string }) {
  return <span aria-hidden className={`inline-block h-[1em] animate-pulse rounded bg-white/10 align-middle ${className}`} />;
}
