import { seededRandom } from "@/lib/dex/fixtures";

// Generated Dexter scenarios for the oracle (oracle/dexter, the real contracts under cw-multi-test): pools of
// both types with 6- and 18-decimal assets, random weights, amps and scaling factors, and from each pool's state
// swaps of both types (1 base unit up to past the pool's balance), joins of every kind and exits.

export interface AssetSpec {
  denom: string;
  decimals: number;
}
export type PoolSpec = { type: "weighted"; weights: string[]; exit_fee: string | null } | { type: "stable"; amp: number; scaling_factors: string[] };
export type Op =
  | { op: "swap"; kind: "give_in" | "give_out"; offer: number; ask: number; amount: string }
  | { op: "join"; amounts: string[] }
  | { op: "exit"; lp: string };
export interface Scenario {
  id: string;
  assets: AssetSpec[];
  pool: PoolSpec;
  fee_bps: number;
  protocol_fee_percent: number;
  initial: string[];
  ops: Op[];
}

const DENOMS = ["ibc/ATOM", "stk/uatom", "stk/uxprt", "uusdc", "uxprt", "adydx"];

export function generateScenarios(kind: "weighted" | "stable", count: number, seed: number): Scenario[] {
  const rand = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  /** a random amount of base units with `digits` decimal digits (1 to 10^digits) */
  const amount = (digits: number) => {
    const d = int(0, digits);
    let s = String(int(1, 9));
    for (let k = 0; k < d; k++) s += String(int(0, 9));
    return BigInt(s);
  };
  return Array.from({ length: count }, (_, i) => {
    const n = kind === "weighted" ? int(2, 4) : int(2, 3);
    const denoms = [...DENOMS]
      .sort(() => rand() - 0.5)
      .slice(0, n)
      .sort();
    const assets = denoms.map((denom) => ({ denom, decimals: denom === "adydx" || rand() < 0.15 ? 18 : 6 }));
    const unit = (k: number) => 10n ** BigInt(assets[k].decimals);
    // balances between 10 and 10^9 tokens
    const initial = assets.map((_, k) => (amount(8) * unit(k)) / 10n + unit(k) * 10n);
    const pool: PoolSpec =
      kind === "weighted"
        ? { type: "weighted", weights: assets.map(() => String(int(1, 100))), exit_fee: pick([null, "0", "0.001", "0.01"]) }
        : {
            type: "stable",
            amp: pick([1, 10, 100, 100, 200, 1000, 5000]),
            scaling_factors: assets.map(() => pick(["1", "1", "0.98", "1.25", "0.913457", "1.000001"])),
          };
    const ops: Op[] = [];
    for (let k = 0; k < 10; k++) {
      const offer = int(0, n - 1);
      const ask = (offer + int(1, n - 1)) % n;
      const swapKind = rand() < 0.5 ? "give_in" : "give_out";
      const side = swapKind === "give_in" ? offer : ask;
      // tiny, ordinary, or a large share of the pool (some past what the pool can give)
      const size = pick(["unit", "small", "share", "share", "large"]);
      const balance = initial[side];
      const a =
        size === "unit"
          ? BigInt(int(1, 1000))
          : size === "small"
            ? amount(assets[side].decimals + 2)
            : size === "share"
              ? (balance * BigInt(int(1, 300))) / 1000n
              : (balance * BigInt(int(300, 1200))) / 1000n;
      ops.push({ op: "swap", kind: swapKind, offer, ask, amount: String(a > 0n ? a : 1n) });
    }
    for (let k = 0; k < 9; k++) {
      const style = k % 3; // balanced, imbalanced, single asset
      const ratio = BigInt(int(1, 2000));
      const amounts: bigint[] = initial.map((b, j) => {
        if (style === 0) return (b * ratio) / 10_000n;
        if (style === 1) return (b * BigInt(int(0, 2000))) / 10_000n;
        return j === k % n ? (b * ratio) / 10_000n : 0n;
      });
      if (!amounts.some((a) => a > 0n)) amounts[0] = 1n;
      ops.push({ op: "join", amounts: amounts.map(String) });
    }
    for (let k = 0; k < 9; k++) ops.push({ op: "exit", lp: String(k === 0 ? 1n : amount(21)) });
    // zero amounts: what does each pool say to nothing?
    ops.push({ op: "swap", kind: "give_in", offer: 0, ask: 1, amount: "0" }, { op: "swap", kind: "give_out", offer: 0, ask: 1, amount: "0" });
    ops.push({ op: "join", amounts: assets.map(() => "0") }, { op: "exit", lp: "0" });
    return {
      id: `${kind}-${seed}-${i}`,
      assets,
      pool,
      fee_bps: pick([0, 1, 5, 10, 30, 30, 100, 300]),
      protocol_fee_percent: pick([0, 30, 64]),
      initial: initial.map(String),
      ops,
    };
  });
}
