import { BaseError, ContractFunctionRevertedError, InsufficientFundsError, UserRejectedRequestError, WaitForTransactionReceiptTimeoutError } from "viem";
import { formatAmount } from "../format/amount";
import { TxError } from "../tx/errors";

// EVM failures as the same TxError kinds the Cosmos side uses: wallet rejections, balances, wrong chain, and the
// StakePool's and stkBNB's custom errors decoded into sentences.

const bnb = (wei: unknown) => formatAmount(BigInt(wei as bigint), 18);

/** The contracts' custom errors, by name, as a sentence from their arguments. */
const REVERTS: Record<string, (args: readonly unknown[]) => string> = {
  LessThanMinimum: ([tag, expected, got]) =>
    tag === "Deposit"
      ? `The pool's minimum deposit is ${bnb(expected)} BNB; this was ${bnb(got)} BNB.`
      : `The pool's minimum unstake is ${bnb(expected)} stkBNB; this was ${bnb(got)}.`,
  DustNotAllowed: ([dust]) => `The amount must be a whole multiple of the pool's minimum; ${bnb(dust)} would be left over. Round it down and try again.`,
  CantClaimBeforeDeadline: () => "This claim is still cooling down: it can be claimed one second after its cooldown ends.",
  InsufficientClaimReserve: () => "The pool's claim reserve does not cover this claim yet: the operator adds to it when unbonding finishes. Try again later.",
  InsufficientFundsToSatisfyClaim: () => "The pool does not hold enough BNB to pay this claim right now. Try again later.",
  IndexOutOfBounds: () => "Your claims list changed since it was shown (a claim was paid). It has been refreshed: pick the claim again.",
  PausablePaused: () => "The stake pool is paused by its operators: deposits, unstakes and claims are stopped for now.",
  BNBTransferToUserFailed: () => "The pool could not send BNB to your address.",
  InsufficientBalance: ([balance, needed]) => `Your stkBNB balance (${bnb(balance)}) is below ${bnb(needed)}.`,
  RecipientHasNoHook: () => "stkBNB can only be sent to the stake pool or to an ordinary account.",
  UnknownSender: () => "The pool refused a transfer from an unknown sender.",
};

function revertOf(e: BaseError): ContractFunctionRevertedError | undefined {
  const found = e.walk((x) => x instanceof ContractFunctionRevertedError);
  return found instanceof ContractFunctionRevertedError ? found : undefined;
}

function hasCode(e: unknown, code: number): boolean {
  for (let x: unknown = e; x && typeof x === "object"; x = (x as { cause?: unknown }).cause) {
    if ((x as { code?: unknown }).code === code) return true;
  }
  return false;
}

export function toEvmTxError(e: unknown): TxError {
  if (e instanceof TxError) return e;
  const detail = e instanceof BaseError ? e.message : e instanceof Error ? e.message : String(e);
  if (e instanceof BaseError && e.walk((x) => x instanceof UserRejectedRequestError)) {
    return new TxError("rejected", "You rejected the transaction in your wallet. Nothing was sent.", detail);
  }
  if (hasCode(e, 4001)) return new TxError("rejected", "You rejected the transaction in your wallet. Nothing was sent.", detail);
  if (e instanceof BaseError) {
    const revert = revertOf(e);
    if (revert?.data?.errorName) {
      const say = REVERTS[revert.data.errorName];
      const message = say ? say(revert.data.args ?? []) : `The contract refused this transaction (${revert.data.errorName}).`;
      return new TxError("module", `${message} Nothing was sent.`, detail);
    }
    if (revert?.reason) return new TxError("module", `The contract refused this transaction: ${revert.reason}. Nothing was sent.`, detail);
    if (e.walk((x) => x instanceof InsufficientFundsError)) {
      return new TxError("insufficient-funds", "Your BNB balance is too low for this amount plus the gas.", detail);
    }
    if (e.walk((x) => x instanceof WaitForTransactionReceiptTimeoutError)) {
      return new TxError("timeout", "The transaction was sent but is not in a block yet. Check it by its hash before sending again.", detail);
    }
    if (e.walk((x) => (x as Error).name === "ChainMismatchError")) {
      return new TxError("wrong-chain", "Your wallet is on another chain than the one shown here. Switch it, then try again. Nothing was sent.", detail);
    }
  }
  if (hasCode(e, 4902)) return new TxError("wrong-chain", "Your wallet does not know this chain and did not add it. Nothing was sent.", detail);
  if (/fetch failed|failed to fetch|networkerror|econnrefused|HTTP request failed/i.test(detail)) {
    return new TxError("unreachable", "The BNB Chain node could not be reached. Nothing was sent.", detail);
  }
  return new TxError("unknown", "Something went wrong. Nothing was sent.", detail);
}
