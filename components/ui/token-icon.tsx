"use client";

import { useState } from "react";

const COLORS = ["bg-rose-700", "bg-sky-700", "bg-emerald-700", "bg-amber-700", "bg-violet-700", "bg-teal-700"];

/** The asset's logo, or a lettered badge when it has none (or it cannot load offline). */
export function TokenIcon({ symbol, logo }: { symbol: string; logo?: string }) {
  const [failed, setFailed] = useState(false);
  if (logo && !failed) {
    // eslint-disable-next-line @next/next/no-img-element -- remote registry logos, no optimisation needed
    return <img src={logo} alt="" width={28} height={28} className="h-7 w-7 rounded-full" onError={() => setFailed(true)} />;
  }
  const color = COLORS[[...symbol].reduce((s, c) => s + c.charCodeAt(0), 0) % COLORS.length];
  return (
    <span aria-hidden className={`grid h-7 w-7 place-items-center rounded-full text-[10px] font-bold text-white ${color}`}>
      {symbol.replace(/^stk/, "").slice(0, 3)}
    </span>
  );
}
