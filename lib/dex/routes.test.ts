import { describe, expect, it } from "vitest";
import { generatePools, seededRandom } from "./fixtures";
import { bestExact, bestRoute, findPaths, tradablePools } from "./routes";

// The route finder against brute force: every simple path of up to 3 hops quoted exactly.

describe("best route", () => {
  it("finds the brute-force best (give-in and give-out) on generated pool graphs", () => {
    let compared = 0;
    for (let graph = 0; graph < 25; graph++) {
      const pools = generatePools(30 + graph * 3, 8 + (graph % 6), 1000 + graph);
      const rand = seededRandom(graph);
      for (let trial = 0; trial < 6; trial++) {
        const denoms = [...new Set(pools.flatMap((p) => p.assets.map((a) => a.denom)))];
        const from = denoms[Math.floor(rand() * denoms.length)];
        const to = denoms.filter((d) => d !== from)[Math.floor(rand() * (denoms.length - 1))];
        const amount = BigInt(Math.floor(10 ** (3 + rand() * 7)));
        for (const kind of ["give-in", "give-out"] as const) {
          const all = findPaths(tradablePools(pools), from, to);
          const brute = bestExact(all, amount, kind);
          const found = bestRoute(pools, from, to, amount, kind);
          if (!brute) {
            expect(found).toBeNull();
            continue;
          }
          expect(found, `${from}->${to} ${amount} ${kind}`).not.toBeNull();
          if (kind === "give-in") expect(found!.amountOut).toBe(brute.amountOut);
          else expect(found!.amountIn).toBe(brute.amountIn);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it("uses at most 3 hops, never a pool or token twice, and skips defunct and paused pools", () => {
    const pools = generatePools(60, 10, 7);
    for (const path of findPaths(pools, "t00", "t05")) {
      expect(path.length).toBeLessThanOrEqual(3);
      expect(new Set(path.map((h) => h.pool.id)).size).toBe(path.length);
      const tokens = [path[0].pool.assets[path[0].offer].denom, ...path.map((h) => h.pool.assets[h.ask].denom)];
      expect(new Set(tokens).size).toBe(tokens.length);
    }
    pools[0].defunct = { since: 0, lpSupplyAtDefunct: 0n, assetsAtDefunct: [0n, 0n], refundedLp: 0n };
    pools[1].paused.swap = true;
    expect(tradablePools(pools).map((p) => p.id)).not.toContain("1");
    expect(tradablePools(pools).map((p) => p.id)).not.toContain("2");
  });
});
