import type { Asset } from "@/lib/chain/networks";
import { pricesIn, usdReference } from "@/lib/dex/prices";
import type { DexPool } from "@/lib/dex/types";

// USD prices for the portfolio: from Dexter's pools (each token priced through the deepest pools out of a USD
// stablecoin, read at a known block), optionally overridden by an external source configured for mainnet
// (a CoinGecko-style `simple/price` URL; never required, and its failure only falls back to the pools).

export type PriceSource = "dexter" | "external";

export interface PriceBook {
  /** USD per whole token */
  usd: Map<string, number>;
  source: Map<string, PriceSource>;
  /** the stablecoin the pools are priced from (counted as 1 USD) */
  reference?: string;
  /** when the prices were read (ms) and, for the pools, at which block */
  readAt: number;
  height?: number;
  /** why the external source is not used, when it is configured */
  externalError?: string;
}

export function dexPriceBook(pools: DexPool[], assets: Asset[], readAt: number, height?: number): PriceBook {
  const reference = usdReference(assets);
  const usd = reference ? pricesIn(pools, reference) : new Map<string, number>();
  return { usd, source: new Map([...usd.keys()].map((d) => [d, "dexter" as const])), reference, readAt, height };
}

/** `template` holds `{ids}` (comma-separated CoinGecko ids); the answer is `{ "<id>": { "usd": <number> } }`. */
export async function fetchExternalPrices(template: string, assets: Asset[], fetchFn: typeof fetch = fetch): Promise<Map<string, number>> {
  const listed = assets.filter((a) => a.coingeckoId);
  if (!listed.length) return new Map();
  const ids = [...new Set(listed.map((a) => a.coingeckoId!))];
  const res = await fetchFn(template.replace("{ids}", encodeURIComponent(ids.join(","))), { signal: AbortSignal.timeout(5_000) });
  if (!res.ok) throw new Error(`price source answered HTTP ${res.status}`);
  const body = (await res.json()) as Record<string, { usd?: unknown } | undefined>;
  const out = new Map<string, number>();
  for (const a of listed) {
    const price = body[a.coingeckoId!]?.usd;
    if (typeof price === "number" && Number.isFinite(price) && price >= 0) out.set(a.denom, price);
  }
  return out;
}

/** The external source's prices where it has them, the pools' for the rest. */
export function withExternal(book: PriceBook, external: Map<string, number> | Error | null): PriceBook {
  if (external === null) return book;
  if (external instanceof Error) return { ...book, externalError: external.message };
  const usd = new Map(book.usd);
  const source = new Map(book.source);
  for (const [denom, price] of external) {
    usd.set(denom, price);
    source.set(denom, "external");
  }
  return { ...book, usd, source };
}
