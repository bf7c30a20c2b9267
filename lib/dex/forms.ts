import { type AmountLimit, balanceLimit, checkAmount, maxKeepingFee } from "@/lib/forms/amount";
import { parseAmount, toDecimalString } from "@/lib/format/amount";
import { amountErrorText } from "@/lib/i18n/amount-errors";
import { sentence, type Sentence } from "@/lib/i18n/sentence";
import type { TxPlan } from "@/lib/tx/lifecycle";
import { joinImpact, swapImpact } from "./impact";
import { poolBlocker } from "./labels";
import { PoolMathError, quoteExit, quoteGiveIn, quoteGiveOut, quoteJoin } from "./math";
import { bondPlan, exitPlan, joinPlan, lessSlippage, plusSlippage, swapPlan, unbondPlan } from "./messages";
import { type Route, bestRoute, tradablePools } from "./routes";
import type { DexContracts, DexPool, JoinQuote, SwapKind } from "./types";
import { type UnbondTerms, instantUnbondFee } from "./unbond-terms";

// The DEX forms as pure models: swap, add liquidity (any mix, or kept in the pool's ratio), remove liquidity, and
// bond / unbond LP. Inputs are what the user typed and the pools' state; out come the amounts, what each field
// says, the exact previews (the pools' integer math) with slippage limits, and the plan to sign.

/** Dexter's LP tokens are cw20s with 18 decimals. */
export const LP_DECIMALS = 18;

export interface SwapFormInput {
  pools: DexPool[];
  /**
   * the denoms chosen; empty opens on the pair a liquid staker comes for: the chain's own token into its
   * stkASSET (`preferred`) when both trade, else the first tradable one and the first other
   */
  from: string;
  to: string;
  preferred?: { from: string; to: string };
  kind: SwapKind;
  input: string;
  /** what the wallet holds of a denom; undefined when no account is connected */
  wallet?: (denom: string) => bigint;
  slippageBps: number;
  contracts?: DexContracts | null;
  address?: string;
  symbolOf: (denom: string) => string;
}

export interface SwapForm {
  /** every denom some tradable pool holds */
  denoms: string[];
  offer: string;
  ask: string;
  /** decimals of the typed side (offer for give-in, ask for give-out) */
  typedDecimals: number;
  decimalsOf: (denom: string) => number;
  /** the offer asset in the wallet (undefined without an account) */
  held: bigint | undefined;
  amount: bigint | null;
  error: Sentence | null;
  /** a positive amount and two assets, but no route that takes it */
  noRoute: boolean;
  /** why a pool holding both assets refuses the amount (e.g. more than half of it), when one does */
  noRouteReason: Sentence | null;
  route: Route | null;
  /** price impact as a fraction */
  impact: number | null;
  /** what leaves the wallet at most: the quote, or for a single-hop give-out the quote plus slippage (refunded if unused) */
  spend: bigint;
  /** the least received: the quote less slippage (a single-hop give-out receives exactly its amount) */
  minReceived: bigint;
  plan: TxPlan | null;
}

export function swapForm(f: SwapFormInput): SwapForm {
  const live = tradablePools(f.pools);
  const denoms = [...new Set(live.flatMap((p) => p.assets.map((a) => a.denom)))];
  const preferred = f.preferred && denoms.includes(f.preferred.from) && denoms.includes(f.preferred.to) ? f.preferred : null;
  const offer = f.from || preferred?.from || denoms[0] || "";
  const ask = f.to || (preferred && preferred.to !== offer ? preferred.to : "") || denoms.find((d) => d !== offer) || "";
  const decimalsOf = (denom: string) => live.flatMap((p) => p.assets).find((a) => a.denom === denom)?.decimals ?? 6;
  const typedDecimals = decimalsOf(f.kind === "give-in" ? offer : ask);
  const { amount, error: amountError } = checkAmount(f.input, typedDecimals);
  const route = amount !== null && offer !== ask ? bestRoute(f.pools, offer, ask, amount, f.kind) : null;
  // a give-out over one pool names its maximum spend; over several hops the router swaps the quoted input
  const exactOut = f.kind === "give-out" && route?.hops.length === 1;
  const spend = route ? (exactOut ? plusSlippage(route.amountIn, f.slippageBps) : route.amountIn) : 0n;
  const held = f.wallet?.(offer);
  const overBalance = !!route && held !== undefined && spend > held;
  const plan =
    route && f.contracts && f.address && !overBalance
      ? swapPlan({ sender: f.address, route, kind: f.kind, slippageBps: f.slippageBps, vault: f.contracts.vault, router: f.contracts.router })
      : null;
  return {
    denoms,
    offer,
    ask,
    typedDecimals,
    decimalsOf,
    held,
    amount,
    error: amountError ?? (overBalance ? sentence("amount.overBalance", { symbol: f.symbolOf(offer) }) : null),
    noRoute: amount !== null && offer !== ask && !route,
    noRouteReason: amount !== null && offer !== ask && !route ? directRefusal(live, offer, ask, amount, f.kind) : null,
    route,
    impact: route ? swapImpact(route) : null,
    spend,
    minReceived: route ? (exactOut ? route.amountOut : lessSlippage(route.amountOut, f.slippageBps)) : 0n,
    plan,
  };
}

