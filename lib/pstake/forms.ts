import { feeReserve } from "@/lib/bank/send";
import { type AmountLimit, balanceLimit, checkAmount, maxKeepingFee } from "@/lib/forms/amount";
import { toDecimalString } from "@/lib/format/amount";
import { sentence, type Sentence } from "@/lib/i18n/sentence";
import type { UnbondingEntry } from "@/lib/staking/staking";
import type { TxPlan } from "@/lib/tx/lifecycle";
import { Dec } from "./dec";
import {
  type LiquidStakeParams,
  type LiquidValidator,
  type NetAmountState,
  type StakeBlocker,
  type UnstakePreview,
  type UnstakeBlocker,
  isUnstakeBlocker,
  liquidStakePlan,
  liquidUnstakePlan,
  previewStake,
  previewUnstake,
  stakeBlocker,
  stakeToLpPlan,
  xprtPerStk,
} from "./liquidstake";
import {
  type HostChain,
  type IbcBlocker,
  describeIbcBlocker,
  ibcStakePlan,
  ibcUnstakePlan,
  isIbcBlocker,
  previewIbcStake,
  previewIbcUnstake,
  previewRedeem,
  redeemPlan,
} from "./liquidstakeibc";

// The liquid staking forms as pure models: what the user typed and what the chain says go in; the amount, what
// the field says, the preview, the plan to sign (null while anything blocks it) and Max come out. Components
// render these and nothing else decides; every branch is unit-tested in forms.test.ts without a chain.

/**
 * Gas of a liquid stake as the wallet will be asked for it (the chain's simulation, about 415,000 over four liquid
 * validators, times the 1.3 adjustment): the fee shown before the simulation answers, and what Max keeps back.
 * A test holds it within 20% of the devnet's simulation.
 */
export const STAKE_GAS_ESTIMATE = 540_000n;

/** Why a stake cannot go ahead, in words. */
export function stakeBlockerText(b: StakeBlocker): Sentence {
  switch (b.kind) {
    case "paused":
      return sentence("stake.blocker.paused");
    case "below-minimum":
      return sentence("stake.blocker.belowMinimum", { minimum: toDecimalString(b.minimum, 6) });
    case "no-active-validators":
      return sentence("stake.blocker.noActiveValidators");
    case "quorum":
      return sentence("stake.blocker.quorum", { share: Dec.toString(b.activeShare * 100n, 2) });
    case "too-small":
      return sentence("stake.blocker.tooSmall");
  }
}

/** Why an unstake cannot go ahead, in words (`moniker` names a validator operator address). */
export function unstakeBlockerText(b: UnstakeBlocker, moniker: (operator: string) => string, maxEntries: number): Sentence {
  switch (b.kind) {
    case "paused":
      return sentence("unstake.blocker.paused");
    case "exceeds-supply":
      return sentence("unstake.blocker.exceedsSupply");
    case "too-small":
      return sentence("unstake.blocker.tooSmall");
    case "max-entries":
      return sentence("unstake.blocker.maxEntries", { max: maxEntries, validator: moniker(b.validator) });
  }
}

/** What the liquid staking module's state says, each part undefined until read. */
export interface ModuleState {
  params?: LiquidStakeParams;
  states?: NetAmountState;
  validators?: LiquidValidator[];
}

export interface StakeFormInput extends ModuleState {
  input: string;
  /** XPRT in the wallet (uxprt) */
  balance: bigint;
  address: string;
}

export interface StakeForm {
  amount: bigint | null;
  /** what the amount field says (an amount error, the balance, or the module's refusal; not the pause, shown apart) */
  error: Sentence | null;
  paused: boolean;
  /** stkXPRT minted, when the stake would go ahead */
  minted: bigint | null;
  /** XPRT per stkXPRT (Dec) */
  rate: bigint | null;
  plan: TxPlan | null;
}

