import { logoPath } from "@/lib/chain/logos";

const COLORS = ["bg-rose-700", "bg-sky-700", "bg-emerald-700", "bg-amber-700", "bg-violet-700", "bg-teal-700"];
const SIZES = { sm: "h-5 w-5 text-[8px]", md: "h-7 w-7 text-[10px]" };

/**
 * A token's logo, served by the app itself (lib/chain/logos.ts), or a lettered badge for a token without one. An
 * stkASSET wears its underlying token's logo inside a ring, as pSTAKE draws them. Decorative: the symbol is always
 * written beside it.
 */
export function TokenIcon({ symbol, size = "md" }: { symbol: string; size?: keyof typeof SIZES }) {
  const logo = logoPath(symbol);
  const ring = symbol.startsWith("stk") ? "ring-2 ring-rose-400/80 ring-offset-1 ring-offset-slate-900" : "";
  if (logo) {
    // eslint-disable-next-line @next/next/no-img-element -- a small same-origin SVG: nothing for the image optimiser to do
    return <img src={logo} alt="" width={28} height={28} className={`shrink-0 rounded-full bg-slate-800 ${SIZES[size]} ${ring}`} />;
  }
  const color = COLORS[[...symbol].reduce((s, c) => s + c.charCodeAt(0), 0) % COLORS.length];
  return (
    <span aria-hidden className={`grid shrink-0 place-items-center rounded-full font-bold text-white ${SIZES[size]} ${color} ${ring}`}>
      {symbol.replace(/^stk/, "").slice(0, 3)}
    </span>
  );
}
