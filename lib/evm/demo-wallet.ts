import { type Address, type EIP1193Provider, type Hex, createWalletClient, fromHex, http, numberToHex } from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { DEMO_EVM_NAME, DEMO_EVM_RDNS } from "./demo-ids";

// The demo EVM account: the devnet's public demo mnemonic on Ethereum's path (m/44'/60'/0'/0/0), as a wallet in
// the page, offered only on the local EVM chain. It is an EIP-1193 provider announced by EIP-6963, so the app
// connects it like any browser wallet; it signs transactions with the key here and sends them raw to the local
// node, and answers everything else from that node. Loaded only when someone asks for it (the key derivation
// library is not part of any page's first load).

type Listener = (...args: unknown[]) => void;

class ProviderError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

async function forward(rpcUrl: string, method: string, params: unknown): Promise<unknown> {
  const res = await fetch(rpcUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params: params ?? [] }),
  });
  const body = (await res.json()) as { result?: unknown; error?: { code: number; message: string } };
  if (body.error) throw new ProviderError(body.error.code, body.error.message);
  return body.result;
}

export function demoEvmProvider(mnemonic: string, rpcUrl: string, chainId: number): { provider: EIP1193Provider; address: Address } {
  const account = mnemonicToAccount(mnemonic, { addressIndex: 0 });
  const signer = createWalletClient({ account, transport: http(rpcUrl) });
  const listeners = new Map<string, Set<Listener>>();
  // authorised for this page until it disconnects, as a wallet remembers a site (so a reload reconnects)
  let revoked = false;
  const request = async ({ method, params }: { method: string; params?: unknown }): Promise<unknown> => {
    const list = (params ?? []) as unknown[];
    switch (method) {
      case "eth_requestAccounts":
        revoked = false;
        return [account.address];
      case "eth_accounts":
        return revoked ? [] : [account.address];
      case "eth_chainId":
        return numberToHex(chainId);
      case "wallet_requestPermissions":
        revoked = false;
        return [{ parentCapability: "eth_accounts" }];
      case "wallet_revokePermissions":
        revoked = true;
        return null;
      case "wallet_switchEthereumChain":
      case "wallet_addEthereumChain": {
        const wanted = fromHex((list[0] as { chainId: Hex }).chainId, "number");
        if (wanted !== chainId) throw new ProviderError(4902, "The demo account lives on the local chain only.");
        return null;
      }
      case "eth_sendTransaction": {
        const tx = list[0] as { to?: Address; data?: Hex; value?: Hex; gas?: Hex };
        const prepared = await signer.prepareTransactionRequest({
          chain: null,
          to: tx.to,
          data: tx.data,
          value: tx.value ? BigInt(tx.value) : undefined,
          gas: tx.gas ? BigInt(tx.gas) : undefined,
        });
        const raw = await signer.signTransaction({ ...prepared, chain: null } as Parameters<typeof signer.signTransaction>[0]);
        return forward(rpcUrl, "eth_sendRawTransaction", [raw]);
      }
      case "personal_sign":
        return account.signMessage({ message: { raw: list[0] as Hex } });
      default:
        return forward(rpcUrl, method, params);
    }
  };
  const provider = {
    request,
    on(event: string, fn: Listener) {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(fn);
    },
    removeListener(event: string, fn: Listener) {
      listeners.get(event)?.delete(fn);
    },
  } as unknown as EIP1193Provider;
  return { provider, address: account.address };
}

const ICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="15" fill="#f59e0b"/><text x="16" y="21" font-size="13" font-family="sans-serif" text-anchor="middle" fill="#000">D</text></svg>',
  );

/** Announces the provider by EIP-6963 (now, and whenever the page asks again), so wagmi lists and connects it. */
export function announceDemoEvmWallet(provider: EIP1193Provider): void {
  const detail = Object.freeze({ info: Object.freeze({ uuid: crypto.randomUUID(), name: DEMO_EVM_NAME, icon: ICON, rdns: DEMO_EVM_RDNS }), provider });
  const announce = () => window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail }));
  window.addEventListener("eip6963:requestProvider", announce);
  announce();
}
