import { AllEndpointsFailedError, RpcResponseError } from "../chain/endpoints";
import { QueryError } from "../chain/abci";
import { WalletError, isUserRejection } from "../wallet/types";

// Every failure a transaction can meet, as a kind the UI can act on and a sentence a person understands.
// The raw detail is kept for the "details" toggle.

export type TxErrorKind =
  | "rejected"
  | "insufficient-funds"
  | "insufficient-fee"
  | "out-of-gas"
  | "sequence-mismatch"
  | "unauthorized"
  | "wrong-chain"
  | "unreachable"
  | "timeout"
  | "dropped"
  | "account-changed"
  | "wallet"
  | "module"
  | "unknown";

export class TxError extends Error {
  constructor(
    readonly kind: TxErrorKind,
    message: string,
    readonly detail: string,
    readonly extra: { code?: number; codespace?: string; hash?: string } = {},
  ) {
    super(message);
    this.name = "TxError";
  }

  /**
   * Worth trying again as is (a retry signs afresh with the current sequence and state). Not after a timeout: that
   * tx may still be included, and a second one would be a double submit.
   */
  get retryable(): boolean {
    return this.kind !== "wrong-chain" && this.kind !== "timeout" && this.kind !== "account-changed";
  }
}

const SDK_MESSAGES: Record<number, [TxErrorKind, string]> = {
  4: ["unauthorized", "The chain did not accept the signature. Check that your wallet is on the network shown here, then try again."],
  5: ["insufficient-funds", "Your balance is too low for this amount plus the network fee."],
  11: ["out-of-gas", "The transaction ran out of gas. Try again: the fee will be estimated afresh."],
  13: ["insufficient-fee", "The network fee was too low for this node's minimum gas price."],
  32: ["sequence-mismatch", "Another transaction from this account was processed first. Try again."],
};

/** Module errors worth their own words; anything else shows the chain's message. */
const MODULE_MESSAGES: Record<string, string> = {
  staking: "The staking module refused this transaction",
  distribution: "The distribution module refused this transaction",
  liquidstake: "The liquid staking module refused this transaction",
  liquidstakeibc: "The liquid staking module refused this transaction",
  wasm: "The contract refused this transaction",
};

/** "failed to execute message; message index: 0: X: description" -> "X: description" */
function chainReason(log: string): string {
  return log
    .replace(/^failed to execute message; message index: \d+: /, "")
    .replace(/ With gas wanted: .*$/, "")
    .trim();
}

/** Dexter's slippage guards: min_receive, max_spend, minimum_receive, min_lp_to_receive, min_assets_out */
const SLIPPAGE =
  /Minimum receive amount not met|Maximum spend amount exceeded|less than minimum_receive|Minimum LP to receive not met|Minimum assets out not met/;

export function fromChainCode(code: number, codespace: string, log: string, hash?: string): TxError {
  const extra = { code, codespace, hash };
  if (codespace === "sdk" && SDK_MESSAGES[code]) {
    const [kind, message] = SDK_MESSAGES[code];
    return new TxError(kind, message, log, extra);
  }
  if (codespace === "wasm" && SLIPPAGE.test(log)) {
    return new TxError(
      "module",
      `The price moved beyond your slippage tolerance since the preview (${chainReason(log)}). Nothing was traded; review the new quote or raise the tolerance.`,
      log,
      extra,
    );
  }
  const prefix =
    MODULE_MESSAGES[codespace] ?? (codespace === "sdk" ? "The chain refused this transaction" : `The ${codespace} module refused this transaction`);
  return new TxError("module", `${prefix}: ${chainReason(log)}.`, log, extra);
}

/** Maps whatever a wallet, cosmjs or the network threw into a TxError. */
export function toTxError(e: unknown): TxError {
  if (e instanceof TxError) return e;
  const message = e instanceof Error ? e.message : String(e);
  if (isUserRejection(e)) return new TxError("rejected", "You rejected the transaction in your wallet. Nothing was sent.", message);
  if (e instanceof WalletError) return new TxError("wallet", e.message, e.detail ?? message);
  if (e instanceof AllEndpointsFailedError) {
    return new TxError("unreachable", "No node of this network answered. Check your connection; nothing was sent.", message);
  }
  if (e instanceof QueryError) return fromChainCode(e.code, e.codespace, e.log);
  // cosmjs: simulation ("Query failed with (5): ...") and CheckTx (BroadcastTxError has code/codespace/log)
  const simulated = /Query failed with \((\d+)\): ([\s\S]*)$/.exec(message);
  // cosmjs drops the codespace of a failed simulation; wasmd's errors say theirs in the log
  if (simulated) return fromChainCode(Number(simulated[1]), /wasm contract failed/.test(simulated[2]) ? "wasm" : "sdk", simulated[2]);
  const withCode = e as { code?: unknown; codespace?: unknown; log?: unknown };
  if (typeof withCode.code === "number" && typeof withCode.codespace === "string") {
    return fromChainCode(withCode.code, withCode.codespace, String(withCode.log ?? message));
  }
  if (e instanceof RpcResponseError) return new TxError("unknown", `The node answered with an error: ${e.data || e.rpcMessage}`, message);
  if (/fetch failed|failed to fetch|networkerror|econnrefused/i.test(message)) {
    return new TxError("unreachable", "The network could not be reached. Nothing was sent.", message);
  }
  return new TxError("unknown", "Something went wrong. Nothing was sent.", message);
}
