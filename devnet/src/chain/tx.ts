import { type KeyObject, createHash, createPublicKey, verify } from "node:crypto";
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
  value: any;
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
const SPKI_PREFIX = Buffer.from("3036301006072a8648ce3d020106052b8104000a032200", "hex");
const keyCache = new Map<string, KeyObject>();

/** secp256k1 ECDSA over sha256(signBytes), 64-byte r||s, low-S only; OpenSSL does the curve math. */
export function verifySecp256k1(pubkey: Uint8Array, signBytes: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== 64) return false;
  const s = BigInt(`0x${Buffer.from(signature.subarray(32)).toString("hex")}`);
  if (s > HALF_ORDER || s === 0n) return false;
  const id = Buffer.from(pubkey).toString("hex");
  let key = keyCache.get(id);
  if (!key) {
    try {
      key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, pubkey]), format: "der", type: "spki" });
    } catch {
      return false;
    }
    if (keyCache.size > 50_000) keyCache.clear();
    keyCache.set(id, key);
  }
  return verify("sha256", signBytes, { key, dsaEncoding: "ieee-p1363" }, signature);
}
