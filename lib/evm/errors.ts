import { BaseError, ContractFunctionRevertedError, InsufficientFundsError, UserRejectedRequestError, WaitForTransactionReceiptTimeoutError } from "viem";
import { formatAmount } from "@/lib/format/amount";
import { TxError } from "@/lib/tx/errors";
import { sentence, type Sentence } from "@/lib/i18n/sentence";

// EVM failures as the same TxError kinds the Cosmos side uses: wallet rejections, balances, wrong chain, and the
// StakePool's and stkBNB's custom errors decoded into sentences.

const bnb = (wei: unknown) => formatAmount(BigInt(wei as bigint), 18);

/** The contracts' custom errors, by name, as a sentence from their arguments. */
const REVERTS: Record<string, (args: readonly unknown[]) => Sentence> = {
  LessThanMinimum: ([tag, expected, got]) =>
    sentence(tag === "Deposit" ? "txError.evm.minimumDeposit" : "txError.evm.minimumUnstake", { expected: bnb(expected), got: bnb(got) }),
  DustNotAllowed: ([dust]) => sentence("txError.evm.dust", { dust: bnb(dust) }),
  CantClaimBeforeDeadline: () => sentence("txError.evm.coolingDown"),
  InsufficientClaimReserve: () => sentence("txError.evm.claimReserve"),
  InsufficientFundsToSatisfyClaim: () => sentence("txError.evm.poolFunds"),
  IndexOutOfBounds: () => sentence("txError.evm.claimsChanged"),
  PausablePaused: () => sentence("txError.evm.paused"),
  BNBTransferToUserFailed: () => sentence("txError.evm.transferFailed"),
  InsufficientBalance: ([balance, needed]) => sentence("txError.evm.stkBalance", { balance: bnb(balance), needed: bnb(needed) }),
  RecipientHasNoHook: () => sentence("txError.evm.noHook"),
  UnknownSender: () => sentence("txError.evm.unknownSender"),
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
    return new TxError("rejected", sentence("txError.rejected"), detail);
  }
  if (hasCode(e, 4001)) return new TxError("rejected", sentence("txError.rejected"), detail);
  if (e instanceof BaseError) {
    const revert = revertOf(e);
    if (revert?.data?.errorName) {
      const say = REVERTS[revert.data.errorName];
      return new TxError("module", say ? say(revert.data.args ?? []) : sentence("txError.evm.contractError", { name: revert.data.errorName }), detail);
    }
    if (revert?.reason) return new TxError("module", sentence("txError.evm.contractReason", { reason: revert.reason }), detail);
    if (e.walk((x) => x instanceof InsufficientFundsError)) {
      return new TxError("insufficient-funds", sentence("txError.evm.insufficientFunds"), detail);
    }
    if (e.walk((x) => x instanceof WaitForTransactionReceiptTimeoutError)) {
      return new TxError("timeout", sentence("txError.evm.timeout"), detail);
    }
    if (e.walk((x) => (x as Error).name === "ChainMismatchError")) {
      return new TxError("wrong-chain", sentence("txError.evm.wrongChain"), detail);
    }
  }
  if (hasCode(e, 4902)) return new TxError("wrong-chain", sentence("txError.evm.unknownChain"), detail);
  if (/fetch failed|failed to fetch|networkerror|econnrefused|HTTP request failed/i.test(detail)) {
    return new TxError("unreachable", sentence("txError.evm.unreachable"), detail);
  }
  return new TxError("unknown", sentence("txError.unknown"), detail);
}
