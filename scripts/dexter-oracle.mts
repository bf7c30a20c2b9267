// npm run oracle:report: the app's Dexter previews against the real contracts, category by category. Builds the
// oracle (cargo, from crates.io) if needed, runs the generated scenarios through it, and prints the matches.
import { spawnSync } from "node:child_process";
import { type OracleScenario, compare } from "../oracle/compare";
import { generateScenarios } from "../oracle/scenarios";

const manifest = new URL("../oracle/dexter/Cargo.toml", import.meta.url).pathname;
const build = spawnSync("cargo", ["build", "--release", "--quiet", "--manifest-path", manifest], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);
const binary = new URL("../oracle/dexter/target/release/dexter-oracle", import.meta.url).pathname;

const scenarios = [...generateScenarios("weighted", 60, 1), ...generateScenarios("stable", 60, 2)];
const run = spawnSync(binary, { input: JSON.stringify(scenarios), maxBuffer: 1 << 28, encoding: "utf8" });
if (run.status !== 0) throw new Error(run.stderr);
const outcomes = compare(scenarios, JSON.parse(run.stdout) as OracleScenario[]);
const byCategory = new Map<string, { n: number; app: number; devnet: number; refused: number; first?: string }>();
for (const o of outcomes) {
  const c = byCategory.get(o.category) ?? { n: 0, app: 0, devnet: 0, refused: 0 };
  c.n++;
  if (o.app === o.real) c.app++;
  if (o.devnet === o.real) c.devnet++;
  if (o.real === "refused") c.refused++;
  if ((o.app !== o.real || o.devnet !== o.real) && !c.first) c.first = `${o.scenario} op ${o.op}: real ${o.real} | app ${o.app} | devnet ${o.devnet}`;
  byCategory.set(o.category, c);
}
console.log(`${outcomes.length} cases from ${scenarios.length} pools; equal to the real contracts to the base unit (or refused by both):`);
for (const [category, c] of [...byCategory].sort()) {
  console.log(
    `${category.padEnd(24)} app ${String(c.app).padStart(4)} / ${c.n}   devnet ${String(c.devnet).padStart(4)} / ${c.n}   (${c.refused} refused by the contract)${c.first ? `\n    first difference: ${c.first}` : ""}`,
  );
}
