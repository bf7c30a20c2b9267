import { sentence } from "@/lib/i18n/sentence";
import { ONE, asDecimal, uint128 } from "./decimal";
import { PoolMathError } from "./math-error";
import { type StableSide, stableGiveIn, stableGiveOut, stableJoin } from "./stable";
import type { DexPool, JoinQuote, SwapQuote } from "./types";
import { type WeightedSide, weightedGiveIn, weightedGiveOut, weightedJoin, weightedSpotPrice } from "./weighted";

// The previews of Dexter's pools: what the pool contracts answer to on_swap, on_join_pool and on_exit_pool, to the
// base unit, refusals included (oracle/ holds them against the real contracts' published crates). The arithmetic
// is in weighted.ts and stable.ts; this file takes a pool as lib/dex/pools reads it and says why in words when the
// pool would refuse, so a form can say it before anything is signed.

export { PoolMathError };

const TEN_THOUSAND = 10_000n;

const weightedSide = (pool: DexPool, k: number): WeightedSide => ({
  amount: pool.assets[k].amount,
  decimals: pool.assets[k].decimals,
  weight: pool.weights![k],
});
const stableSides = (pool: DexPool): StableSide[] => pool.assets.map((a, k) => ({ amount: a.amount, decimals: a.decimals, factor: pool.scalingFactors![k] }));

/** Ask-asset base units per offer-asset base unit (a decimal), before fees: for display and price impact. */
export function spotPrice(pool: DexPool, offer: number, ask: number): bigint {
  const [o, a] = [pool.assets[offer], pool.assets[ask]];
  if (pool.kind === "weighted") {
    const whole = (amount: bigint, decimals: number) => amount * 10n ** BigInt(18 - decimals);
    const perToken = weightedSpotPrice(whole(o.amount, o.decimals), whole(a.amount, a.decimals), pool.weights![offer], pool.weights![ask]);
    return (perToken * 10n ** BigInt(a.decimals)) / 10n ** BigInt(o.decimals);
  }
  // a stable pool's marginal rate: what a 1/100,000 share of the offer balance returns, per unit given
  const small = o.amount / 100_000n || 1n;
  return (stableGiveIn(stableSides(pool), offer, ask, small, pool.ampX100!) * ONE) / small;
}

export function quoteGiveIn(pool: DexPool, offer: number, ask: number, amount: bigint): SwapQuote {
  if (pool.assets[offer].amount === 0n || pool.assets[ask].amount === 0n) throw new PoolMathError(sentence("dex.math.noLiquidity"));
  const fee = (amount * BigInt(pool.feeBps)) / TEN_THOUSAND;
  const net = amount - fee;
  const out =
    pool.kind === "weighted"
      ? weightedGiveIn(weightedSide(pool, offer), weightedSide(pool, ask), net).out
      : stableGiveIn(stableSides(pool), offer, ask, net, pool.ampX100!);
  if (out === 0n) throw new PoolMathError(sentence(amount === 0n ? "dex.math.swapZero" : "dex.math.swapTooSmall"));
  return { amountIn: amount, amountOut: out, fee };
}

export function quoteGiveOut(pool: DexPool, offer: number, ask: number, amountOut: bigint): SwapQuote {
  if (pool.assets[offer].amount === 0n || pool.assets[ask].amount === 0n) throw new PoolMathError(sentence("dex.math.noLiquidity"));
  const q =
    pool.kind === "weighted"
      ? weightedGiveOut(weightedSide(pool, offer), weightedSide(pool, ask), amountOut, pool.feeBps)
      : stableGiveOut(stableSides(pool), offer, ask, amountOut, pool.feeBps, pool.ampX100!);
  if (q.amountIn === 0n) throw new PoolMathError(sentence(amountOut === 0n ? "dex.math.swapZero" : "dex.math.swapTooSmall"));
  return { amountIn: q.amountIn, amountOut, fee: q.fee };
}

/**
 * LP minted for `amounts` (base units per pool asset, zeros allowed: the app lists every asset). A weighted pool
 * may answer 0 (the vault refuses to mint nothing); a stable pool refuses it itself.
 */
export function quoteJoin(pool: DexPool, amounts: bigint[]): JoinQuote {
  if (pool.kind === "stable") return stableJoin(stableSides(pool), pool.lpSupply, amounts, pool.feeBps, pool.ampX100!);
  if (pool.lpSupply === 0n) {
    if (amounts.includes(0n)) throw new PoolMathError(sentence(amounts.some((a) => a > 0n) ? "dex.math.firstJoin" : "dex.math.noAssets"));
    return { shares: 100n * ONE, fees: amounts.map(() => 0n) };
  }
  return weightedJoin(
    pool.assets.map((_, k) => weightedSide(pool, k)),
    pool.lpSupply,
    amounts,
    pool.feeBps,
  );
}

/**
 * Assets out for burning `lp` LP tokens (exact_lp_burn), as the pools answer: weighted pools take the exit fee off
 * the burn and refuse more than the supply; both write the share as a truncated Decimal and each asset's part of
 * it truncated. (A stable pool does not check the supply itself: the vault's burn does.)
 */
export function quoteExit(pool: DexPool, lp: bigint): bigint[] {
  if (lp <= 0n) throw new PoolMathError(sentence("dex.math.burnZero"));
  if (pool.kind === "weighted" && lp > pool.lpSupply) throw new PoolMathError(sentence("dex.math.burnOverSupply"));
  const fee = pool.kind === "weighted" ? (pool.exitFee ?? 0n) : 0n;
  const refunded = fee > 0n ? (lp * (ONE - fee)) / ONE : lp;
  const ratio = asDecimal(pool.lpSupply === 0n ? 0n : (refunded * ONE) / pool.lpSupply);
  return pool.assets.map((a) => uint128((a.amount * ratio) / ONE));
}

/** The pool after a give-in or give-out swap, as the vault books it (the protocol's cut leaves the pool). */
export function afterSwap(pool: DexPool, offer: number, ask: number, q: SwapQuote): DexPool {
  const protocol = (q.fee * BigInt(pool.protocolFeePercent)) / 100n;
  return {
    ...pool,
    assets: pool.assets.map((a, k) => ({ ...a, amount: k === offer ? a.amount + q.amountIn - protocol : k === ask ? a.amount - q.amountOut : a.amount })),
  };
}
