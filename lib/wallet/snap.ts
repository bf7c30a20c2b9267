import type { AminoSignResponse, StdSignDoc } from "@cosmjs/amino";
import type { DirectSignResponse } from "@cosmjs/proto-signing";
import type { Network } from "@/lib/chain/networks";
import { sentence } from "@/lib/i18n/sentence";
import { type OfflineSigner, WALLET_LABELS, type WalletAccount, WalletError, isUserRejection, thrownMessage } from "./types";

// The MetaMask Cosmos Snap (npm:@cosmsnap/snap, the Cosmos Extension for MetaMask), through MetaMask's own request
// API: wallet_requestSnaps installs and connects it, wallet_invokeSnap calls it. Its methods and their JSON as the
// snap's source answers them (cosmos/snap, packages/snap/src/index.ts): `initialized` / `initialize`, `getChains`,
// `addChain { chain_info }` (a chain-registry record), `getKey { chain_id }`, `signDirect` and `signAmino
// { chain_id, signer, sign_doc }`, each answering `{ data }`. Bytes cross as JSON objects of numbered bytes and the
// account number as a Long's parts, which is what the snap decodes. The snap keeps no Ledger keys.
// @cosmsnap/snapper wraps the same calls but brings appwrite and ses along; these few are written out.

export const SNAP_ID = "npm:@cosmsnap/snap";

interface Eip1193 {
  isMetaMask?: boolean;
  request(args: { method: string; params?: unknown }): Promise<unknown>;
}

function metaMask(): Eip1193 | undefined {
  if (typeof window === "undefined") return undefined;
  const ethereum = (window as { ethereum?: Eip1193 }).ethereum;
  return ethereum?.isMetaMask ? ethereum : undefined;
}

function mustMetaMask(): Eip1193 {
  const m = metaMask();
  if (!m) throw new WalletError("not-installed", sentence("walletError.notInstalled", { wallet: WALLET_LABELS.snap }));
  return m;
}

async function invoke<T>(method: string, params?: object): Promise<T> {
  const answer = await mustMetaMask().request({ method: "wallet_invokeSnap", params: { snapId: SNAP_ID, request: { method, ...(params ? { params } : {}) } } });
  return (answer as { data: T }).data;
}

/** The snap's chain record for a network (chain-registry field names, as its addChain reads them). */
export function snapChainInfo(network: Network) {
  const fee = network.feeDenom;
  return {
    chain_name: network.id,
    chain_id: network.chainId,
    pretty_name: network.name,
    slip44: network.coinType,
    bech32_prefix: network.bech32Prefix,
    fees: {
      fee_tokens: [
        {
          denom: fee,
          fixed_min_gas_price: Number(network.gasPrice.low),
          low_gas_price: Number(network.gasPrice.low),
          average_gas_price: Number(network.gasPrice.average),
          high_gas_price: Number(network.gasPrice.high),
        },
      ],
    },
    staking: { staking_tokens: [{ denom: fee }] },
    apis: { rpc: network.rpc.map((address) => ({ address })), rest: (network.rest.length ? network.rest : network.rpc).map((address) => ({ address })) },
    address: undefined,
  };
}

const bytes = (v: unknown) => Uint8Array.from(Object.values(v as Record<string, number>));
const jsonBytes = (b: Uint8Array) => Object.fromEntries(Array.from(b, (x, i) => [i, x]));

/** A uint64 as Long's parts, the account number's shape the snap decodes. */
export function longParts(n: bigint): { low: number; high: number; unsigned: boolean } {
  return { low: Number(n & 0xffffffffn) | 0, high: Number((n >> 32n) & 0xffffffffn) | 0, unsigned: true };
}

interface SnapKey {
  name: string;
  pubKey: unknown;
  bech32Address: string;
}

/** Installs (MetaMask asks), initialises and connects the snap, adds the network when the snap lacks it, reads the key. */
export async function connectSnap(network: Network): Promise<WalletAccount> {
  const mm = mustMetaMask();
  try {
    const snaps = (await mm.request({ method: "wallet_getSnaps" })) as Record<string, unknown>;
    if (!(SNAP_ID in snaps)) await mm.request({ method: "wallet_requestSnaps", params: { [SNAP_ID]: {} } });
    if (!(await invoke<{ initialized: boolean }>("initialized")).initialized) await invoke("initialize");
    const chains = (await invoke<{ chains: { chain_id: string }[] }>("getChains")).chains;
    if (!chains.some((c) => c.chain_id === network.chainId)) await invoke("addChain", { chain_info: JSON.stringify(snapChainInfo(network)) });
  } catch (e) {
    if (e instanceof WalletError) throw e;
    if (isUserRejection(e)) throw new WalletError("rejected", sentence("walletError.declined", { wallet: WALLET_LABELS.snap }), thrownMessage(e));
    throw new WalletError("unavailable", sentence("walletError.cannotConnect", { wallet: WALLET_LABELS.snap, network: network.name }), thrownMessage(e));
  }
  return readSnapAccount(network);
}

export async function readSnapAccount(network: Network): Promise<WalletAccount> {
  let key: SnapKey;
  try {
    key = await invoke<SnapKey>("getKey", { chain_id: network.chainId });
  } catch (e) {
    throw new WalletError("locked", sentence("walletError.locked", { wallet: WALLET_LABELS.snap }), thrownMessage(e));
  }
  if (!key?.bech32Address?.startsWith(`${network.bech32Prefix}1`)) {
    throw new WalletError("wrong-network", sentence("walletError.otherChain", { wallet: WALLET_LABELS.snap }), String(key?.bech32Address));
  }
  return { kind: "snap", address: key.bech32Address, name: key.name, isLedger: false };
}

/** A cosmjs offline signer (direct and amino) that asks the snap to sign. */
export function snapSigner(network: Network): OfflineSigner {
  const chain_id = network.chainId;
  return {
    async getAccounts() {
      const key = await invoke<SnapKey>("getKey", { chain_id });
      return [{ address: key.bech32Address, algo: "secp256k1" as const, pubkey: bytes(key.pubKey) }];
    },
    async signDirect(signer, doc): Promise<DirectSignResponse> {
      const sign_doc = {
        bodyBytes: jsonBytes(doc.bodyBytes),
        authInfoBytes: jsonBytes(doc.authInfoBytes),
        chainId: doc.chainId,
        accountNumber: longParts(doc.accountNumber),
      };
      const res = await invoke<{ signature: DirectSignResponse["signature"] }>("signDirect", { chain_id, signer, sign_doc });
      // the snap signs the document it was given: the bytes are ours, the signature its
      return { signed: doc, signature: res.signature };
    },
    async signAmino(signer: string, sign_doc: StdSignDoc): Promise<AminoSignResponse> {
      const res = await invoke<AminoSignResponse>("signAmino", { chain_id, signer, sign_doc });
      return { signed: sign_doc, signature: res.signature };
    },
  } as OfflineSigner;
}