/** Stake XPRT into stkXPRT. */
export function stakeForm(f: StakeFormInput): StakeForm {
  const { amount, error: amountError } = checkAmount(f.input, 6, balanceLimit(f.balance, "XPRT"));
  const paused = !!f.params?.modulePaused;
  const blocker = f.params && f.validators && amount !== null ? stakeBlocker(amount, f.params, f.validators) : null;
  const minted = f.states && amount !== null ? previewStake(amount, f.states) : null;
  const refused: StakeBlocker | null = blocker ?? (minted === 0n ? { kind: "too-small" } : null);
  return {
    amount,
    error: amountError ?? (refused && !paused ? stakeBlockerText(refused) : null),
    paused,
    minted: minted !== null && !refused ? minted : null,
    rate: f.states ? xprtPerStk(f.states) : null,
    plan: amount !== null && !amountError && !refused && minted !== null ? liquidStakePlan(f.address, amount) : null,
  };
}

/** Max of a stake: the balance less the simulated fee, or less a reserve at the high gas price before that. */
export function stakeMax(balance: bigint, simulatedFee: bigint | null, highGasPrice: string): { max: bigint; kept: bigint } {
  return maxKeepingFee(balance, simulatedFee, feeReserve(highGasPrice, STAKE_GAS_ESTIMATE));
}

export interface UnstakeFormInput extends ModuleState {
  input: string;
  /** stkXPRT in the wallet */
  balance: bigint;
  address: string;
  /** the chain's staking params (only the max number of unbonding entries matters here) */
  stakingParams?: { maxEntries: number };
  /** the account's unbonding entries (the max-entries limit is per validator) */
  unbondings?: UnbondingEntry[];
  moniker: (operator: string) => string;
}

export interface UnstakeForm {
  amount: bigint | null;
  error: Sentence | null;
  paused: boolean;
  /** XPRT owed, the fee and the split per validator, when the unstake would go ahead */
  preview: UnstakePreview | null;
  plan: TxPlan | null;
}

/** Unstake stkXPRT: the XPRT owed after the fee, as unbonding entries; the max-entries limit explained first. */
export function unstakeForm(f: UnstakeFormInput): UnstakeForm {
  const { amount, error: amountError } = checkAmount(f.input, 6, balanceLimit(f.balance, "stkXPRT"));
  const paused = !!f.params?.modulePaused;
  let preview = f.params && f.states && f.validators && amount !== null ? previewUnstake(amount, f.states, f.params, f.validators) : null;
  // the chain would refuse a validator with a full list of unbonding entries: say so before signing
  if (preview && !isUnstakeBlocker(preview) && f.stakingParams && f.unbondings) {
    const max = f.stakingParams.maxEntries;
    const full = preview.entries.find((e) => f.unbondings!.filter((u) => u.validator === e.validator).length >= max);
    if (full) preview = { kind: "max-entries", validator: full.validator };
  }
  const blocker = preview && isUnstakeBlocker(preview) ? preview : null;
  const ok = preview && !isUnstakeBlocker(preview) ? preview : null;
  return {
    amount,
    error: amountError ?? (blocker && !paused ? unstakeBlockerText(blocker, f.moniker, f.stakingParams?.maxEntries ?? 7) : null),
    paused,
    preview: ok,
    plan: ok && amount !== null && !amountError ? liquidUnstakePlan(f.address, amount) : null,
  };
}

export interface ConvertFormInput extends ModuleState {
  input: string;
  /** the validator picked; the first eligible one when empty or no longer eligible */
  validator: string;
  delegations?: { validator: string; amount: bigint }[];
  address: string;
}

export interface ConvertForm {
  /** why converting is impossible on this chain, or null */
  unavailable: Sentence | null;
  /** delegations to whitelisted validators: only those convert */
  eligible: { validator: string; amount: bigint }[];
  chosen: { validator: string; amount: bigint } | null;
  amount: bigint | null;
  error: Sentence | null;
  minted: bigint | null;
  plan: TxPlan | null;
}

