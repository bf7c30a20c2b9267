import type { AminoTypes } from "@cosmjs/stargate";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { SdkErrors } from "./errors.js";
import { GasCosts } from "./gas.js";
import type { Ctx } from "./module.js";
import { type DecodedTx, aminoSignBytes, directSignBytes, signMode, signerPubkey, verifySecp256k1 } from "./tx.js";
import type { AuthModule } from "../modules/auth.js";
import type { BankModule } from "../modules/bank.js";
import { pubkeyToAddress } from "../util/address.js";
import { type Coin, coinsToString, parseCoins } from "../util/coins.js";
import { decFromString, decMulIntCeil } from "../util/dec.js";

// The ante handler: what every tx pays and proves before its Msgs run, in the SDK's decorator order.
// Its state changes (fee, pubkey, sequence) stand even when a Msg later fails.

export interface AnteEnv {
  auth: AuthModule;
  bank: BankModule;
  aminoTypes: AminoTypes;
  minGasPrices: { denom: string; amount: string }[];
  maxMemoCharacters: number;
  maxGasPerTx: number;
  /** Runs a fee transfer outside gas metering (its cost is the fixed FEE_DEDUCTION_GAS). */
  unmetered(ctx: Ctx, fn: (ctx: Ctx) => void): void;
}

/**
 * The fee transfer is charged a fixed amount instead of its store accesses: a simulation (which carries no fee)
 * then predicts the gas of the signed tx exactly.
 */
export const FEE_DEDUCTION_GAS = 12_000;
/**
 * Bytes a signed tx has that its simulation (cosmjs sends an empty signature and an empty Fee) lacks: the
 * 64-byte signature, and a Fee with one coin (~13 bytes) and a 3-byte gas limit, with their tags.
 */
const SIMULATED_SIGNATURE_BYTES = 64;
const SIMULATED_FEE_BYTES = 20;

