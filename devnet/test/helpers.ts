import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Secp256k1HdWallet, makeCosmoshubPath } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient, StargateClient } from "@cosmjs/stargate";
import { DEMO_MNEMONIC } from "../src/genesis.js";
import { startDevnet } from "../src/server/rpc.js";

export const GENESIS_TIME = "2026-01-01T00:00:00Z";
export const GAS_PRICE = GasPrice.fromString("0.025uxprt");

export type TestDevnet = Awaited<ReturnType<typeof startTestDevnet>>;

/** A devnet on a free port in a fresh temp home, with a fixed genesis time so runs repeat exactly. */
export async function startTestDevnet(
  opts: {
    home?: string;
    blockTimeMs?: number | null;
    reset?: boolean;
    profile?: "devnet" | "mainnet";
    chainId?: string;
    keepBlocks?: number;
    relayTo?: string;
    relayEveryMs?: number;
  } = {},
) {
  const home = opts.home ?? mkdtempSync(join(tmpdir(), "devnet-test-"));
  const devnet = await startDevnet({
    home,
    port: 0,
    genesisTime: GENESIS_TIME,
    blockTimeMs: opts.blockTimeMs ?? null,
    reset: opts.reset,
    profile: opts.profile,
    chainId: opts.chainId,
    keepBlocks: opts.keepBlocks,
    relayTo: opts.relayTo,
    relayEveryMs: opts.relayEveryMs,
  });
  return {
    ...devnet,
    home,
    rpc: (method: string, params: object = {}) => rpcCall(devnet.url, method, params),
  };
}

/**
 * One devnet for a suite, reverted to its starting state before every test (snapshot/revert).
 * Returns a getter, since the devnet exists only once beforeAll has run.
 */
export function isolatedDevnet(hooks: {
  beforeAll: (fn: () => Promise<void>) => void;
  beforeEach: (fn: () => Promise<void>) => void;
  afterAll: (fn: () => Promise<void>) => void;
}) {
  let devnet: TestDevnet;
  let snapshot: string;
  hooks.beforeAll(async () => {
    devnet = await startTestDevnet();
    snapshot = (await devnet.rpc("devnet_snapshot")).result.id;
  });
  hooks.beforeEach(async () => {
    await devnet.rpc("devnet_revert", { id: snapshot });
    snapshot = (await devnet.rpc("devnet_snapshot")).result.id;
  });
  hooks.afterAll(() => devnet.stop());
  return () => devnet;
}

export async function rpcCall(url: string, method: string, params: object = {}): Promise<any> {
  const res = await fetch(url, { method: "POST", body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) });
  return res.json();
}

export async function directWallet(index = 0) {
  return DirectSecp256k1HdWallet.fromMnemonic(DEMO_MNEMONIC, { prefix: "persistence", hdPaths: [makeCosmoshubPath(index)] });
}

export async function aminoWallet(index = 0) {
  return Secp256k1HdWallet.fromMnemonic(DEMO_MNEMONIC, { prefix: "persistence", hdPaths: [makeCosmoshubPath(index)] });
}

export async function signingClient(url: string, wallet: DirectSecp256k1HdWallet | Secp256k1HdWallet) {
  return SigningStargateClient.connectWithSigner(url, wallet, { gasPrice: GAS_PRICE, broadcastPollIntervalMs: 50 });
}

export async function queryClient(url: string) {
  return StargateClient.connect(url);
}

import { type EncodeObject, Registry, encodePubkey, makeAuthInfoBytes, makeSignDoc } from "@cosmjs/proto-signing";
import { encodeSecp256k1Pubkey } from "@cosmjs/amino";
import { defaultRegistryTypes } from "@cosmjs/stargate";
import { TxRaw } from "cosmjs-types/cosmos/tx/v1beta1/tx";

export const registry = new Registry(defaultRegistryTypes);

/** Signs a tx by hand (SIGN_MODE_DIRECT) so tests can get every field wrong on purpose. */
export async function signDirect(opts: {
  wallet: DirectSecp256k1HdWallet;
  msgs: EncodeObject[];
  chainId?: string;
  accountNumber: number;
  sequence: number;
  fee?: { amount: { denom: string; amount: string }[]; gas: number };
  memo?: string;
}): Promise<Uint8Array> {
  const [account] = await opts.wallet.getAccounts();
  const bodyBytes = registry.encode({ typeUrl: "/cosmos.tx.v1beta1.TxBody", value: { messages: opts.msgs, memo: opts.memo ?? "" } });
  const fee = opts.fee ?? { amount: [{ denom: "uxprt", amount: "5000" }], gas: 200_000 };
  const authInfoBytes = makeAuthInfoBytes(
    [{ pubkey: encodePubkey(encodeSecp256k1Pubkey(account.pubkey)), sequence: opts.sequence }],
    fee.amount,
    fee.gas,
    undefined,
    undefined,
  );
  const doc = makeSignDoc(bodyBytes, authInfoBytes, opts.chainId ?? "devnet-1", opts.accountNumber);
  const { signature, signed } = await opts.wallet.signDirect(account.address, doc);
  return TxRaw.encode({
    bodyBytes: signed.bodyBytes,
    authInfoBytes: signed.authInfoBytes,
    signatures: [Buffer.from(signature.signature, "base64")],
  }).finish();
}

export function b64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64");
}

import { AminoTypes, createDefaultAminoConverters } from "@cosmjs/stargate";
import { pstakeAminoConverters, pstakeProtoRegistry } from "persistenceonejs/pstake/client";

/** A signing client that knows the pSTAKE Msgs (default registry + pSTAKE, as the app builds it). */
export async function pstakeClient(url: string, wallet: DirectSecp256k1HdWallet | Secp256k1HdWallet) {
  return SigningStargateClient.connectWithSigner(url, wallet, {
    gasPrice: GAS_PRICE,
    broadcastPollIntervalMs: 50,
    registry: new Registry([...defaultRegistryTypes, ...pstakeProtoRegistry]),
    aminoTypes: new AminoTypes({ ...createDefaultAminoConverters(), ...pstakeAminoConverters }),
  });
}