/** Convert a delegation into stkXPRT without unbonding (MsgStakeToLP; the stkXPRT is locked on the LP contract). */
export function convertForm(f: ConvertFormInput): ConvertForm {
  const whitelisted = new Set((f.params?.whitelisted ?? []).map((w) => w.validator));
  const eligible = (f.delegations ?? []).filter((d) => whitelisted.has(d.validator));
  const chosen = eligible.find((d) => d.validator === f.validator) ?? eligible[0] ?? null;
  const unavailable = !f.params
    ? null
    : f.params.lsmDisabled
      ? sentence("multi.convert.lsmDisabled")
      : !f.params.cwLockedPoolAddress
        ? sentence("multi.convert.noLpContract")
        : null;
  const limit: AmountLimit | undefined = chosen ? { limit: chosen.amount, over: sentence("multi.convert.overDelegation") } : undefined;
  const { amount, error: amountError } = checkAmount(f.input, 6, limit);
  const blocker = f.params && f.validators && amount !== null ? stakeBlocker(amount, f.params, f.validators) : null;
  const minted = f.states && amount !== null ? previewStake(amount, f.states) : null;
  const ready = chosen && amount !== null && !amountError && !blocker && minted && !unavailable;
  return {
    unavailable,
    eligible,
    chosen,
    amount,
    error: amountError ?? (blocker ? stakeBlockerText(blocker) : null),
    minted: minted && !blocker ? minted : null,
    plan: ready ? stakeToLpPlan(f.address, chosen.validator, amount) : null,
  };
}

/** A host chain's token and its stk as the page shows them. */
export interface HostTokens {
  symbol: string;
  stkSymbol: string;
  decimals: number;
}

export interface IbcStakeFormInput {
  input: string;
  /** the host token (its IBC denom) in the wallet */
  balance: bigint;
  host: HostChain;
  tokens: HostTokens;
  address: string;
}

export interface IbcStakeForm {
  amount: bigint | null;
  error: Sentence | null;
  /** stk minted, the deposit fee, and what the account receives */
  preview: { minted: bigint; fee: bigint; received: bigint } | null;
  plan: TxPlan | null;
}

/** Stake a host chain's token (multi-chain liquid staking). */
export function ibcStakeForm(f: IbcStakeFormInput): IbcStakeForm {
  const { amount, error: amountError } = checkAmount(f.input, f.tokens.decimals, balanceLimit(f.balance, f.tokens.symbol));
  const preview = amount !== null ? previewIbcStake(amount, f.host) : null;
  const blocker = preview && isIbcBlocker(preview) ? preview : null;
  const ok = preview && !isIbcBlocker(preview) ? preview : null;
  return {
    amount,
    error: amountError ?? (blocker ? describeIbcBlocker(blocker, f.tokens.symbol, f.tokens.decimals) : null),
    preview: ok,
    plan: ok && amount !== null && !amountError ? ibcStakePlan(f.address, f.host, amount) : null,
  };
}

/** One way out of a stkASSET: its preview when it can go ahead, else why not. */
export interface ExitOption<P> {
  preview: P | null;
  blocker: Sentence | null;
  plan: TxPlan | null;
}

export interface IbcExitFormInput {
  input: string;
  /** the stkASSET in the wallet */
  balance: bigint;
  host: HostChain;
  tokens: HostTokens;
  /** what the deposit pool can pay out now (undefined until read) */
  cap?: bigint;
  address: string;
}

export interface IbcExitForm {
  amount: bigint | null;
  error: Sentence | null;
  redeem: ExitOption<{ fee: bigint; out: bigint }>;
  unstake: ExitOption<{ fee: bigint; owed: bigint }>;
}

function exitOption<P extends object>(result: P | IbcBlocker | null, plan: () => TxPlan, tokens: HostTokens): ExitOption<P> {
  if (!result) return { preview: null, blocker: null, plan: null };
  if (isIbcBlocker(result)) return { preview: null, blocker: describeIbcBlocker(result, tokens.symbol, tokens.decimals), plan: null };
  return { preview: result, blocker: null, plan: plan() };
}

/** The two ways out of a multi-chain stkASSET, side by side: instant redeem from the deposit pool, or unstake. */
export function ibcExitForm(f: IbcExitFormInput): IbcExitForm {
  const { amount, error } = checkAmount(f.input, f.tokens.decimals, balanceLimit(f.balance, f.tokens.stkSymbol));
  const s = amount !== null && !error ? amount : null;
  return {
    amount,
    error,
    redeem: exitOption(s !== null && f.cap !== undefined ? previewRedeem(s, f.host, f.cap) : null, () => redeemPlan(f.address, f.host, s!), f.tokens),
    unstake: exitOption(s !== null ? previewIbcUnstake(s, f.host) : null, () => ibcUnstakePlan(f.address, f.host, s!), f.tokens),
  };
}
