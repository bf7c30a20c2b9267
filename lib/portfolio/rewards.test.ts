import { describe, expect, it } from "vitest";
import type { ActivityKind } from "./activity";
import { type Rate, type StkMovement, reconstructRewards, valueAt } from "./rewards";

// Crafted histories: a rate per height, movements in and out; the expected rewards worked by hand.

const rate = (num: bigint, den: bigint): Rate => ({ num, den });
const move = (height: number, kind: ActivityKind, amount: bigint): StkMovement => ({ hash: `H${height}`, height, time: height * 1000, kind, amount });

function run(balanceNow: bigint, rateNow: Rate, movements: StkMovement[], rates: Record<number, Rate>, openingHeight = 1) {
  return reconstructRewards({ denom: "stk/uxprt", balanceNow, rateNow, movements, rateAt: (h) => rates[h] ?? null, openingHeight, openingTime: 0 });
}

describe("reward reconstruction", () => {
  it("a single stake earns the rate's growth on what is held", () => {
    // 1000 stk at 1.0, now 1.1 underlying per stk
    const r = run(1000n, rate(11n, 10n), [move(10, "stake", 1000n)], { 10: rate(1n, 1n) });
    expect(r).toMatchObject({ held: 1000n, valueNow: 1100n, costBasis: 1000n, unrealized: 100n, realized: 0n, total: 100n, opening: 0n });
  });

  it("a partial redeem realises the growth of the first lots out (FIFO), the rest stays unrealised", () => {
    const r = run(700n, rate(13n, 10n), [move(10, "stake", 1000n), move(20, "stake", 500n), move(30, "redeem", -800n)], {
      10: rate(1n, 1n),
      20: rate(11n, 10n),
      30: rate(12n, 10n),
    });
    // out: 800 stk at 1.2 = 960; basis = 800 of the first lot = 800 -> realised 160
    // held: 200 of lot 1 (basis 200) + 500 of lot 2 (basis 550) = 750; now 700 x 1.3 = 910 -> unrealised 160
    expect(r.rows.at(-1)).toMatchObject({ value: 960n, basis: 800n, realized: 160n });
    expect(r).toMatchObject({ held: 700n, realized: 160n, costBasis: 750n, valueNow: 910n, unrealized: 160n, total: 320n });
  });

  it("transfers out and back in: what leaves is valued when it leaves, what arrives when it arrives", () => {
    const r = run(600n, rate(3n, 2n), [move(10, "stake", 1000n), move(20, "send", -500n), move(30, "receive", 100n)], {
      10: rate(1n, 1n),
      20: rate(6n, 5n),
      30: rate(7n, 5n),
    });
    // send: 500 x 1.2 = 600, basis 500 -> 100; receive: 100 at 1.4 = 140
    // held 500 (basis 500) + 100 (basis 140) = 640; now 600 x 1.5 = 900 -> 260
    expect(r).toMatchObject({ realized: 100n, costBasis: 640n, valueNow: 900n, unrealized: 260n, total: 360n });
  });

  it("a swap into stk is an arrival at the block's rate, not at the price paid", () => {
    const r = run(300n, rate(2n, 1n), [move(10, "swap", 300n)], { 10: rate(3n, 2n) });
    expect(r).toMatchObject({ costBasis: 450n, valueNow: 600n, total: 150n });
  });

  it("splits a lot's basis by floor and keeps the remainder with the lot, so the parts add up", () => {
    // basis 1000 x 1/3 = 333 (floor of 1000 x 1/3); 3 departures of 333, 333, 334
    const rates = { 10: rate(1n, 3n), 20: rate(1n, 3n), 21: rate(1n, 3n), 22: rate(1n, 3n) };
    const r = run(0n, rate(1n, 3n), [move(10, "stake", 1000n), move(20, "unstake", -333n), move(21, "unstake", -333n), move(22, "unstake", -334n)], rates);
    const bases = r.rows.filter((x) => x.amount < 0n).map((x) => x.basis);
    expect(bases.reduce((s, b) => s! + b!, 0n)).toBe(valueAt(1000n, rate(1n, 3n)));
    // values at a flat rate: 111 + 111 + 111 = 333 = basis: no reward from rounding alone
    expect(r.total).toBe(0n);
  });

  it("an opening balance (history not kept by the node) is valued at the earliest rate it serves", () => {
    const r = run(1500n, rate(2n, 1n), [move(10, "stake", 500n)], { 5: rate(1n, 1n), 10: rate(3n, 2n) }, 5);
    expect(r.opening).toBe(1000n);
    expect(r.rows[0]).toMatchObject({ kind: "opening", amount: 1000n, value: 1000n });
    expect(r).toMatchObject({ costBasis: 1750n, valueNow: 3000n, total: 1250n });
  });

  it("a movement whose rate is unknown claims no reward and is counted", () => {
    const r = run(100n, rate(2n, 1n), [move(10, "receive", 100n)], {});
    expect(r).toMatchObject({ unpriced: 1, total: 0n, costBasis: 200n });
  });

  it("total = what left (at its blocks) + what is held (now) - what arrived (at its blocks), on random histories", () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n) + 0;
    for (let round = 0; round < 200; round++) {
      const rates: Record<number, Rate> = {};
      const moves: StkMovement[] = [];
      let held = 0n;
      let num = 10n ** 18n;
      for (let h = 1; h <= 30; h++) {
        num += BigInt(rnd(10 ** 15));
        rates[h] = rate(num, 10n ** 18n + BigInt(rnd(1000)));
        const amount = BigInt(rnd(10 ** 9));
        if (rnd(3) === 0 && held > 0n) {
          const out = amount % held || held;
          moves.push(move(h, "unstake", -out));
          held -= out;
        } else {
          moves.push(move(h, "stake", amount));
          held += amount;
        }
      }
      const now = rate(num * 2n, 10n ** 18n);
      const r = run(held, now, moves, rates);
      const inValue = moves.filter((m) => m.amount > 0n).reduce((s, m) => s + valueAt(m.amount, rates[m.height]), 0n);
      const outValue = moves.filter((m) => m.amount < 0n).reduce((s, m) => s + valueAt(-m.amount, rates[m.height]), 0n);
      expect(r.total).toBe(outValue + valueAt(held, now) - inValue);
      expect(r.held).toBe(held);
    }
  });
});
