import { Secp256k1HdWallet, makeCosmoshubPath } from "@cosmjs/amino";
import { fromBech32 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { StargateClient } from "@cosmjs/stargate";
import { test as base, expect } from "@playwright/test";
import { SignDoc } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { DEMO_ADDRESSES, DEMO_MNEMONIC } from "../devnet/src/genesis";
import { DEVNET_URL } from "./env";

// Fixtures: a chain handle (isolated per test by devnet snapshot/revert) and a Keplr-compatible wallet
// injected into the page, whose keys live in this test process and sign for real. `walletShape` says where it is
// injected: as Keplr (window.keplr, and window.leap as Leap did), as Cosmostation (window.cosmostation.providers
// .keplr, refusing with Cosmostation's plain `{ code: 4001 }` object and announcing account switches with its event),
// or as MetaMask with the Cosmos Snap (window.ethereum's request API: wallet_getSnaps, wallet_requestSnaps and
// wallet_invokeSnap with the snap's methods and JSON shapes, answered by the same keys).

export type WalletShape = "keplr" | "cosmostation" | "snap";

async function rpc(method: string, params: object = {}): Promise<any> {
  const res = await fetch(DEVNET_URL, { method: "POST", body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) });
  return res.json();
}

export interface Chain {
  rpc: typeof rpc;
  balance(address: string, denom?: string): Promise<bigint>;
  height(): Promise<number>;
  txCount(sender: string): Promise<number>;
}

export interface KeplrControl {
  /** which demo-mnemonic account the wallet exposes */
  account: number;
  /** when true, every signing request is refused like a user clicking Reject */
  reject: boolean;
  /** when true, the extension is locked: it hands out no key */
  locked: boolean;
  /** when true, the connection request is declined */
  declineConnect: boolean;
  /** when true, the key is a Ledger: the wallet hands out an amino-only signer */
  ledger: boolean;
  /** every call the page made, for assertions */
  calls: { method: string; args: unknown[] }[];
  /** switch account in the "extension" and fire its keystore event (keplr_ or cosmostation_keystorechange) */
  switchAccount(index: number): Promise<void>;
}

