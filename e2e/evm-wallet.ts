import { type Hex, createPublicClient, createWalletClient, http } from "viem";
import { demoEvmAccount, localChain } from "../devnet/evm/deploy";
import { EVM_URL } from "./env";
import { expect, test as cosmosTest } from "./fixtures";

// An EIP-1193 wallet injected into the page and announced by EIP-6963, whose key lives in this test process and
// signs for real (the devnet's demo key on m/44'/60'/0'/0/0); the local EVM chain, snapshot and reverted per test.

async function evmRpc(method: string, params: unknown[] = []): Promise<any> {
  const res = await fetch(EVM_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
  });
  const body = await res.json();
  if (body.error) throw Object.assign(new Error(body.error.message), { code: body.error.code, data: body.error.data });
  return body.result;
}

export interface EvmWalletControl {
  address: Hex;
  /** the chain the wallet is on, hex */
  chainId: string;
  /** when true, signing requests are refused like a user clicking Reject */
  reject: boolean;
  /** every method the page asked for */
  calls: string[];
}

export interface EvmChain {
  rpc: typeof evmRpc;
  balance(address: Hex): Promise<bigint>;
  nonce(address: Hex): Promise<number>;
  /** moves the chain's clock and mines a block */
  advance(seconds: number): Promise<void>;
}

export const test = cosmosTest.extend<{ evmChain: EvmChain; evmWallet: EvmWalletControl }>({
  evmChain: [
    async ({}, use) => {
      const snapshot = await evmRpc("evm_snapshot");
      await use({
        rpc: evmRpc,
        balance: async (a) => BigInt(await evmRpc("eth_getBalance", [a, "latest"])),
        nonce: async (a) => Number(await evmRpc("eth_getTransactionCount", [a, "latest"])),
        async advance(seconds) {
          await evmRpc("evm_increaseTime", [seconds]);
          await evmRpc("evm_mine");
        },
      });
      expect(await evmRpc("evm_revert", [snapshot])).toBe(true);
    },
    { auto: true },
  ],

  evmWallet: async ({ page }, use) => {
    const account = demoEvmAccount(0);
    const chain = localChain(EVM_URL);
    const signer = createWalletClient({ account, chain, transport: http(EVM_URL) });
    const reader = createPublicClient({ chain, transport: http(EVM_URL) });
    let connected = false;
    const control: EvmWalletControl = { address: account.address, chainId: `0x${chain.id.toString(16)}`, reject: false, calls: [] };
    const rejected = { error: { code: 4001, message: "User rejected the request." } };

    await page.exposeFunction("__evmRequest", async (method: string, params: any[] = []) => {
      control.calls.push(method);
      switch (method) {
        case "eth_requestAccounts":
          connected = true;
          return { result: [account.address] };
        case "eth_accounts":
          return { result: connected ? [account.address] : [] };
        case "eth_chainId":
          return { result: control.chainId };
        case "wallet_switchEthereumChain":
        case "wallet_addEthereumChain":
          control.chainId = params[0].chainId;
          return { result: null, emit: ["chainChanged", control.chainId] };
        case "wallet_requestPermissions":
          return { result: [{ parentCapability: "eth_accounts" }] };
        case "wallet_revokePermissions":
          connected = false;
          return { result: null };
        case "eth_sendTransaction": {
          if (control.reject) return rejected;
          if (control.chainId !== `0x${chain.id.toString(16)}`) return { error: { code: -32000, message: "wallet is on another chain" } };
          const tx = params[0];
          const request = await signer.prepareTransactionRequest({
            to: tx.to,
            data: tx.data,
            value: tx.value ? BigInt(tx.value) : undefined,
            gas: tx.gas ? BigInt(tx.gas) : undefined,
          });
          const raw = await signer.signTransaction(request);
          return { result: await reader.sendRawTransaction({ serializedTransaction: raw }) };
        }
        default:
          try {
            return { result: await evmRpc(method, params) };
          } catch (e) {
            const err = e as { code?: number; message: string; data?: unknown };
            return { error: { code: err.code ?? -32603, message: err.message, data: err.data } };
          }
      }
    });

    await page.addInitScript(() => {
      const listeners: Record<string, ((...a: unknown[]) => void)[]> = {};
      const provider = {
        isMetaMask: false,
        async request({ method, params }: { method: string; params?: unknown[] }) {
          const out = await (window as any).__evmRequest(method, params ?? []);
          if (out.error) throw Object.assign(new Error(out.error.message), out.error);
          if (out.emit) setTimeout(() => (listeners[out.emit[0]] ?? []).forEach((f) => f(out.emit[1])), 0);
          return out.result;
        },
        on(event: string, f: (...a: unknown[]) => void) {
          (listeners[event] ??= []).push(f);
        },
        removeListener(event: string, f: (...a: unknown[]) => void) {
          listeners[event] = (listeners[event] ?? []).filter((g) => g !== f);
        },
      };
      const info = {
        uuid: "5d1f7c52-2a3c-4c57-9d3b-3c8d3a7e0001",
        name: "Test Wallet",
        rdns: "dev.plsh.testwallet",
        icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 8 8'%3E%3Crect width='8' height='8' fill='%23f59e0b'/%3E%3C/svg%3E",
      };
      const announce = () => window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail: Object.freeze({ info, provider }) }));
      window.addEventListener("eip6963:requestProvider", announce);
      announce();
    });
    await use(control);
  },
});

export { expect };
