import { createHash } from "node:crypto";
import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { SdkErrors } from "../chain/errors.js";

// One devnet process serves one chain: core-1's "persistence", or a linked chain's (the counterparty profile, e.g.
// "osmo"), chosen once at start by setBech32Prefix before any genesis or module is built. Imports see the choice
// (ES module bindings are live).
export let BECH32_PREFIX = "persistence";
export let VALOPER_PREFIX = `${BECH32_PREFIX}valoper`;

export function setBech32Prefix(prefix: string): void {
  BECH32_PREFIX = prefix;
  VALOPER_PREFIX = `${prefix}valoper`;
}

/** Decodes and checks a bech32 address with the expected prefix, failing like the SDK's address codec. */
export function addressBytes(address: string, prefix = BECH32_PREFIX, field = "address"): Uint8Array {
  if (!address) throw SdkErrors.invalidAddress.with(`empty ${field} string is not allowed`);
  let decoded: { prefix: string; data: Uint8Array };
  try {
    decoded = fromBech32(address);
  } catch (e) {
    throw SdkErrors.invalidAddress.with(`invalid ${field} ${address}: decoding bech32 failed: ${(e as Error).message}`);
  }
  if (decoded.prefix !== prefix) {
    throw SdkErrors.invalidAddress.with(`invalid ${field} ${address}: invalid Bech32 prefix; expected ${prefix}, got ${decoded.prefix}`);
  }
  if (decoded.data.length !== 20 && decoded.data.length !== 32) {
    throw SdkErrors.invalidAddress.with(`invalid ${field} ${address}: address length must be 20 or 32 bytes, got ${decoded.data.length}`);
  }
  return decoded.data;
}

export function checkAddress(address: string, field = "address"): string {
  addressBytes(address, BECH32_PREFIX, field);
  return address;
}

export function checkValoper(address: string, field = "validator address"): string {
  addressBytes(address, VALOPER_PREFIX, field);
  return address;
}

export function hash(alg: "sha256" | "ripemd160", data: Uint8Array | string): Uint8Array {
  return new Uint8Array(createHash(alg).update(data).digest());
}

/** address.Module(name): sha256(name) truncated to 20 bytes, like authtypes.NewModuleAddress. */
export function moduleAddress(name: string): string {
  return toBech32(BECH32_PREFIX, hash("sha256", name).slice(0, 20));
}

/** secp256k1 account address: ripemd160(sha256(compressed pubkey)). */
export function pubkeyToAddress(pubkey: Uint8Array): string {
  return toBech32(BECH32_PREFIX, hash("ripemd160", hash("sha256", pubkey)));
}

export function toValoper(address: string): string {
  return toBech32(VALOPER_PREFIX, fromBech32(address).data);
}

export function valoperToAccount(valoper: string): string {
  return toBech32(BECH32_PREFIX, fromBech32(valoper).data);
}
