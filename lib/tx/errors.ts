import { AllEndpointsFailedError, RpcResponseError } from "@/lib/chain/endpoints";
import { QueryError } from "@/lib/chain/abci";
import { WalletError, isUserRejection, thrownMessage } from "@/lib/wallet/types";
import { sentence, sentenceKeyText, type MessageKey, type Sentence } from "@/lib/i18n/sentence";

// Every failure a transaction can meet, as a kind the UI can act on and a sentence a person understands (a catalogue
// key, so the page says it in its language; `message` is the key, for logs). The raw detail is kept for "details".

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
    readonly text: Sentence,
    readonly detail: string,
    readonly extra: { code?: number; codespace?: string; hash?: string } = {},
  ) {
    super(sentenceKeyText(text));
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

const SDK_MESSAGES: Record<number, [TxErrorKind, MessageKey]> = {
  4: ["unauthorized", "txError.unauthorized"],
  5: ["insufficient-funds", "txError.insufficientFunds"],
  11: ["out-of-gas", "txError.outOfGas"],
  13: ["insufficient-fee", "txError.insufficientFee"],
  32: ["sequence-mismatch", "txError.sequenceMismatch"],
};

/** Module errors worth their own words; anything else shows the chain's message. */
const MODULE_MESSAGES: Record<string, MessageKey> = {
  staking: "txError.stakingRefused",
  distribution: "txError.distributionRefused",
  liquidstake: "txError.liquidStakeRefused",
  liquidstakeibc: "txError.liquidStakeRefused",
  wasm: "txError.contractRefused",
  sdk: "txError.chainRefused",
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
    const [kind, key] = SDK_MESSAGES[code];
    return new TxError(kind, sentence(key), log, extra);
  }
  // the chain's own reason stays as the chain wrote it
  const reason = chainReason(log);
  if (codespace === "wasm" && SLIPPAGE.test(log)) return new TxError("module", sentence("txError.slippage", { reason }), log, extra);
  const key = MODULE_MESSAGES[codespace];
  return new TxError("module", key ? sentence(key, { reason }) : sentence("txError.moduleRefused", { module: codespace, reason }), log, extra);
}

/** Maps whatever a wallet, cosmjs or the network threw into a TxError. */
export function toTxError(e: unknown): TxError {
  if (e instanceof TxError) return e;
  // a wallet may throw a plain object ({ code, message }: Cosmostation) rather than an Error
  const message = thrownMessage(e);
  if (isUserRejection(e)) return new TxError("rejected", sentence("txError.rejected"), message);
  if (e instanceof WalletError) return new TxError("wallet", e.text, e.detail ?? message);
  if (e instanceof AllEndpointsFailedError) {
    return new TxError("unreachable", sentence("txError.unreachableAll"), message);
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
  if (e instanceof RpcResponseError) return new TxError("unknown", sentence("txError.nodeError", { message: e.data || e.rpcMessage }), message);
  if (/fetch failed|failed to fetch|networkerror|econnrefused/i.test(message)) {
    return new TxError("unreachable", sentence("txError.unreachable"), message);
  }
  return new TxError("unknown", sentence("txError.unknown"), message);
}