export const test = base.extend<{ chain: Chain; keplr: KeplrControl; walletShape: WalletShape }>({
  walletShape: ["keplr", { option: true }],

  page: async ({ page }, use) => {
    // Nothing leaves the machine: remote logos and registry endpoints are refused.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort("internetdisconnected"));
    await use(page);
  },

  // automatic: every test runs on its own snapshot of the devnet, whether or not it asks for the handle
  chain: [
    async ({}, use) => {
      const snapshot = (await rpc("devnet_snapshot")).result.id;
      const client = await StargateClient.connect(DEVNET_URL);
      await use({
        rpc,
        async balance(address, denom = "uxprt") {
          return BigInt((await client.getBalance(address, denom)).amount);
        },
        async height() {
          return client.getHeight();
        },
        async txCount(sender) {
          return (await client.searchTx(`message.sender='${sender}'`)).length;
        },
      });
      client.disconnect();
      expect((await rpc("devnet_revert", { id: snapshot })).result?.reverted).toBe(true);
    },
    { auto: true },
  ],

  keplr: async ({ page, walletShape }, use) => {
    // one key (the demo mnemonic's account N on m/44'/118'/0'/0/N) for every chain, in each chain's bech32 prefix: the
    // chains Keplr knows by id, and those the page suggests (their chain info names the prefix)
    const prefixes: Record<string, string> = { "osmosis-1": "osmo", "cosmoshub-4": "cosmos", "neutron-1": "neutron" };
    const prefixOf = (chainId: string) => prefixes[chainId] ?? "persistence";
    const wallets = new Map<string, { direct: DirectSecp256k1HdWallet; amino: Secp256k1HdWallet }>();
    const walletFor = async (prefix: string, account: number) => {
      const id = `${prefix}:${account}`;
      if (!wallets.has(id)) {
        const options = { prefix, hdPaths: [makeCosmoshubPath(account)] };
        wallets.set(id, {
          direct: await DirectSecp256k1HdWallet.fromMnemonic(DEMO_MNEMONIC, options),
          amino: await Secp256k1HdWallet.fromMnemonic(DEMO_MNEMONIC, options),
        });
      }
      return wallets.get(id)!;
    };
    const control: KeplrControl = {
      account: 0,
      reject: false,
      locked: false,
      declineConnect: false,
      ledger: false,
      calls: [],
      async switchAccount(index) {
        control.account = index;
        await page.evaluate((event) => window.dispatchEvent(new Event(event)), `${walletShape}_keystorechange`);
      },
    };
    const record = (method: string, args: unknown[]) => control.calls.push({ method, args });

    await page.exposeFunction("__keplrCall", async (method: string, args: any[]) => {
      record(method, args);
      switch (method) {
        case "enable":
          if (control.declineConnect) throw new Error("Request rejected");
          return null;
        case "experimentalSuggestChain":
          if (control.declineConnect) throw new Error("Request rejected");
          // Keplr's chain info, or the Snap's (snake_case)
          prefixes[args[0].chainId ?? args[0].chain_id] = args[0].bech32Config?.bech32PrefixAccAddr ?? args[0].bech32_prefix ?? "persistence";
          return null;
        case "getKey": {
          if (control.locked) throw new Error("Keplr is locked");
          const [account] = await (await walletFor(prefixOf(args[0]), control.account)).direct.getAccounts();
          return {
            name: `Test key ${control.account}`,
            algo: "secp256k1",
            pubKey: Array.from(account.pubkey),
            address: Array.from(fromBech32(account.address).data),
            bech32Address: account.address,
            isNanoLedger: control.ledger,
            isKeystone: false,
          };
        }
        case "signDirect": {
          if (control.reject) throw new Error("Request rejected");
          const [signer, doc] = args as [string, { bodyBytes: number[]; authInfoBytes: number[]; chainId: string; accountNumber: string }];
          const signDoc = SignDoc.fromPartial({
            ...doc,
            bodyBytes: Uint8Array.from(doc.bodyBytes),
            authInfoBytes: Uint8Array.from(doc.authInfoBytes),
            accountNumber: BigInt(doc.accountNumber),
          });
          const res = await (await walletFor(fromBech32(signer).prefix, control.account)).direct.signDirect(signer, signDoc);
          return { signature: res.signature };
        }
        case "signAmino": {
          if (control.reject) throw new Error("Request rejected");
          const [signer, doc] = args as [string, any];
          return (await walletFor(fromBech32(signer).prefix, control.account)).amino.signAmino(signer, doc);
        }
        default:
          throw new Error(`unexpected Keplr call ${method}`);
      }
    });

    await page.addInitScript((shape: WalletShape) => {
      const call = async (method: string, ...args: unknown[]) => {
        try {
          return await (window as any).__keplrCall(method, args);
        } catch (e) {
          // Cosmostation refuses with a plain object, EIP-1193's code and its own words
          if (shape !== "keplr" && /rejected/i.test(String(e))) throw { code: 4001, message: "User rejected the request." };
          throw e;
        }
      };
      const key = async (chainId: string) => {
        const k = await call("getKey", chainId);
        return { ...k, pubKey: Uint8Array.from(k.pubKey), address: Uint8Array.from(k.address) };
      };
      const provider = {
        enable: (chainIds: string | string[]) => call("enable", chainIds),
        experimentalSuggestChain: (info: unknown) => call("experimentalSuggestChain", info),
        getKey: key,
        getOfflineSignerAuto: async (chainId: string) => {
          const k0 = await key(chainId);
          const getAccounts = async () => {
            const k = await key(chainId);
            return [{ address: k.bech32Address, algo: "secp256k1", pubkey: k.pubKey }];
          };
          // Ledger keys can only sign amino JSON: Keplr then gives an amino-only signer.
          if (k0.isNanoLedger) return { getAccounts, signAmino: (signer: string, doc: unknown) => call("signAmino", signer, doc) };
          return {
            getAccounts,
            signDirect: async (signer: string, doc: { bodyBytes: Uint8Array; authInfoBytes: Uint8Array; chainId: string; accountNumber: bigint }) => {
              const { signature } = await call("signDirect", signer, {
                bodyBytes: Array.from(doc.bodyBytes),
                authInfoBytes: Array.from(doc.authInfoBytes),
                chainId: doc.chainId,
                accountNumber: doc.accountNumber.toString(),
              });
              return { signed: doc, signature };
            },
          };
        },
      };
      // Keplr and Leap inject the same API; Cosmostation offers it as its Keplr-compatible provider
      if (shape === "cosmostation") (window as any).cosmostation = { providers: { keplr: provider } };
      else if (shape === "keplr") (window as any).keplr = (window as any).leap = provider;
      else {
        // MetaMask with the Cosmos Snap: the snap's methods over wallet_invokeSnap, each answering { data }
        const SNAP = "npm:@cosmsnap/snap";
        let installed = false;
        let initialized = false;
        const chains: { chain_id: string }[] = [];
        const numbered = (v: Record<string, number>) => Object.values(v);
        const snap = async (method: string, params: any) => {
          switch (method) {
            case "initialized":
              return { initialized };
            case "initialize":
              initialized = true;
              return {};
            case "getChains":
              return { chains };
            case "addChain": {
              const info = JSON.parse(params.chain_info);
              await call("experimentalSuggestChain", info);
              chains.push(info);
              return {};
            }
            case "getKey":
              return call("getKey", params.chain_id);
            case "signDirect": {
              const d = params.sign_doc;
              const accountNumber = ((BigInt(d.accountNumber.high >>> 0) << 32n) | BigInt(d.accountNumber.low >>> 0)).toString();
              const doc = { bodyBytes: numbered(d.bodyBytes), authInfoBytes: numbered(d.authInfoBytes), chainId: d.chainId, accountNumber };
              const { signature } = await call("signDirect", params.signer, doc);
              return { signed: { ...d, accountNumber }, signature };
            }
            case "signAmino":
              return call("signAmino", params.signer, params.sign_doc);
            default:
              throw new Error(`unexpected snap method ${method}`);
          }
        };
        (window as any).ethereum = {
          isMetaMask: true,
          request: async ({ method, params }: { method: string; params?: any }) => {
            if (method === "wallet_getSnaps") return installed ? { [SNAP]: { id: SNAP, version: "0.1.23" } } : {};
            if (method === "wallet_requestSnaps") {
              await call("enable", Object.keys(params));
              installed = true;
              return { [SNAP]: { id: SNAP, version: "0.1.23" } };
            }
            if (method === "wallet_invokeSnap") {
              if (!installed || params.snapId !== SNAP) throw new Error(`snap ${params.snapId} is not installed`);
              return { data: await snap(params.request.method, params.request.params), success: true, statusCode: 200 };
            }
            throw new Error(`unexpected MetaMask request ${method}`);
          },
        };
      }
    }, walletShape);
    await use(control);
  },
});

export { expect };

/** Confirms the reviewed tx in the staged dialog and closes it after success. */
/** Opens `path` and connects the devnet's demo account (demo account 0, ALICE). */
export async function connectDemo(page: import("@playwright/test").Page, path: string): Promise<void> {
  await page.goto(path);
  await page.getByRole("button", { name: "Try it with the demo account" }).click();
  // connected (and remembered) once the header's wallet button shows the address: a test that goes on to another
  // page must not leave before, or that page opens signed out
  await expect(page.getByRole("banner").getByRole("button", { name: /^persistence1\w+…\w+$/ })).toBeVisible();
}

export async function confirmTx(page: import("@playwright/test").Page): Promise<void> {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toHaveAttribute("data-stage", "review");
  await dialog.getByRole("button", { name: "Confirm and sign" }).click();
  await expect(dialog).toHaveAttribute("data-stage", "success");
  await dialog.getByRole("button", { name: "Close" }).click();
}
export const [ALICE, BOB, CAROL] = DEMO_ADDRESSES;
