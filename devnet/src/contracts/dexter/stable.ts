import { ONE } from "./decimal.js";

// The stable pool's math as dexter-stable-pool 1.1.1 computes it (dexter_core ddd49ac: src/math.rs compute_d and
// calc_y on Uint256 atomics, src/utils.rs compute_swap / compute_offer_amount, src/contract.rs query_on_join_pool),
// read again from the Rust and written apart from the app's lib/dex/stable.ts. Balances are Decimal256 atomics of
// whole tokens divided by the asset's scaling factor; every product and quotient truncates.

const U128 = (1n << 128n) - 1n;
const MAX_ROUNDS = 32;

const fitsU128 = (x: bigint, what: string) => {
  if (x < 0n || x > U128) throw new Error(`Overflow: ${what}`);
  return x;
};
const quotient = (a: bigint, b: bigint) => {
  if (b === 0n) throw new Error("Division by zero");
  return a / b;
};
const closeEnough = (a: bigint, b: bigint) => (a > b ? a - b : b - a) <= 1n;

export interface Coin {
  balance: bigint;
  precision: number;
  scalingFactor: bigint;
}

/** a stable pool at one moment: its scaled balances and amp (x100) */
export class StableSwap {
  readonly xs: bigint[];
  readonly n: bigint;

  constructor(
    readonly coins: Coin[],
    readonly ampX100: bigint,
  ) {
    this.xs = coins.map((c) => this.scale(c, c.balance));
    this.n = BigInt(coins.length);
  }

  /** base units -> Decimal256 with_precision, then with_scaling_factor (divided by the factor) */
  scale(c: Coin, amount: bigint): bigint {
    return quotient(amount * 10n ** BigInt(18 - c.precision) * ONE, c.scalingFactor);
  }

  /** compute_d (Ann = (amp / 100) n, integer) */
  invariant(xs: bigint[]): bigint {
    if (xs.includes(0n)) return 0n;
    const sum = xs.reduce((a, b) => a + b, 0n);
    const ann = (this.ampX100 / 100n) * this.n;
    let d = sum;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const dp = xs.reduce((p, x) => (p * d) / (x * this.n), d);
      const last = d;
      d = quotient((ann * sum + dp * this.n) * d, (ann - 1n) * d + (this.n + 1n) * dp);
      if (closeEnough(d, last)) break;
    }
    return d;
  }

  /** calc_y (Ann = amp n / 100, integer): coin `to`'s balance once coin `from` holds `fromBalance`, at 18 - `precision` dropped digits */
  solve(from: number, fromBalance: bigint, to: number, precision: number): bigint {
    const ann = (this.ampX100 * this.n) / 100n;
    const d = this.invariant(this.xs);
    let c = d;
    let others = 0n;
    for (let k = 0; k < this.xs.length; k++) {
      if (k === to) continue;
      const x = k === from ? fromBalance : this.xs[k];
      c = quotient(c * d, x * this.n);
      others += x;
    }
    c = quotient(c * d, ann * this.n);
    const b = others + quotient(d, ann);
    let y = d;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const last = y;
      if (2n * y + b < d) throw new Error("Overflow: Cannot Sub");
      y = quotient(y * y + c, 2n * y + b - d);
      if (closeEnough(y, last)) return fitsU128(y / 10n ** BigInt(18 - precision), "y");
    }
    throw new Error("y is not converging");
  }

  /** compute_swap: what `net` of coin `i` (after the fee) returns of coin `o`, and the spread */
  giveIn(i: number, o: number, net: bigint): { out: bigint; spread: bigint } {
    const ask = this.coins[o];
    const shift = 10n ** BigInt(18 - ask.precision);
    const offered = this.scale(this.coins[i], net);
    const newAsk = this.solve(i, this.xs[i] + offered, o, ask.precision);
    const returned = fitsU128(this.xs[o] / shift - newAsk, "Cannot Sub");
    const unscale = (x: bigint) => (x * shift * ask.scalingFactor) / ONE / shift;
    const spread = offered / shift > returned ? offered / shift - returned : 0n;
    return { out: unscale(returned), spread: unscale(spread) };
  }

  /** compute_offer_amount: what `out` of coin `o` costs of coin `i` with the fee, the fee and the spread */
  giveOut(i: number, o: number, out: bigint, feeBps: number): { amountIn: bigint; fee: bigint; spread: bigint } {
    const [offer, ask] = [this.coins[i], this.coins[o]];
    const taken = this.scale(ask, out);
    if (taken > this.xs[o]) throw new Error("Overflow: Cannot Sub");
    const newOffer = this.solve(o, this.xs[o] - taken, i, 18);
    const gross = fitsU128(newOffer - fitsU128(this.xs[i], "offer pool"), "Cannot Sub");
    const withoutFactor = (gross * offer.scalingFactor) / ONE;
    const withFee = (withoutFactor * ((ONE * ONE) / (ONE - (BigInt(feeBps) * ONE) / 10_000n))) / ONE;
    const shift = 10n ** BigInt(18 - offer.precision);
    const spreadGp = gross > taken ? gross - taken : 0n;
    return {
      amountIn: fitsU128(withFee / shift, "offer amount"),
      fee: (withFee - withoutFactor) / shift,
      spread: (spreadGp * ask.scalingFactor) / ONE / 10n ** BigInt(18 - ask.precision),
    };
  }

  /** query_on_join_pool with every coin listed in order: D on the first join, else the imbalance-fee formula */
  join(supply: bigint, amounts: bigint[], feeBps: number): { shares: bigint; fees: bigint[] } {
    if (amounts.every((a) => a === 0n)) throw new Error("No non-zero assets provided");
    if (this.coins.some((c, k) => c.balance === 0n && amounts[k] === 0n)) throw new Error("Cannot deposit zero into an empty pool");
    if (this.ampX100 === 0n) throw new Error("Invalid amp value");
    const before = this.xs;
    const after = this.coins.map((c, k) => before[k] + this.scale(c, amounts[k]));
    const d0 = this.invariant(before);
    const d1 = this.invariant(after);
    const fees = amounts.map(() => 0n);
    let minted = d1;
    if (supply > 0n) {
      // Decimal::from_ratio(bps, 10000) x Decimal::from_ratio(n, 4 (n - 1)), each truncated
      const rate = (((BigInt(feeBps) * ONE) / 10_000n) * ((this.n * ONE) / (4n * (this.n - 1n)))) / ONE;
      this.coins.forEach((c, k) => {
        const ideal = (d1 * quotient(before[k] * ONE, d0)) / ONE;
        const charged = (rate * (ideal > after[k] ? ideal - after[k] : after[k] - ideal)) / ONE;
        fees[k] = (charged * c.scalingFactor) / ONE / 10n ** BigInt(18 - c.precision);
        after[k] = fitsU128(after[k] - charged, "Cannot Sub");
      });
      const d2 = this.invariant(after);
      minted = (supply * quotient((d2 > d0 ? d2 - d0 : 0n) * ONE, d0)) / ONE;
    }
    if (fitsU128(minted, "mint amount") === 0n) throw new Error("Mint amount is zero");
    return { shares: minted, fees };
  }
}
