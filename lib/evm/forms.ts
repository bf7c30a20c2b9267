import type { Address } from "viem";
import { toDecimalString } from "@/lib/format/amount";
import { amountErrorText } from "@/lib/i18n/amount-errors";
import { sentence, type Sentence } from "@/lib/i18n/sentence";
import { stakePoolAbi, stkBnbAbi } from "./abi.generated";
import { type DepositPreview, type PoolState, type UnstakePreview, previewDeposit, previewUnstake, roundDownTo, stepAmount } from "./math";
import type { EvmNetwork } from "./networks";
import type { ContractCall } from "./pool";

// The stkBNB forms as pure models: the typed BNB or stkBNB rounded to the pool's step (the rest stays in the
// wallet), the pool's refusals in words before any wallet opens, the preview from the pool's integer math, Max,
// and the contract call to simulate and sign.

/** BNB Max keeps back before an estimate exists: a deposit uses ~100k gas; 200k at 10 gwei is above BSC's usual cost. */
export const DEPOSIT_GAS_RESERVE = 200_000n * 10_000_000_000n;

/** stkBNB's send reverts with the pool's errors (its hook runs inside): decode them with both ABIs. */
const UNSTAKE_ABI = [...stkBnbAbi, ...stakePoolAbi.filter((x) => x.type === "error")];

export interface BnbStakeFormInput {
  input: string;
  pool: PoolState;
  /** BNB in the wallet, wei */
  balance: bigint;
  network: EvmNetwork;
  /** the deposit's estimated gas cost in wei, once known (a form is modelled again when it arrives) */
  gasCost: bigint | null;
  /**
   * whether the chain shows the pool as run (lib/evm/pool-operation.ts): a pool that is not takes no new stake;
   * undefined while its events are read (nothing to sign yet, nothing to complain of)
   */
  offered: boolean | undefined;
}

/** A stkBNB form: the typed amount as the pool takes it, its preview, and the call. */
export interface StepForm<P> {
  /** what the pool takes: the typed amount rounded down to its step */
  amount: bigint;
  /** the part of the typed amount the pool would refuse, left in the wallet */
  dust: bigint;
  preview: P;
  error: Sentence | null;
  max: bigint;
  /** the call to simulate and sign, or null while the amount cannot go */
  call: ContractCall | null;
}

export type BnbStakeForm = StepForm<DepositPreview>;

/**
 * The typed amount as the pool takes it (rounded down to its step, which is also its minimum) and the pool's
 * refusals in order: not an amount, paused, under the minimum, over the balance.
 */
function stepped(input: string, step: bigint, balance: bigint, paused: boolean, words: { min: "bnb.form.minDeposit" | "bnb.form.minUnstake"; over: Sentence }) {
  const { parsed, amount, dust } = stepAmount(input, step);
  const error = !input
    ? null
    : !parsed.ok
      ? amountErrorText(parsed.error)
      : paused
        ? sentence("bnb.form.pausedShort")
        : amount < step
          ? sentence(words.min, { minimum: toDecimalString(step, 18) })
          : amount > balance
            ? words.over
            : null;
  return { amount, dust, error, valid: parsed.ok && amount >= step && amount <= balance && !paused };
}

export function bnbStakeForm(f: BnbStakeFormInput): BnbStakeForm {
  const { pool } = f;
  const checked = stepped(f.input, pool.minBNBDeposit, f.balance, pool.paused, { min: "bnb.form.minDeposit", over: sentence("bnb.form.overBnb") });
  const { amount, dust } = checked;
  const preview = previewDeposit(pool, amount);
  const valid = checked.valid && preview.userTokens > 0n;
  const exitOnly = f.offered === false;
  const error = exitOnly
    ? sentence("bnb.exitOnly.noStake")
    : (checked.error ?? (f.input && f.gasCost !== null && amount + f.gasCost > f.balance ? sentence("bnb.form.noGas") : null));
  // Max keeps twice the estimated gas (the price may rise before the wallet signs), rounded to the pool's step
  const reserve = f.gasCost !== null ? f.gasCost * 2n : DEPOSIT_GAS_RESERVE;
  return {
    amount,
    dust,
    preview,
    error,
    max: roundDownTo(f.balance > reserve ? f.balance - reserve : 0n, pool.minBNBDeposit),
    call: valid && f.offered === true ? { address: f.network.stakePool, abi: stakePoolAbi, functionName: "deposit", value: amount } : null,
  };
}

export interface BnbUnstakeFormInput {
  input: string;
  pool: PoolState;
  /** stkBNB in the wallet, wei */
  balance: bigint;
  network: EvmNetwork;
}

/** The call sends stkBNB to the pool, whose hook queues the claim. */
export type BnbUnstakeForm = StepForm<UnstakePreview>;

export function bnbUnstakeForm(f: BnbUnstakeFormInput): BnbUnstakeForm {
  const { pool } = f;
  const { amount, dust, error, valid } = stepped(f.input, pool.minTokenWithdrawal, f.balance, pool.paused, {
    min: "bnb.form.minUnstake",
    over: sentence("bnb.form.overStk"),
  });
  return {
    amount,
    dust,
    preview: previewUnstake(pool, amount),
    error,
    max: roundDownTo(f.balance, pool.minTokenWithdrawal),
    call: valid
      ? { address: f.network.stkBNB, abi: UNSTAKE_ABI, functionName: "send", args: [f.network.stakePool, amount, "0x"] as readonly [Address, bigint, string] }
      : null,
  };
}