/** The words of the first pool holding both assets that refuses the amount, or null. */
function directRefusal(pools: DexPool[], offer: string, ask: string, amount: bigint, kind: SwapKind): Sentence | null {
  for (const pool of pools) {
    const [i, o] = [pool.assets.findIndex((a) => a.denom === offer), pool.assets.findIndex((a) => a.denom === ask)];
    if (i < 0 || o < 0) continue;
    try {
      if (kind === "give-in") quoteGiveIn(pool, i, o, amount);
      else quoteGiveOut(pool, i, o, amount);
    } catch (e) {
      if (e instanceof PoolMathError) return e.text;
      throw e;
    }
  }
  return null;
}

/** Auto-balance: typing asset `k` fills the other fields in the pool's current ratio. */
export function balancedJoinInputs(pool: DexPool, inputs: string[], k: number, text: string): string[] {
  const next = [...inputs];
  next[k] = text;
  const typed = parseAmount(text, pool.assets[k].decimals);
  if (typed.ok && pool.assets[k].amount > 0n)
    pool.assets.forEach((a, j) => {
      if (j !== k) next[j] = toDecimalString((typed.base * a.amount) / pool.assets[k].amount, a.decimals);
    });
  return next;
}

/**
 * Max for asset `k` of a join, in base units: what the wallet holds of it (less `kept`, the fee reserve where the
 * asset pays fees), and kept to the pool's ratio, no more than every other asset's balance can match (the others
 * follow from it by balancedJoinInputs, rounded down, so they fit too).
 */
export function joinMax(pool: DexPool, held: bigint[], k: number, balanced: boolean, kept: bigint[]): bigint {
  const spendable = held.map((h, j) => maxKeepingFee(h, null, kept[j]).max);
  let max = spendable[k];
  if (balanced && pool.assets[k].amount > 0n)
    pool.assets.forEach((a, j) => {
      if (j !== k && a.amount > 0n) {
        const matched = (spendable[j] * pool.assets[k].amount) / a.amount;
        if (matched < max) max = matched;
      }
    });
  return max;
}

export interface JoinFormInput {
  pool: DexPool;
  /** one text per pool asset; an empty field deposits none of it */
  inputs: string[];
  /** each pool asset in the wallet */
  held: bigint[];
  slippageBps: number;
  autoStake: boolean;
  vault?: string;
  address: string;
  symbolOf: (denom: string) => string;
}

export interface JoinForm {
  /** why the pool takes no deposits, or null */
  blocker: Sentence | null;
  amounts: bigint[];
  errors: (Sentence | null)[];
  quote: JoinQuote | null;
  /** the pool math's refusal (e.g. a deposit too large for the pool), or null */
  quoteError: Sentence | null;
  impact: number | null;
  minLp: bigint;
  plan: TxPlan | null;
}

