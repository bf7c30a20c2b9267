import { LOGO_SYMBOLS, type LogoSymbol } from "@/lib/chain/logos";
import { SVGS } from "./svgs";

// /logos/ATOM.svg: a token's logo, from this origin, written out at build time (any other name is a 404).

export const dynamic = "force-static";
export const dynamicParams = false;
export const generateStaticParams = () => LOGO_SYMBOLS.map((s) => ({ file: `${s}.svg` }));

export async function GET(_: Request, { params }: { params: Promise<{ file: string }> }) {
  const symbol = (await params).file.replace(/\.svg$/, "") as LogoSymbol;
  return new Response(SVGS[symbol], { headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400" } });
}
