// npm run bench:routes: best-route search (up to 3 hops) over generated graphs of 100 pools; prints the median
// and p90 time per search, and how many paths each search weighed. Prints figures; asserts nothing.
import { performance } from "node:perf_hooks";
import { generatePools, seededRandom } from "../lib/dex/fixtures";
import { bestRoute, findPaths, tradablePools } from "../lib/dex/routes";

const POOLS = 100;
const TOKENS = 25;
const SEARCHES = 300;

const times: number[] = [];
const pathCounts: number[] = [];
for (let graph = 0; graph < 10; graph++) {
  const pools = generatePools(POOLS, TOKENS, 500 + graph);
  const denoms = [...new Set(pools.flatMap((p) => p.assets.map((a) => a.denom)))];
  const rand = seededRandom(graph);
  for (let i = 0; i < SEARCHES / 10; i++) {
    const from = denoms[Math.floor(rand() * denoms.length)];
    const to = denoms.filter((d) => d !== from)[Math.floor(rand() * (denoms.length - 1))];
    const amount = BigInt(Math.floor(10 ** (4 + rand() * 6)));
    const kind = i % 2 ? "give-in" : "give-out";
    pathCounts.push(findPaths(tradablePools(pools), from, to).length);
    const t0 = performance.now();
    bestRoute(pools, from, to, amount, kind);
    times.push(performance.now() - t0);
  }
}
const sorted = [...times].sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const paths = [...pathCounts].sort((a, b) => a - b);
console.log(`best route over ${POOLS} pools (${TOKENS} tokens), up to 3 hops, ${times.length} searches`);
console.log(`  paths per search: median ${paths[Math.floor(paths.length / 2)]}, max ${paths[paths.length - 1]}`);
console.log(
  `  time per search: median ${pct(50).toFixed(2)} ms, p90 ${pct(90).toFixed(2)} ms, max ${sorted[sorted.length - 1].toFixed(2)} ms (target: median under 5 ms)`,
);
