import type { ReactNode } from "react";

export interface PreviewRow {
  label: string;
  value: ReactNode;
  hint?: string;
  testId?: string;
}

/** The info table under a form: what you will receive, rates, minimums, fees. */
export function PreviewTable({ rows }: { rows: PreviewRow[] }) {
  return (
    <dl className="mt-4 divide-y divide-white/5 rounded-lg border border-white/10 text-sm">
      {rows.map((r) => (
        <div key={r.label} className="flex items-start justify-between gap-4 px-3 py-2">
          <dt className="text-slate-400">
            {r.label}
            {r.hint && <span className="block text-xs text-slate-400">{r.hint}</span>}
          </dt>
          <dd className="text-right font-mono text-white" data-testid={r.testId}>
            {r.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
