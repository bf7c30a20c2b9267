import { createHash } from "node:crypto";
import secp256k1 from "secp256k1";
import { type StdFee, makeSignDoc, serializeSignDoc } from "@cosmjs/amino";
import type { AminoTypes } from "@cosmjs/stargate";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import { SignMode } from "cosmjs-types/cosmos/tx/signing/v1beta1/signing";
import { AuthInfo, SignDoc, TxBody, TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { SdkErrors } from "./errors.js";
import type { MsgHandler } from "./module.js";

// Decoding a TxRaw into typed Msgs, and the two sign modes a node must verify.

export interface DecodedMsg {
  typeUrl: string;
  value: unknown;
  handler: MsgHandler;
}

export interface DecodedTx {
  bytes: Uint8Array;
  /** upper-case hex SHA-256 of the TxRaw bytes, as CometBFT indexes it */
  hash: string;
  raw: TxRaw;
  body: TxBody;
  authInfo: AuthInfo;
  msgs: DecodedMsg[];
  /** unique signers in Msg order: signer i signs with signer_infos[i] */
  signers: string[];
}

export function txHash(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex").toUpperCase();
}

export function decodeTx(bytes: Uint8Array, handlers: Map<string, MsgHandler>): DecodedTx {
  let raw: TxRaw, body: TxBody, authInfo: AuthInfo;
  try {
    raw = TxRaw.decode(bytes);
    body = TxBody.decode(raw.bodyBytes);
    authInfo = AuthInfo.decode(raw.authInfoBytes);
  } catch (e) {
    throw SdkErrors.txDecode.with(`error decoding transaction: ${(e as Error).message}`);
  }
  if (!body.messages.length) throw SdkErrors.invalidRequest.with("must contain at least one message");
  const msgs = body.messages.map((any) => {
    const handler = handlers.get(any.typeUrl);
    if (!handler) throw SdkErrors.txDecode.with(`unable to resolve type URL ${any.typeUrl}`);
    try {
      return { typeUrl: any.typeUrl, value: handler.codec.decode(any.value), handler };
    } catch (e) {
      throw SdkErrors.txDecode.with(`error decoding ${any.typeUrl}: ${(e as Error).message}`);
    }
  });
  const signers: string[] = [];
  for (const m of msgs) for (const s of m.handler.signers(m.value)) if (!signers.includes(s)) signers.push(s);
  return { bytes, hash: txHash(bytes), raw, body, authInfo, msgs, signers };
}

/** The compressed secp256k1 key a signer info carries, if any. */
export function signerPubkey(authInfo: AuthInfo, index: number): Uint8Array | undefined {
  const any = authInfo.signerInfos[index]?.publicKey;
  if (!any || !any.value.length) return undefined;
  if (any.typeUrl !== "/cosmos.crypto.secp256k1.PubKey") {
    throw SdkErrors.invalidPubKey.with(`unsupported public key type ${any.typeUrl}`);
  }
  const key = PubKey.decode(any.value).key;
  if (key.length !== 33) throw SdkErrors.invalidPubKey.with(`invalid secp256k1 public key length ${key.length}`);
  return key;
}

export function signMode(authInfo: AuthInfo, index: number): SignMode {
  return authInfo.signerInfos[index]?.modeInfo?.single?.mode ?? SignMode.SIGN_MODE_UNSPECIFIED;
}

export interface SignerData {
  chainId: string;
  accountNumber: number;
  sequence: number;
}

export function directSignBytes(tx: DecodedTx, s: SignerData): Uint8Array {
  return SignDoc.encode(
    SignDoc.fromPartial({
      bodyBytes: tx.raw.bodyBytes,
      authInfoBytes: tx.raw.authInfoBytes,
      chainId: s.chainId,
      accountNumber: BigInt(s.accountNumber),
    }),
  ).finish();
}

/** The legacy amino StdSignDoc rebuilt from the tx with the registered converters, sorted and escaped. */
export function aminoSignBytes(tx: DecodedTx, s: SignerData, aminoTypes: AminoTypes): Uint8Array {
  const fee = tx.authInfo.fee;
  const stdFee: StdFee = {
    amount: (fee?.amount ?? []).map((c) => ({ denom: c.denom, amount: c.amount })),
    gas: (fee?.gasLimit ?? 0n).toString(),
    ...(fee?.granter ? { granter: fee.granter } : {}),
    ...(fee?.payer ? { payer: fee.payer } : {}),
  };
  let msgs;
  try {
    msgs = tx.msgs.map((m) => aminoTypes.toAmino({ typeUrl: m.typeUrl, value: m.value }));
  } catch (e) {
    throw SdkErrors.unauthorized.with(`cannot sign ${tx.msgs.map((m) => m.typeUrl).join(",")} in amino JSON: ${(e as Error).message}`);
  }
  const timeout = tx.body.timeoutHeight > 0n ? tx.body.timeoutHeight : undefined;
  const doc = makeSignDoc(msgs, stdFee, s.chainId, tx.body.memo, s.accountNumber, s.sequence, timeout);
  return serializeSignDoc(doc);
}

// secp256k1 group order / 2: the SDK rejects high-S signatures (malleability).
const HALF_ORDER = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0n;
/** Verdicts by sha256(pubkey | sign bytes | signature): CheckTx and DeliverTx verify the same tx once. */
const verdicts = new Map<string, boolean>();
const MAX_VERDICTS = 50_000;

/** secp256k1 ECDSA over sha256(signBytes), 64-byte r||s, low-S only (libsecp256k1 does the curve math). */
export function verifySecp256k1(pubkey: Uint8Array, signBytes: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== 64 || pubkey.length !== 33) return false;
  const s = BigInt(`0x${Buffer.from(signature.subarray(32)).toString("hex")}`);
  if (s > HALF_ORDER || s === 0n) return false;
  const digest = createHash("sha256").update(signBytes).digest();
  const id = createHash("sha256").update(pubkey).update(digest).update(signature).digest("base64");
  const known = verdicts.get(id);
  if (known !== undefined) return known;
  let ok: boolean;
  try {
    ok = secp256k1.ecdsaVerify(signature, digest, pubkey);
  } catch {
    ok = false; // not a point on the curve
  }
  if (verdicts.size >= MAX_VERDICTS) verdicts.delete(verdicts.keys().next().value!);
  verdicts.set(id, ok);
  return ok;
}
