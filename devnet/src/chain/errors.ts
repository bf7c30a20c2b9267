// Errors as the Cosmos SDK reports them: a codespace, a code and a message ending in the registered
// description, e.g. "account sequence mismatch, expected 1, got 0: incorrect account sequence".

export class ChainError extends Error {
  constructor(
    readonly codespace: string,
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = "ChainError";
  }

  /** Prefixes context the way errorsmod.Wrap does ("context: original"). */
  wrap(context: string): ChainError {
    return new ChainError(this.codespace, this.code, `${context}: ${this.message}`);
  }
}

/** A registered error kind; `.with(detail)` renders "detail: description" like errorsmod.Wrap. */
export class ErrorKind {
  constructor(
    readonly codespace: string,
    readonly code: number,
    readonly description: string,
  ) {}

  with(detail?: string): ChainError {
    const message = detail ? `${detail}: ${this.description}` : this.description;
    return new ChainError(this.codespace, this.code, message);
  }
}

const sdk = (code: number, description: string) => new ErrorKind("sdk", code, description);

/** cosmos-sdk types/errors, same codes and descriptions. */
export const SdkErrors = {
  txDecode: sdk(2, "tx parse error"),
  invalidSequence: sdk(3, "invalid sequence"),
  unauthorized: sdk(4, "unauthorized"),
  insufficientFunds: sdk(5, "insufficient funds"),
  unknownRequest: sdk(6, "unknown request"),
  invalidAddress: sdk(7, "invalid address"),
  invalidPubKey: sdk(8, "invalid pubkey"),
  unknownAddress: sdk(9, "unknown address"),
  invalidCoins: sdk(10, "invalid coins"),
  outOfGas: sdk(11, "out of gas"),
  memoTooLarge: sdk(12, "memo too large"),
  insufficientFee: sdk(13, "insufficient fee"),
  tooManySignatures: sdk(14, "maximum number of signatures exceeded"),
  noSignatures: sdk(15, "no signatures supplied"),
  invalidRequest: sdk(18, "invalid request"),
  txInMempoolCache: sdk(19, "tx already in mempool"),
  txTooLarge: sdk(21, "tx too large"),
  invalidChainId: sdk(28, "invalid chain-id"),
  invalidType: sdk(29, "invalid type"),
  txTimeoutHeight: sdk(30, "tx timeout height"),
  wrongSequence: sdk(32, "incorrect account sequence"),
  notSupported: sdk(37, "feature not supported"),
  notFound: sdk(38, "not found"),
  invalidGasLimit: sdk(41, "invalid gas limit"),
} as const;

/** Anything thrown that is not a ChainError is an internal bug: report it as the SDK's undefined error. */
export function asChainError(err: unknown): ChainError {
  if (err instanceof ChainError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new ChainError("undefined", 1, `internal error: ${message}`);
}
