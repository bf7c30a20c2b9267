import { type ParsedAmount, parseAmount } from "@/lib/format/amount";

// The StakePool's integer math, as the contract executes it, for previews (checked against the local chain by
// devnet/test/stkbnb.test.ts). Amounts are wei and stkBNB base units (both 18 decimals); fees are parts of 1e11.

export const FEE_BASIS = 10n ** 11n;

export interface PoolFees {
  reward: bigint;
  deposit: bigint;
  withdraw: bigint;
}

export interface PoolState {
  totalWei: bigint;
  poolTokenSupply: bigint;
  minBNBDeposit: bigint;
  minTokenWithdrawal: bigint;
  /** seconds */
  cooldownPeriod: bigint;
  fee: PoolFees;
  claimReserve: bigint;
  paused: boolean;
}

export function applyFee(fee: bigint, amount: bigint): bigint {
  return (amount * fee) / FEE_BASIS;
}

/** The largest multiple of `step` not above `amount`: the pool rejects anything else as dust. */
export function roundDownTo(amount: bigint, step: bigint): bigint {
  return step > 0n ? amount - (amount % step) : amount;
}

/** A typed 18-decimal amount as the pool would take it: rounded down to `step`, the rest (dust) left out. */
export function stepAmount(input: string, step: bigint): { parsed: ParsedAmount; amount: bigint; dust: bigint } {
  const parsed = parseAmount(input, 18);
  const typed = parsed.ok ? parsed.base : 0n;
  const amount = roundDownTo(typed, step);
  return { parsed, amount, dust: typed - amount };
}

export type AmountProblem = { kind: "below-minimum"; minimum: bigint } | { kind: "dust"; dust: bigint; roundedDown: bigint };

/** The pool's checkMinAndDust, as a reason instead of a revert. */
export function amountProblem(amount: bigint, minimum: bigint): AmountProblem | null {
  if (amount < minimum) return { kind: "below-minimum", minimum };
  const dust = amount % minimum;
  return dust === 0n ? null : { kind: "dust", dust, roundedDown: amount - dust };
}

export interface DepositPreview {
  /** minted in all, at the pool's rate */
  poolTokens: bigint;
  /** the deposit fee's share, minted to the fee vault */
  feeTokens: bigint;
  /** what the user receives */
  userTokens: bigint;
}

export function previewDeposit(pool: Pick<PoolState, "totalWei" | "poolTokenSupply" | "fee">, wei: bigint): DepositPreview {
  const poolTokens = pool.totalWei === 0n || pool.poolTokenSupply === 0n ? wei : (wei * pool.poolTokenSupply) / pool.totalWei;
  const feeTokens = applyFee(pool.fee.deposit, poolTokens);
  return { poolTokens, feeTokens, userTokens: poolTokens - feeTokens };
}

export interface UnstakePreview {
  feeTokens: bigint;
  burnTokens: bigint;
  /** BNB owed, paid by a claim after the cooldown */
  weiToReturn: bigint;
}

export function previewUnstake(pool: Pick<PoolState, "totalWei" | "poolTokenSupply" | "fee">, tokens: bigint): UnstakePreview {
  const feeTokens = applyFee(pool.fee.withdraw, tokens);
  const burnTokens = tokens - feeTokens;
  const numerator = burnTokens * pool.totalWei;
  const weiToReturn = numerator < pool.poolTokenSupply || pool.poolTokenSupply === 0n ? 0n : numerator / pool.poolTokenSupply;
  return { feeTokens, burnTokens, weiToReturn };
}

/** stkBNB minted to the fee vault when the operator reports `rewards` wei (epochUpdate). */
export function rewardFeeTokens(pool: Pick<PoolState, "totalWei" | "poolTokenSupply" | "fee">, rewards: bigint): bigint {
  const feeWei = applyFee(pool.fee.reward, rewards);
  return (feeWei * pool.poolTokenSupply) / (pool.totalWei + rewards - feeWei);
}

/** BNB per stkBNB as a decimal string with `digits` fraction digits (truncated), for display only. */
export function rateText(pool: Pick<PoolState, "totalWei" | "poolTokenSupply">, digits = 6): string {
  if (pool.poolTokenSupply === 0n) return "1";
  const scaled = (pool.totalWei * 10n ** BigInt(digits)) / pool.poolTokenSupply;
  const whole = scaled / 10n ** BigInt(digits);
  const frac = (scaled % 10n ** BigInt(digits)).toString().padStart(digits, "0").replace(/0+$/, "");
  return frac ? `${whole}.${frac}` : String(whole);
}

export interface ClaimRequest {
  /** position in the contract's list now (claims swap the last request into a claimed slot) */
  index: number;
  weiToReturn: bigint;
  /** seconds */
  createdAt: bigint;
}

export type ClaimState = "cooling" | "ready" | "awaiting-reserve";

/** First second at which the pool pays it: strictly after createdAt + cooldown. */
export function claimableAt(req: Pick<ClaimRequest, "createdAt">, cooldown: bigint): bigint {
  return req.createdAt + cooldown + 1n;
}

export function claimState(req: ClaimRequest, now: bigint, pool: Pick<PoolState, "cooldownPeriod" | "claimReserve">): ClaimState {
  if (now < claimableAt(req, pool.cooldownPeriod)) return "cooling";
  return pool.claimReserve >= req.weiToReturn ? "ready" : "awaiting-reserve";
}

/**
 * What claimAll pays at `now`: every request past its cooldown. It reverts as a whole if the reserve runs out on
 * the way, so it is offered only when the reserve covers the sum.
 */
export function claimAllPlan(reqs: ClaimRequest[], now: bigint, pool: Pick<PoolState, "cooldownPeriod" | "claimReserve">) {
  const due = reqs.filter((r) => now >= claimableAt(r, pool.cooldownPeriod));
  const total = due.reduce((s, r) => s + r.weiToReturn, 0n);
  return { count: due.length, total, covered: total <= pool.claimReserve };
}
