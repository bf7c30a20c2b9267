import { toBase64 } from "@cosmjs/encoding";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NETWORKS } from "@/lib/chain/networks";

// The WalletConnect connector's own rules, against a stand-in client (the e2e suite runs the real one over a local
// relay): what a reload finds, what a signature may change, how often the phone is asked for the accounts.

const requests: { method: string; params: any }[] = [];
let answer: (method: string, params: any) => unknown = () => null;
let sessions: { topic: string; expiry: number; namespaces: any; peer: { metadata: { name: string } } }[] = [];

vi.mock("@walletconnect/sign-client", () => ({
  SignClient: {
    init: async () => ({
      on: () => {},
      session: { getAll: () => sessions },
      request: async ({ request }: { request: { method: string; params: any } }) => {
        requests.push(request);
        return answer(request.method, request.params);
      },
    }),
  },
}));

const devnet = NETWORKS.devnet;
const ADDRESS = "persistence1dnhqhel2uuvkl6c9dy8vj8farwmgz5yftxzhqz";
const session = (chainId: string) => ({
  topic: `t-${chainId}`,
  expiry: Math.floor(Date.now() / 1000) + 3600,
  namespaces: { cosmos: { chains: [`cosmos:${chainId}`], accounts: [`cosmos:${chainId}:${ADDRESS}`] } },
  peer: { metadata: { name: "Keplr Mobile" } },
});
const hooks = { onUri: () => {}, onEnded: () => {} };
const doc = { chainId: devnet.chainId, accountNumber: 7n, bodyBytes: new Uint8Array([1, 2, 3]), authInfoBytes: new Uint8Array([4, 5]) };
const signature = { pub_key: { type: "tendermint/PubKeySecp256k1", value: "AA==" }, signature: "c2ln" };

beforeAll(() => {
  (globalThis as any).window = { location: { origin: "http://127.0.0.1:3000" } };
});
afterAll(() => {
  delete (globalThis as any).window;
});

describe("WalletConnect", async () => {
  const wc = await import("./walletconnect");

  it("a reload finds the session of the network on screen; another network's session is named, none is 'ended'", async () => {
    sessions = [session(devnet.chainId)];
    expect(await wc.connectWalletConnect(devnet, hooks, false)).toEqual({ kind: "walletconnect", address: ADDRESS, name: "Keplr Mobile", isLedger: false });
    sessions = [session("core-1")];
    await expect(wc.connectWalletConnect(devnet, hooks, false)).rejects.toMatchObject({ kind: "wrong-network", text: { key: "walletError.wcOtherNetwork" } });
    sessions = [];
    await expect(wc.connectWalletConnect(devnet, hooks, false)).rejects.toMatchObject({ text: { key: "walletError.wcEnded" } });
  });

  it("signs what was reviewed: the body as sent, a fee the wallet changed taken, a changed body refused", async () => {
    sessions = [session(devnet.chainId)];
    const signer = wc.walletConnectSigner(devnet);
    answer = (_, p) => ({ signature, signed: p.signDoc });
    const signed = await signer.signDirect(ADDRESS, doc);
    expect(requests.at(-1)).toEqual({
      method: "cosmos_signDirect",
      params: {
        signerAddress: ADDRESS,
        signDoc: { chainId: devnet.chainId, accountNumber: "7", bodyBytes: toBase64(doc.bodyBytes), authInfoBytes: toBase64(doc.authInfoBytes) },
      },
    });
    expect(signed).toEqual({ signed: doc, signature });

    answer = (_, p) => ({ signature, signed: { ...p.signDoc, authInfoBytes: toBase64(new Uint8Array([9])) } });
    expect((await signer.signDirect(ADDRESS, doc)).signed.authInfoBytes).toEqual(new Uint8Array([9]));

    answer = (_, p) => ({ signature, signed: { ...p.signDoc, bodyBytes: toBase64(new Uint8Array([6, 6, 6])) } });
    await expect(signer.signDirect(ADDRESS, doc)).rejects.toMatchObject({ text: { key: "walletError.wcChangedBody" } });
  });

  it("asks the phone for its accounts once per signer", async () => {
    sessions = [session(devnet.chainId)];
    const signer = wc.walletConnectSigner(devnet);
    answer = () => [{ address: ADDRESS, algo: "secp256k1", pubkey: "AA==" }];
    const before = requests.filter((r) => r.method === "cosmos_getAccounts").length;
    await signer.getAccounts();
    await signer.getAccounts();
    expect(requests.filter((r) => r.method === "cosmos_getAccounts").length - before).toBe(1);
  });
});