export function joinForm(f: JoinFormInput): JoinForm {
  const { pool } = f;
  const blocker = poolBlocker(pool, "deposit");
  const checks = pool.assets.map((a, k) =>
    f.inputs[k].trim() === "" ? { amount: 0n, error: null } : checkAmount(f.inputs[k], a.decimals, balanceLimit(f.held[k], f.symbolOf(a.denom))),
  );
  const amounts = checks.map((c) => c.amount ?? 0n);
  const errors = checks.map((c) => c.error);
  let quote: JoinQuote | null = null;
  let quoteError: Sentence | null = null;
  if (amounts.some((a) => a > 0n) && errors.every((e) => !e)) {
    try {
      quote = quoteJoin(pool, amounts);
      // the pool may answer 0 LP; the vault refuses to mint nothing
      if (quote.shares === 0n) [quote, quoteError] = [null, sentence("dex.math.joinTooSmall")];
    } catch (e) {
      if (!(e instanceof PoolMathError)) throw e;
      quoteError = e.text;
    }
  }
  const minLp = quote ? lessSlippage(quote.shares, f.slippageBps) : 0n;
  return {
    blocker,
    amounts,
    errors,
    quote,
    quoteError,
    // LP received against what a perfectly proportional deposit of the same value would get
    impact: quote && pool.lpSupply > 0n ? joinImpact(pool, amounts, quote.shares) : null,
    minLp,
    plan: quote && f.vault && !blocker ? joinPlan(f.address, f.vault, pool, amounts, minLp, f.autoStake) : null,
  };
}

export interface ExitFormInput {
  pool: DexPool;
  input: string;
  /** LP in the wallet (bonded LP must be unbonded first) */
  held: bigint;
  slippageBps: number;
  vault?: string;
  address: string;
}

export interface ExitForm {
  amount: bigint | null;
  error: Sentence | null;
  /** per pool asset: what the burn returns, and the least accepted */
  out: bigint[] | null;
  minOut: bigint[] | null;
  plan: TxPlan | null;
}

export function exitForm(f: ExitFormInput): ExitForm {
  const limit: AmountLimit = { limit: f.held, over: sentence("dex.pool.overLp") };
  const { amount, error } = checkAmount(f.input, LP_DECIMALS, limit);
  const out = amount !== null && !error ? quoteExit(f.pool, amount) : null;
  const minOut = out?.map((o) => lessSlippage(o, f.slippageBps)) ?? null;
  return { amount, error, out, minOut, plan: out && minOut && f.vault ? exitPlan(f.address, f.vault, f.pool, amount!, minOut) : null };
}

export interface BondFormInput {
  input: string;
  /** LP in the wallet (what can be bonded) and bonded (what can be unbonded) */
  held: bigint;
  bonded: bigint;
  multistaking: string;
  lpToken: string;
  address: string;
  /** the pool's unbonding terms, once known */
  terms?: UnbondTerms;
}

export interface BondForm {
  amount: bigint | null;
  error: Sentence | null;
  bond: TxPlan | null;
  /** an unbond into the lock period */
  unbond: TxPlan | null;
  /** an unbond without the lock, for the maximum fee (rounded up, as the contract takes it); null when off */
  instantUnbond: { plan: TxPlan; fee: bigint; receive: bigint; feeBps: number } | null;
}

/** One LP amount, two actions: bond what the wallet holds, or unbond what is bonded. */
export function bondForm(f: BondFormInput): BondForm {
  const parsed = parseAmount(f.input, LP_DECIMALS);
  const amount = parsed.ok ? parsed.base : null;
  return {
    amount,
    error: f.input && !parsed.ok ? amountErrorText(parsed.error) : null,
    bond: amount !== null && amount <= f.held ? bondPlan(f.address, f.multistaking, f.lpToken, amount) : null,
    unbond: amount !== null && amount > 0n && amount <= f.bonded ? unbondPlan(f.address, f.multistaking, f.lpToken, amount, false) : null,
    instantUnbond: amount !== null && amount > 0n && amount <= f.bonded && f.terms ? instantUnbondOf(f, f.terms, amount) : null,
  };
}

function instantUnbondOf(f: BondFormInput, terms: UnbondTerms, amount: bigint): BondForm["instantUnbond"] {
  const fee = instantUnbondFee(terms, amount);
  if (fee === null || !terms.instant) return null;
  return { plan: unbondPlan(f.address, f.multistaking, f.lpToken, amount, true), fee, receive: amount - fee, feeBps: terms.instant.maxFeeBps };
}
