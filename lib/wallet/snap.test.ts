import { DirectSecp256k1HdWallet, type OfflineDirectSigner } from "@cosmjs/proto-signing";
import { type OfflineAminoSigner, Secp256k1HdWallet } from "@cosmjs/amino";
import { SignDoc } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import { afterEach, describe, expect, it } from "vitest";
import { DEMO_MNEMONIC } from "@/devnet/src/genesis";
import { NETWORKS } from "@/lib/chain/networks";
import { SNAP_ID, connectSnap, longParts, snapChainInfo, snapSigner } from "./snap";

// The Snap connector against a MetaMask that answers as the Cosmos Snap's source does (JSON in and out, bytes as
// numbered objects, the account number as Long's parts): the signatures must be the key's own.

const network = NETWORKS.devnet;

async function fakeMetaMask() {
  const direct = await DirectSecp256k1HdWallet.fromMnemonic(DEMO_MNEMONIC, { prefix: "persistence" });
  const amino = await Secp256k1HdWallet.fromMnemonic(DEMO_MNEMONIC, { prefix: "persistence" });
  const [account] = await direct.getAccounts();
  const state = { installed: false, initialized: false, chains: [] as { chain_id: string }[], calls: [] as string[] };
  // what crosses MetaMask is JSON: a Uint8Array becomes {"0":..}, bigint cannot cross at all
  const wire = (v: unknown) => JSON.parse(JSON.stringify(v));
  const snap = async (method: string, p: any) => {
    state.calls.push(method);
    switch (method) {
      case "initialized":
        return { initialized: state.initialized };
      case "initialize":
        state.initialized = true;
        return {};
      case "getChains":
        return { chains: state.chains };
      case "addChain":
        state.chains.push(JSON.parse(p.chain_info));
        return {};
      case "getKey":
        return { name: "Cosmos MetaMask Extension", algo: "secp256k1", pubKey: account.pubkey, bech32Address: account.address, isNanoLedger: false };
      case "signDirect": {
        const d = p.sign_doc;
        const doc = SignDoc.fromPartial({
          bodyBytes: Uint8Array.from(Object.values(d.bodyBytes)),
          authInfoBytes: Uint8Array.from(Object.values(d.authInfoBytes)),
          chainId: d.chainId,
          accountNumber: (BigInt(d.accountNumber.high >>> 0) << 32n) | BigInt(d.accountNumber.low >>> 0),
        });
        const res = await direct.signDirect(p.signer, doc);
        return { signed: { ...d, accountNumber: doc.accountNumber.toString() }, signature: res.signature };
      }
      case "signAmino":
        return amino.signAmino(p.signer, p.sign_doc);
    }
    throw new Error(`unexpected ${method}`);
  };
  const ethereum = {
    isMetaMask: true,
    async request({ method, params }: { method: string; params?: any }) {
      params = params === undefined ? undefined : wire(params);
      if (method === "wallet_getSnaps") return state.installed ? { [SNAP_ID]: {} } : {};
      if (method === "wallet_requestSnaps") return void (state.installed = true);
      if (method === "wallet_invokeSnap") return wire({ data: await snap(params.request.method, params.request.params) });
      throw new Error(method);
    },
  };
  (globalThis as any).window = { ethereum };
  return { state, direct, amino, address: account.address };
}

afterEach(() => {
  delete (globalThis as any).window;
});

describe("MetaMask Cosmos Snap", () => {
  it("writes an account number as Long's parts, past 32 bits too", () => {
    const back = (p: { low: number; high: number }) => (BigInt(p.high >>> 0) << 32n) | BigInt(p.low >>> 0);
    for (const n of [0n, 7n, 2n ** 31n, 2n ** 32n - 1n, 2n ** 32n, 123_456_789_012n, 2n ** 64n - 1n]) expect(back(longParts(n))).toBe(n);
  });

  it("installs, initialises, adds the network once, and reads the key", async () => {
    const mm = await fakeMetaMask();
    const account = await connectSnap(network);
    expect(account).toMatchObject({ kind: "snap", address: mm.address, isLedger: false });
    expect(mm.state.chains).toEqual([snapChainInfo(network)].map((c) => JSON.parse(JSON.stringify(c))));
    await connectSnap(network);
    expect(mm.state.calls.filter((c) => c === "addChain")).toHaveLength(1);
    expect(mm.state.calls.filter((c) => c === "initialize")).toHaveLength(1);
  });

  it("signs direct and amino documents with the key's own signatures", async () => {
    const mm = await fakeMetaMask();
    await connectSnap(network);
    const signer = snapSigner(network) as OfflineDirectSigner & OfflineAminoSigner;
    const [acc] = await signer.getAccounts();
    expect(acc.address).toBe(mm.address);
    const doc = SignDoc.fromPartial({
      bodyBytes: Uint8Array.from([10, 3, 1, 2, 3]),
      authInfoBytes: Uint8Array.from([18, 0]),
      chainId: network.chainId,
      accountNumber: 5_000_000_000n,
    });
    const viaSnap = await signer.signDirect(mm.address, doc);
    expect(viaSnap.signed).toEqual(doc);
    expect(viaSnap.signature).toEqual((await mm.direct.signDirect(mm.address, doc)).signature);
    const aminoDoc = { chain_id: network.chainId, account_number: "9", sequence: "1", fee: { amount: [], gas: "1" }, msgs: [], memo: "hi" };
    expect((await signer.signAmino(mm.address, aminoDoc)).signature).toEqual((await mm.amino.signAmino(mm.address, aminoDoc)).signature);
  });

  it("without MetaMask it says the wallet is not installed", async () => {
    (globalThis as any).window = {};
    await expect(connectSnap(network)).rejects.toMatchObject({ kind: "not-installed" });
  });
});
