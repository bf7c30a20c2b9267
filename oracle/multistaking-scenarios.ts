import { seededRandom } from "@/lib/dex/fixtures";

// Random multistaking scenarios for oracle/multistaking (the published contract under cw-multi-test) and the devnet:
// three users with LP, reward schedules in two assets that start, overlap and end between the users' bonds,
// unbonds (some past what is bonded), unlocks (some early), withdraws, and the creator claiming back what was
// paid while nothing was bonded. Only inputs: the generator keeps a rough ledger to choose plausible amounts and
// never predicts an outcome.

export type MsAction =
  | { do: "schedule"; denom: "uxprt" | "uatom"; amount: string; start: number; end: number }
  | { do: "bond"; user: number; amount: string }
  | { do: "unbond"; user: number; amount: string }
  | { do: "unlock"; user: number }
  | { do: "withdraw"; user: number }
  | { do: "claim_unallocated"; schedule: number };

export interface MsScenario {
  id: string;
  unlock_period: number;
  /** LP each user holds at the start */
  users: string[];
  steps: ({ at: number } & MsAction)[];
}

export function generateMultistakingScenarios(count: number, stepsEach: number, seed: number): MsScenario[] {
  const rand = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  return Array.from({ length: count }, (_, n) => {
    const unlock = pick([600, 3_600, 86_400, 7 * 86_400]);
    const held = [0, 1, 2].map(() => BigInt(int(1, 9)) * 10n ** BigInt(int(3, 16)) + BigInt(int(0, 999)));
    const start = held.map(String);
    const bonded = [0n, 0n, 0n];
    let schedules = 0;
    let at = 0;
    const steps: MsScenario["steps"] = [];
    // a schedule first, starting soon, so most scenarios pay something
    steps.push({ at, do: "schedule", denom: "uxprt", amount: String(int(1, 1_000_000_000)), start: int(1, 300), end: int(2_000, 20_000) });
    schedules++;
    for (let k = 1; k < stepsEach; k++) {
      at += rand() < 0.08 ? int(unlock / 2, 2 * unlock) : pick([0, 1, int(2, 60), int(60, 600), int(300, 1_500)]);
      const u = int(0, 2);
      const r = rand();
      // mostly a share of what there is; now and then more than that, to be refused
      const part = (of: bigint) => (of === 0n || rand() < 0.06 ? of + BigInt(int(1, 1000)) : (of * BigInt(int(1, 1000))) / 1000n);
      if (r < 0.12) {
        const start = at + int(1, 2_000);
        steps.push({
          at,
          do: "schedule",
          denom: rand() < 0.6 ? "uxprt" : "uatom",
          amount: String(int(1, 2_000_000_000)),
          start,
          end: start + (rand() < 0.2 ? int(1, 60) : int(600, 20_000)),
        });
        schedules++;
      } else if (r < 0.42) {
        const amount = rand() < 0.05 ? 0n : part(held[u]);
        steps.push({ at, do: "bond", user: u, amount: amount.toString() });
        if (amount <= held[u]) [held[u], bonded[u]] = [held[u] - amount, bonded[u] + amount];
      } else if (r < 0.64) {
        const amount = part(bonded[u]);
        steps.push({ at, do: "unbond", user: u, amount: amount.toString() });
        if (amount > 0n && amount <= bonded[u]) bonded[u] -= amount;
      } else if (r < 0.74) steps.push({ at, do: "unlock", user: u });
      else if (r < 0.94) steps.push({ at, do: "withdraw", user: u });
      else steps.push({ at, do: "claim_unallocated", schedule: int(1, schedules + 1) });
    }
    return { id: `ms-${seed}-${n}`, unlock_period: unlock, users: start, steps };
  });
}