export function runAnte(ctx: Ctx, tx: DecodedTx, env: AnteEnv): void {
  const simulate = ctx.mode === "simulate";
  const { body, authInfo, raw, signers } = tx;

  if (!simulate && raw.signatures.length === 0) throw SdkErrors.noSignatures.with();
  if (raw.signatures.length !== signers.length) {
    throw SdkErrors.unauthorized.with(`wrong number of signers; expected ${signers.length}, got ${raw.signatures.length}`);
  }
  if (authInfo.signerInfos.length !== signers.length) {
    throw SdkErrors.unauthorized.with(`invalid number of signer;  expected: ${signers.length}, got ${authInfo.signerInfos.length}`);
  }
  if (body.memo.length > env.maxMemoCharacters) {
    throw SdkErrors.memoTooLarge.with(`maximum number of characters is ${env.maxMemoCharacters} but received ${body.memo.length} characters`);
  }
  if (body.timeoutHeight > 0n && BigInt(ctx.height) > body.timeoutHeight) {
    throw SdkErrors.txTimeoutHeight.with(`block height: ${ctx.height}, timeout height: ${body.timeoutHeight}`);
  }
  const gasLimit = authInfo.fee?.gasLimit ?? 0n;
  if (!simulate && gasLimit > BigInt(env.maxGasPerTx)) {
    throw SdkErrors.invalidGasLimit.with(`gas limit ${gasLimit} exceeds the block maximum ${env.maxGasPerTx}`);
  }

  // ConsumeTxSizeGas
  let sizeBytes = tx.bytes.length;
  if (simulate) sizeBytes += signers.length * SIMULATED_SIGNATURE_BYTES + (authInfo.fee?.amount.length ? 0 : SIMULATED_FEE_BYTES);
  ctx.gas.consume(GasCosts.txSizeCostPerByte * sizeBytes, "txSize");

  // DeductFee (with the min gas price check of CheckTx)
  const fee = parseCoins(authInfo.fee?.amount ?? [], "fee");
  if (ctx.mode === "check") checkFee(fee, gasLimit, env.minGasPrices);
  if (authInfo.fee?.granter) throw SdkErrors.invalidRequest.with("fee grants are not enabled on this chain");
  const feePayer = authInfo.fee?.payer || signers[0];
  if (!env.auth.getAccount(ctx, feePayer)) throw SdkErrors.unknownAddress.with(`fee payer address: ${feePayer} does not exist`);
  ctx.gas.consume(FEE_DEDUCTION_GAS, "deductFee");
  if (fee.length) {
    env.unmetered(ctx, (free) => {
      try {
        env.bank.sendToModule(free, feePayer, "fee_collector", fee);
      } catch (e) {
        throw (e as { wrap?: (s: string) => Error }).wrap?.("insufficient funds to pay for fees") ?? e;
      }
    });
  }
  ctx.events.emit("tx", { fee: coinsToString(fee), fee_payer: feePayer });

  // SetPubKey, SigGasConsume, SigVerification
  const accounts = signers.map((address, i) => {
    const account = env.auth.getAccount(ctx, address);
    if (!account) throw SdkErrors.unknownAddress.with(`account ${address} does not exist`);
    const provided = signerPubkey(authInfo, i);
    if (provided) {
      if (pubkeyToAddress(provided) !== address) {
        throw SdkErrors.invalidPubKey.with(`pubKey does not match signer address ${address} with signer index: ${i}`);
      }
      const encoded = Buffer.from(provided).toString("base64");
      if (account.pubKey !== encoded) {
        if (account.pubKey) throw SdkErrors.invalidPubKey.with(`pubKey does not match signer address ${address} with signer index: ${i}`);
        account.pubKey = encoded;
        env.auth.setAccount(ctx, account);
      }
    }
    return account;
  });
  accounts.forEach((account, i) => {
    ctx.gas.consume(GasCosts.sigVerifyCostSecp256k1, "ante verify: secp256k1");
    ctx.events.emit("tx", { acc_seq: `${account.address}/${account.sequence}` });
    const sequence = authInfo.signerInfos[i].sequence;
    if (sequence !== BigInt(account.sequence)) {
      throw SdkErrors.wrongSequence.with(`account sequence mismatch, expected ${account.sequence}, got ${sequence}`);
    }
    if (!simulate) {
      if (!account.pubKey) throw SdkErrors.invalidPubKey.with("pubkey on account is not set");
      const signer = { chainId: ctx.chainId, accountNumber: account.accountNumber, sequence: account.sequence };
      const mode = signMode(authInfo, i);
      let signBytes: Uint8Array;
      if (mode === SignMode.SIGN_MODE_DIRECT) signBytes = directSignBytes(tx, signer);
      else if (mode === SignMode.SIGN_MODE_LEGACY_AMINO_JSON) signBytes = aminoSignBytes(tx, signer, env.aminoTypes);
      else throw SdkErrors.notSupported.with(`unsupported sign mode ${mode}`);
      if (!verifySecp256k1(Buffer.from(account.pubKey, "base64"), signBytes, raw.signatures[i])) {
        throw SdkErrors.unauthorized.with(
          `signature verification failed; please verify account number (${account.accountNumber}), sequence (${account.sequence}) and chain-id (${ctx.chainId})`,
        );
      }
    }
    ctx.events.emit("tx", { signature: Buffer.from(raw.signatures[i]).toString("base64") });
  });

  // IncrementSequence
  for (const account of accounts) {
    const fresh = env.auth.getAccount(ctx, account.address)!;
    env.auth.setAccount(ctx, { ...fresh, sequence: fresh.sequence + 1 });
  }
}

/** Min gas price check: every fee denom must be accepted, and the fee must cover gas x price in one of them. */
export function checkFee(fee: Coin[], gasLimit: bigint, minGasPrices: { denom: string; amount: string }[]): void {
  const accepted = new Set(minGasPrices.map((p) => p.denom));
  for (const c of fee) {
    if (!accepted.has(c.denom)) {
      throw SdkErrors.insufficientFee.with(`fee denom ${c.denom} is not accepted; use one of ${[...accepted].join(", ")}`);
    }
  }
  const required = minGasPrices.map((p) => ({ denom: p.denom, amount: decMulIntCeil(decFromString(p.amount), gasLimit) }));
  if (required.every((r) => r.amount === 0n)) return;
  const covered = required.some((r) => (fee.find((c) => c.denom === r.denom)?.amount ?? 0n) >= r.amount);
  if (!covered) {
    throw SdkErrors.insufficientFee.with(`insufficient fees; got: ${coinsToString(fee)} required: ${coinsToString(required)}`);
  }
}
