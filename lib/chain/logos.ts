// Token logos the app serves itself, from its own origin (app/logos/[file]): drawn at build time from the
// @web3icons/core package, so no page asks another host for an image. An stkASSET shows its underlying token's
// logo (the icon adds the liquid-staking ring); a token without one gets a lettered badge.

export const LOGO_SYMBOLS = ["XPRT", "PSTAKE", "ATOM", "OSMO", "USDT", "USDC", "DYDX", "STARS", "HUAHUA", "WBTC", "BNB", "BLD"] as const;
export type LogoSymbol = (typeof LOGO_SYMBOLS)[number];

const isLogoSymbol = (s: string): s is LogoSymbol => (LOGO_SYMBOLS as readonly string[]).includes(s);

/** "/logos/ATOM.svg" for ATOM and stkATOM; undefined for a token the app has no logo for. */
export function logoPath(symbol: string): string | undefined {
  const base = symbol.replace(/^stk/, "").toUpperCase();
  return isLogoSymbol(base) ? `/logos/${base}.svg` : undefined;
}
