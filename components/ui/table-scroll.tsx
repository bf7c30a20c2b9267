import type { ReactNode } from "react";

/**
 * A wide table's frame: on a narrow screen the table scrolls sideways inside its card instead of widening the page
 * (its cells keep to one line unless `wrap`). It is a named, focusable region, so keyboard users can scroll it too.
 */
export function TableScroll({ label, wrap = false, className = "", children }: { label: string; wrap?: boolean; className?: string; children: ReactNode }) {
  const cells = `[&_td:not(:first-child)]:pl-4 [&_th:not(:first-child)]:pl-4 ${wrap ? "[&_th]:whitespace-nowrap" : "[&_td]:whitespace-nowrap [&_th]:whitespace-nowrap"}`;
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`-mx-1 overflow-x-auto px-1 ${cells} ${className}`}>
      {children}
    </div>
  );
}
