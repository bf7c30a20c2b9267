import { SdkErrors } from "./errors.js";

// Gas costs of the Cosmos SDK's KVGasConfig and x/auth default params: fixed numbers per access and per byte,
// so a simulation that touches the same keys predicts execution exactly.
export const GasCosts = {
  hasCost: 1000,
  deleteCost: 1000,
  readCostFlat: 1000,
  readCostPerByte: 3,
  writeCostFlat: 2000,
  writeCostPerByte: 30,
  iterNextCostFlat: 30,
  txSizeCostPerByte: 10,
  sigVerifyCostSecp256k1: 1000,
} as const;

export class OutOfGasError extends Error {
  constructor(readonly descriptor: string) {
    super(`out of gas in location: ${descriptor}`);
  }
}

export class GasMeter {
  private used = 0n;

  constructor(readonly limit: bigint | null) {}

  get consumed(): bigint {
    return this.used;
  }

  consume(amount: number | bigint, descriptor: string): void {
    this.used += BigInt(amount);
    if (this.limit !== null && this.used > this.limit) throw new OutOfGasError(descriptor);
  }

  /** The SDK's message for a tx that ran out: "out of gas in location: X; gasWanted: W, gasUsed: U: out of gas". */
  outOfGas(err: OutOfGasError) {
    return SdkErrors.outOfGas.with(`${err.message}; gasWanted: ${this.limit ?? 0n}, gasUsed: ${this.used}`);
  }
}
