import type { OfflineDirectSigner } from "@cosmjs/proto-signing";
import { fromBase64, toBase64 } from "@cosmjs/encoding";
import { SignClient } from "@walletconnect/sign-client";
import type { Network } from "@/lib/chain/networks";
import { sentence } from "@/lib/i18n/sentence";
import { WALLETCONNECT_PROJECT_ID, WALLETCONNECT_RELAY } from "./walletconnect-config";
import { WALLET_LABELS, type WalletAccount, WalletError, isUserRejection, thrownMessage } from "./types";

// WalletConnect v2 for wallets on another device or app (Keplr Mobile, Cosmostation mobile): a pairing URI shown as
// a QR code and a deep link, a session for the network's chain (CAIP-2 "cosmos:<chain id>"), and the Cosmos RPC
// methods every WalletConnect Cosmos wallet answers (cosmos_getAccounts, cosmos_signDirect). The session lives in
// the client's own storage, so a reload finds it; a session the wallet ended is said so. Loaded only when picked.

type Client = Awaited<ReturnType<typeof SignClient.init>>;
type Session = ReturnType<Client["session"]["getAll"]>[number];

const METHODS = ["cosmos_getAccounts", "cosmos_signDirect", "cosmos_signAmino"];
const EVENTS = ["chainChanged", "accountsChanged"];
const caip2 = (network: Network) => `cosmos:${network.chainId}`;

let client: Promise<Client> | null = null;
const endedListeners = new Set<() => void>();

function getClient(): Promise<Client> {
  client ??= SignClient.init({
    projectId: WALLETCONNECT_PROJECT_ID,
    relayUrl: WALLETCONNECT_RELAY,
    telemetryEnabled: false,
    metadata: {
      name: "Persistence Liquid Staking Hub",
      description: "Liquid staking on Persistence",
      url: window.location.origin,
      icons: [`${window.location.origin}/icon.svg`],
    },
  }).then((c) => {
    // the wallet ended the session (or it expired): whoever connected through it is told
    const ended = () => endedListeners.forEach((l) => l());
    c.on("session_delete", ended);
    c.on("session_expire", ended);
    return c;
  });
  client.catch(() => (client = null));
  return client;
}

function sessionFor(c: Client, network: Network): Session | undefined {
  const chain = caip2(network);
  return c.session.getAll().find((s) => s.namespaces.cosmos?.chains?.includes(chain) && s.expiry * 1000 > Date.now());
}

function accountOf(session: Session, network: Network): WalletAccount {
  const address = session.namespaces.cosmos?.accounts.find((a) => a.startsWith(`${caip2(network)}:`))?.split(":")[2];
  if (!address?.startsWith(`${network.bech32Prefix}1`)) {
    throw new WalletError("wrong-network", sentence("walletError.otherChain", { wallet: WALLET_LABELS.walletconnect }), String(address));
  }
  return { kind: "walletconnect", address, name: session.peer.metadata.name, isLedger: false };
}

export interface PairingHooks {
  /** a new pairing: show its URI (QR code, deep link) until the wallet answers */
  onUri(uri: string): void;
  /** the session ended on the wallet's side, or expired */
  onEnded(): void;
}

/**
 * The account of a WalletConnect session for the network: the existing one, or (when `interactive`) a new pairing
 * the user approves in the wallet. Without a session and not interactive (a reload), it says the session ended.
 */
export async function connectWalletConnect(network: Network, hooks: PairingHooks, interactive: boolean): Promise<WalletAccount> {
  let c: Client;
  try {
    c = await getClient();
  } catch (e) {
    throw new WalletError("unavailable", sentence("walletError.wcRelay"), thrownMessage(e));
  }
  endedListeners.clear();
  endedListeners.add(hooks.onEnded);
  let session = sessionFor(c, network);
  if (!session) {
    if (!interactive) {
      // a session approved for another network (the user switched networks) is kept for when they switch back
      if (c.session.getAll().length) throw new WalletError("wrong-network", sentence("walletError.wcOtherNetwork", { network: network.name }));
      throw new WalletError("unavailable", sentence("walletError.wcEnded"));
    }
    const { uri, approval } = await c.connect({ optionalNamespaces: { cosmos: { chains: [caip2(network)], methods: METHODS, events: EVENTS } } });
    if (uri) hooks.onUri(uri);
    try {
      session = await approval();
    } catch (e) {
      if (isUserRejection(e)) throw new WalletError("rejected", sentence("walletError.declined", { wallet: WALLET_LABELS.walletconnect }), thrownMessage(e));
      throw new WalletError("unavailable", sentence("walletError.wcPairing"), thrownMessage(e));
    }
  }
  return accountOf(session, network);
}

/** Ends every session of this browser (the user disconnected): the wallet is told too. */
export async function disconnectWalletConnect(): Promise<void> {
  if (!client) return;
  const c = await client;
  endedListeners.clear();
  await Promise.all(c.session.getAll().map((s) => c.disconnect({ topic: s.topic, reason: { code: 6000, message: "User disconnected." } }).catch(() => {})));
}

interface WcAccount {
  address: string;
  algo: string;
  pubkey: string;
}

interface WcSignDirectResult {
  signature: { pub_key: { type: string; value: string }; signature: string };
  signed?: { bodyBytes: string; authInfoBytes: string };
}

/** A cosmjs direct signer whose signatures come from the wallet over the session. */
export function walletConnectSigner(network: Network): OfflineDirectSigner {
  const request = async <T>(method: string, params: unknown): Promise<T> => {
    const c = await getClient();
    const session = sessionFor(c, network);
    if (!session) throw new WalletError("unavailable", sentence("walletError.wcEnded"));
    return c.request<T>({ topic: session.topic, chainId: caip2(network), request: { method, params } });
  };
  // a session's accounts do not change while it lasts: asked once (each request is a round trip to the phone)
  let accounts: Promise<WcAccount[]> | null = null;
  return {
    async getAccounts() {
      accounts ??= request<WcAccount[]>("cosmos_getAccounts", {});
      accounts.catch(() => (accounts = null));
      return (await accounts).map((a) => ({ address: a.address, algo: a.algo as "secp256k1", pubkey: fromBase64(a.pubkey) }));
    },
    async signDirect(signerAddress, signDoc) {
      const res = await request<WcSignDirectResult>("cosmos_signDirect", {
        signerAddress,
        signDoc: {
          chainId: signDoc.chainId,
          accountNumber: signDoc.accountNumber.toString(),
          bodyBytes: toBase64(signDoc.bodyBytes),
          authInfoBytes: toBase64(signDoc.authInfoBytes),
        },
      });
      // a wallet may change the fee (authInfo) where its user chose to, never the messages that were reviewed here
      if (res.signed && toBase64(signDoc.bodyBytes) !== res.signed.bodyBytes) throw new WalletError("unavailable", sentence("walletError.wcChangedBody"));
      const signed = res.signed ? { ...signDoc, authInfoBytes: fromBase64(res.signed.authInfoBytes) } : signDoc;
      return { signed, signature: res.signature };
    },
  };
}
