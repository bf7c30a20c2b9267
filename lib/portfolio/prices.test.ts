import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Asset } from "@/lib/chain/networks";
import type { Balance } from "@/lib/bank/balances";
import type { DexPool } from "@/lib/dex/types";
import { buildHoldings, lpAssets, makeValuer } from "./holdings";
import { type PriceBook, fetchExternalPrices, withExternal } from "./prices";

const asset = (denom: string, symbol: string, coingeckoId?: string): Asset => ({ denom, symbol, name: symbol, decimals: 6, origin: "native", coingeckoId });
const ASSETS = [asset("uxprt", "XPRT", "persistence"), asset("ibc/ATOM", "ATOM", "cosmos"), asset("stk/uxprt", "stkXPRT")];

describe("external price source (CoinGecko-style, on 127.0.0.1)", () => {
  let url = "";
  const asked: string[] = [];
  const server = createServer((req, res) => {
    asked.push(req.url ?? "");
    if (req.url?.includes("broken")) return void res.writeHead(503).end("down");
    res.setHeader("Content-Type", "application/json");
    res.end(JSON.stringify({ persistence: { usd: 0.25 }, cosmos: { usd: "not a number" } }));
  });
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it("asks for the registry's ids and keeps only valid prices", async () => {
    const prices = await fetchExternalPrices(`${url}/simple/price?vs_currencies=usd&ids={ids}`, ASSETS);
    expect(asked.at(-1)).toBe("/simple/price?vs_currencies=usd&ids=persistence%2Ccosmos");
    expect([...prices]).toEqual([["uxprt", 0.25]]);
  });

  it("overrides the pools' price where it has one; a failing source leaves the pools' prices and says why", async () => {
    const book: PriceBook = {
      usd: new Map([
        ["uxprt", 0.2],
        ["ibc/ATOM", 5],
      ]),
      source: new Map([
        ["uxprt", "dexter"],
        ["ibc/ATOM", "dexter"],
      ]),
      readAt: 0,
    };
    const merged = withExternal(book, await fetchExternalPrices(`${url}/simple/price?ids={ids}`, ASSETS));
    expect(merged.usd.get("uxprt")).toBe(0.25);
    expect(merged.source.get("uxprt")).toBe("external");
    expect(merged.source.get("ibc/ATOM")).toBe("dexter");
    const failed = await fetchExternalPrices(`${url}/broken?ids={ids}`, ASSETS).catch((e: Error) => e);
    expect(withExternal(book, failed)).toMatchObject({ usd: book.usd, externalError: "price source answered HTTP 503" });
  });
});

describe("holdings valuation", () => {
  const rates = new Map([["stk/uxprt", { stk: "stk/uxprt", underlying: "uxprt", rate: { num: 11n, den: 10n } }]]);
  const valuer = makeValuer(
    new Map([
      ["uxprt", 2],
      ["stk/uxprt", 1.5],
    ]),
    () => 6,
    rates,
  );
  const balance = (denom: string, amount: bigint): Balance => ({ denom, amount, asset: asset(denom, denom), unlisted: false });

  it("values an stkASSET at its exchange rate times the underlying's price, not at a pool's quote", () => {
    expect(valuer.usd("stk/uxprt", 1_000_000n)).toBeCloseTo(2.2);
  });

  it("values LP by the assets it withdraws and counts what is unbonding in the total", () => {
    const pool = {
      id: "1",
      lpToken: "lp1",
      lpSupply: 1000n,
      assets: [
        { denom: "uxprt", amount: 10_000_000n, decimals: 6 },
        { denom: "stk/uxprt", amount: 5_000_000n, decimals: 6 },
      ],
    } as DexPool;
    expect(lpAssets(pool, 100n)).toEqual([
      { denom: "uxprt", amount: 1_000_000n },
      { denom: "stk/uxprt", amount: 500_000n },
    ]);
    const h = buildHoldings(
      [balance("uxprt", 1_000_000n), balance("ufoo", 5n)],
      rates,
      valuer,
      [{ pool, position: { held: 50n, bonded: 50n, locks: [], unlocked: 0n, rewards: [] } }],
      [{ denom: "uxprt", amount: 500_000n }],
    );
    // wallet 2 + LP (1 XPRT = 2, 0.5 stkXPRT = 1.1) + unbonding 1
    expect(h.totalUsd).toBeCloseTo(6.1);
    expect(h.pendingUsd).toBeCloseTo(1);
    expect(h.lps[0].usd).toBeCloseTo(3.1);
    expect(h.rows[0].share).toBeCloseTo(2 / 6.1);
    expect(h.unpriced.map((r) => r.balance.denom)).toEqual(["ufoo"]);
  });
});
