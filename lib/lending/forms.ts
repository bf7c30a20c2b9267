import { feeReserve, maxSendable } from "@/lib/bank/send";
import { balanceLimit, checkAmount } from "@/lib/forms/amount";
import { formatAmount } from "@/lib/format/amount";
import { sentence, type Sentence } from "@/lib/i18n/sentence";
import type { TxPlan } from "@/lib/tx/lifecycle";
import { type LendingAccount, type LendingAction, type Market, lendingPlan } from "./mars";
import { owedAt } from "./math";
import { type LendingBlocker, type LendingPreview, maxAmount, previewLending } from "./preview";

// The lending form as a pure model: one of the four actions on one asset, at a block time. Out come the amount,
// what the field says (an amount error, the wallet, or the market's refusal with the largest amount that works),
// the preview of the position and health factor, Max for the action, and the plan.

/** Gas of a lending tx with headroom: what a supply of the fee token keeps back. */
export const LENDING_GAS_RESERVE = 600_000;
/** A full repay sends what is owed this long from now: the interest of the wait is covered, the excess refunded. */
export const REPAY_HEADROOM_SECONDS = 3600;

/** Why the form cannot go ahead, or null (a zero amount needs no words). `text` writes an amount of the asset. */
export function lendingBlockerText(b: LendingBlocker, symbol: string, text: (n: bigint) => string, limit: bigint): Sentence | null {
  switch (b.kind) {
    case "no-market":
      return sentence("lend.blocker.noMarket", { symbol });
    case "zero":
      return null;
    case "deposit-disabled":
      return sentence("lend.blocker.depositDisabled", { symbol });
    case "borrow-disabled":
      return sentence("lend.blocker.borrowDisabled", { symbol });
    case "cap":
      return sentence("lend.blocker.cap", { symbol, room: text(b.room) });
    case "no-collateral":
      return sentence("lend.blocker.noCollateral", { symbol });
    case "over-balance":
      return sentence("lend.blocker.overBalance", { symbol, max: text(b.max) });
    case "liquidity":
      return sentence("lend.blocker.liquidity", { symbol, available: text(b.available) });
    case "borrow-limit":
      return sentence("lend.blocker.borrowLimit", { symbol, limit: text(limit) });
    case "liquidatable":
      return sentence("lend.blocker.liquidatable", { symbol, limit: text(limit) });
    case "no-debt":
      return sentence("lend.blocker.noDebt", { symbol });
  }
}

export interface LendingFormInput {
  action: LendingAction;
  denom: string;
  input: string;
  markets: Market[];
  position: LendingAccount;
  /** the chain's time, ms */
  now: number;
  /** the asset in the wallet */
  wallet: bigint;
  decimals: number;
  symbol: string;
  feeDenom: string;
  highGasPrice: string;
  redBank: string;
  address: string;
}

export interface LendingForm {
  amount: bigint | null;
  /** a withdrawal of the whole supply with no debt: sent without an amount, so no dust stays behind */
  all: boolean;
  preview: LendingPreview | null;
  error: Sentence | null;
  /** what Max fills in for the action */
  max: bigint;
  /** the largest withdraw or borrow the account's health allows (0 for supply and repay) */
  limit: bigint;
  /** what a supply of the fee token keeps back for fees (0 otherwise) */
  gasReserve: bigint;
  plan: TxPlan | null;
}

export function lendingForm(f: LendingFormInput): LendingForm {
  const { action, denom, markets, position } = f;
  const market = markets.find((m) => m.denom === denom);
  const nowSeconds = Math.floor(f.now / 1000);
  const spendable = maxSendable(f.wallet, denom, f.feeDenom, f.highGasPrice, LENDING_GAS_RESERVE);
  const supplied = position.collaterals.find((c) => c.denom === denom);
  const debt = position.debts.find((d) => d.denom === denom);
  const owedSoon = market && debt ? owedAt(market, debt.amountScaled, nowSeconds + REPAY_HEADROOM_SECONDS) : 0n;
  const limit = action === "withdraw" || action === "borrow" ? maxAmount(action, denom, markets, position, nowSeconds) : 0n;
  const max = { supply: spendable, withdraw: limit, borrow: limit, repay: owedSoon < spendable ? owedSoon : spendable }[action];

  // supply and repay leave the wallet: more than it holds is the field's error; the market checks the rest
  const fromWallet = action === "supply" || action === "repay";
  const { amount, error: amountError } = checkAmount(f.input, f.decimals, fromWallet ? balanceLimit(f.wallet, f.symbol) : undefined);
  const all = action === "withdraw" && !!supplied && amount !== null && amount >= supplied.amount && position.debts.length === 0;
  const preview = amount !== null && market ? previewLending(action, denom, amount, markets, position, nowSeconds, all) : null;
  const text = (n: bigint) => formatAmount(n, f.decimals);
  const blocker = preview?.blocker ? lendingBlockerText(preview.blocker, f.symbol, text, limit) : null;
  return {
    amount,
    all,
    preview,
    error: amountError ?? blocker,
    max,
    limit,
    gasReserve: denom === f.feeDenom ? feeReserve(f.highGasPrice, LENDING_GAS_RESERVE) : 0n,
    plan: preview && !preview.blocker && !amountError ? lendingPlan(action, f.address, f.redBank, denom, amount!, all) : null,
  };
}
