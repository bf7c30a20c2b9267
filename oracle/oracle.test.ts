import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type Category, type OracleScenario, type Outcome, compare } from "./compare";
import { generateScenarios } from "./scenarios";

// The real Dexter contracts as the oracle: the crates core-1's code was published as (dexter-weighted-pool and
// dexter-stable-pool 1.1.1, dexter-vault 1.1.0, dexter-lp-token 1.0.0, dexter 1.4.0), run under cw-multi-test by
// oracle/dexter (built by `npm run oracle:build`). The app's previews and the devnet's pool math must equal their
// answers to the base unit, refusals included.

const BINARY = new URL("./dexter/target/release/dexter-oracle", import.meta.url).pathname;

function run(): Outcome[] {
  if (!existsSync(BINARY)) throw new Error(`${BINARY} is missing: run npm run oracle:build (cargo, crates from crates.io)`);
  const scenarios = [...generateScenarios("weighted", 60, 1), ...generateScenarios("stable", 60, 2)];
  const r = spawnSync(BINARY, { input: JSON.stringify(scenarios), maxBuffer: 1 << 28, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return compare(scenarios, JSON.parse(r.stdout) as OracleScenario[]);
}

describe("Dexter against the real contracts", () => {
  const outcomes = run();
  const of = (category: Category) => outcomes.filter((o) => o.category === category);
  const differences = (category: Category, side: "app" | "devnet") => of(category).filter((o) => o[side] !== o.real);

  const categories: Category[] = [
    "weighted swap give-in",
    "weighted swap give-out",
    "weighted join",
    "weighted exit",
    "stable swap give-in",
    "stable swap give-out",
    "stable join",
    "stable exit",
  ];
  it.each(categories)("%s: the app and the devnet equal the contracts on every case", (category) => {
    expect(of(category).length).toBeGreaterThanOrEqual(290);
    expect(differences(category, "app").slice(0, 3)).toEqual([]);
    expect(differences(category, "devnet").slice(0, 3)).toEqual([]);
  });

  it("the devnet reports each swap's spread as the contracts define it", () => {
    const swaps = outcomes.filter((o) => o.realSpread !== undefined);
    expect(swaps.length).toBeGreaterThan(900);
    expect(swaps.filter((o) => o.devnetSpread !== o.realSpread).slice(0, 3)).toEqual([]);
  });

  it("zero amounts: each pool's answer (a refusal) is the app's and the devnet's", () => {
    const zeros = outcomes.filter((o) => o.op >= 28);
    expect(zeros.length).toBe(480);
    for (const o of zeros) expect([o.app, o.devnet]).toEqual([o.real, o.real]);
  });

  it("at least 500 cases per pool type and operation, the contracts' refusals among them", () => {
    for (const kind of ["weighted", "stable"])
      for (const op of ["swap", "join", "exit"]) expect(outcomes.filter((o) => o.category.startsWith(`${kind} ${op}`)).length).toBeGreaterThanOrEqual(500);
    expect(outcomes.filter((o) => o.real === "refused").length).toBeGreaterThan(100);
  });
});
