import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OfflineDirectSigner } from "@cosmjs/proto-signing";
import { DEMO_ADDRESSES } from "@/devnet/src/genesis";
import { type TestDevnet, aminoWallet, directWallet, signingClient, startTestDevnet } from "@/devnet/test/helpers";
import { EndpointPool, FailoverRpcClient } from "@/lib/chain/endpoints";
import { NETWORKS, type Network } from "@/lib/chain/networks";
import { TxError, toTxError } from "./errors";
import { estimate, followTx, signAndSend } from "./lifecycle";
import { loadSigningKit } from "./signing-kit";
import { english } from "@/lib/i18n/english";

let devnet: TestDevnet;
let network: Network;
let rpc: FailoverRpcClient;
const [alice, bob, carol, dave] = DEMO_ADDRESSES;
const send = (from: string, to: string, amount: string) => ({
  messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: from, toAddress: to, amount: [{ denom: "uxprt", amount }] } }],
});

beforeAll(async () => {
  devnet = await startTestDevnet();
  network = { ...NETWORKS.devnet, rpc: [devnet.url] };
  rpc = new FailoverRpcClient(new EndpointPool(network.rpc));
});
afterAll(() => devnet.stop());

async function balance(address: string) {
  const r = await devnet.rpc("abci_query", {
    path: "/cosmos.bank.v1beta1.Query/Balance",
    data: Buffer.from((await import("cosmjs-types/cosmos/bank/v1beta1/query")).QueryBalanceRequest.encode({ address, denom: "uxprt" }).finish()).toString(
      "hex",
    ),
  });
  const { QueryBalanceResponse } = await import("cosmjs-types/cosmos/bank/v1beta1/query");
  return BigInt(QueryBalanceResponse.decode(Buffer.from(r.result.response.value, "base64")).balance!.amount);
}

async function expectTxError(p: Promise<unknown>, kind: TxError["kind"]): Promise<TxError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(TxError);
    expect((e as TxError).kind).toBe(kind);
    return e as TxError;
  }
  throw new Error(`expected a ${kind} TxError`);
}

describe("transaction lifecycle", () => {
  it("estimates, signs (direct), broadcasts and confirms; the fee shown is the fee paid", async () => {
    const kit = await loadSigningKit(rpc, network, await directWallet(0));
    const plan = send(alice, bob, "1000000");
    const { fee, gas } = await estimate(kit, network, alice, plan);
    expect(gas).toBeGreaterThan(50_000);
    const before = await balance(alice);
    const stages: string[] = [];
    const result = await signAndSend(kit, network, alice, plan, fee, { onStage: (s) => stages.push(s), pollIntervalMs: 50 });
    expect(stages).toEqual(["signing", "broadcasting", "confirming"]);
    expect(result.height).toBeGreaterThan(1);
    expect(await balance(alice)).toBe(before - 1_000_000n - BigInt(fee.amount[0].amount));
  });

  it("signs with an amino-only signer (Ledger path)", async () => {
    const kit = await loadSigningKit(rpc, network, await aminoWallet(1));
    const plan = send(bob, carol, "42");
    const { fee } = await estimate(kit, network, bob, plan);
    const result = await signAndSend(kit, network, bob, plan, fee, { pollIntervalMs: 50 });
    expect(result.hash).toMatch(/^[0-9A-F]{64}$/);
  });

  it("a rejection in the wallet is 'rejected' and nothing is broadcast", async () => {
    const real = await directWallet(2);
    const rejecting: OfflineDirectSigner = {
      getAccounts: () => real.getAccounts(),
      signDirect: async () => {
        throw new Error("Request rejected");
      },
    };
    const kit = await loadSigningKit(rpc, network, rejecting);
    const plan = send(carol, bob, "1");
    const { fee } = await estimate(kit, network, carol, plan);
    const height = (await devnet.rpc("status")).result.sync_info.latest_block_height;
    const err = await expectTxError(signAndSend(kit, network, carol, plan, fee), "rejected");
    expect(english(err.text)).toMatch(/Nothing was sent/);
    expect((await devnet.rpc("status")).result.sync_info.latest_block_height).toBe(height);
  });

  it("maps a balance too low to 'insufficient-funds' at estimation", async () => {
    const kit = await loadSigningKit(rpc, network, await directWallet(0));
    const err = await expectTxError(estimate(kit, network, alice, send(alice, bob, "99999999999999999")), "insufficient-funds");
    expect(err.detail).toMatch(/smaller than/);
  });

  it("maps a module's error with its codespace, from the block result", async () => {
    const kit = await loadSigningKit(rpc, network, await directWallet(3));
    const validator = (await import("@/devnet/src/genesis")).defaultGenesis().validators[0].operatorAddress;
    const undelegate = {
      messages: [
        {
          typeUrl: "/cosmos.staking.v1beta1.MsgUndelegate",
          value: { delegatorAddress: dave, validatorAddress: validator, amount: { denom: "uxprt", amount: "1" } },
        },
      ],
    };
    const fee = { amount: [{ denom: "uxprt", amount: "10000" }], gas: "400000" };
    // without the pre-sign simulation, so the chain's refusal comes from the block result
    const err = await expectTxError(signAndSend(kit, network, dave, undelegate, fee, { pollIntervalMs: 50, recheck: false }), "module");
    expect(err.extra).toMatchObject({ codespace: "staking", code: 19 });
    expect(english(err.text)).toBe("The staking module refused this transaction: no delegation for (address, validator) tuple.");
    expect(err.extra.hash).toMatch(/^[0-9A-F]{64}$/);
  });

  it("retries once when another tx moved the sequence between signing and broadcast", async () => {
    const wallet = await directWallet(4);
    const [{ address }] = await wallet.getAccounts();
    const other = await signingClient(devnet.url, await directWallet(4));
    let interfered = false;
    const interfering: OfflineDirectSigner = {
      getAccounts: () => wallet.getAccounts(),
      signDirect: async (signer, doc) => {
        if (!interfered) {
          interfered = true;
          await other.sendTokens(address, bob, [{ denom: "uxprt", amount: "1" }], "auto");
        }
        return wallet.signDirect(signer, doc);
      },
    };
    const kit = await loadSigningKit(rpc, network, interfering);
    const plan = send(address, bob, "2");
    const { fee } = await estimate(kit, network, address, plan);
    const result = await signAndSend(kit, network, address, plan, fee, { pollIntervalMs: 50 });
    expect(interfered).toBe(true);
    expect(result.height).toBeGreaterThan(0);
  });

  it("refuses to sign for a chain other than the one on screen", async () => {
    const core1 = { ...network, chainId: "core-1" };
    const kit = await loadSigningKit(rpc, core1, await directWallet(0));
    await expectTxError(estimate(kit, core1, alice, send(alice, bob, "1")), "wrong-chain");
  });

  it("reports a tx not yet included, and not yet excluded, as 'timeout' with its hash (no retry offered)", async () => {
    const kit = await loadSigningKit(rpc, network, await directWallet(0));
    const { sequence } = await kit.client.getSequence(alice);
    const sent = { hash: "AB".repeat(32), address: alice, sequence, timeoutHeight: 1e9 };
    const err = await expectTxError(followTx(kit, sent, { timeoutMs: 200, pollIntervalMs: 50 }), "timeout");
    expect(err.extra.hash).toBe("AB".repeat(32));
    expect(err.retryable).toBe(false);
  });

  it("reports 'unreachable' when no node answers", async () => {
    const dead = new FailoverRpcClient(new EndpointPool(["http://127.0.0.1:9"]), { timeoutMs: 500 });
    const kit = await loadSigningKit(dead, network, await directWallet(0));
    await expectTxError(estimate(kit, network, alice, send(alice, bob, "1")), "unreachable");
  });
});

describe("a broadcast whose answer is lost", () => {
  /**
   * A node that takes the broadcast (it forwards it to the devnet) and then loses its answer: the connection drops,
   * or it never answers. Everything else it forwards normally.
   */
  function losingNode(how: "drop" | "hang" | "swallow"): typeof fetch {
    return (async (url: string | URL | Request, init?: RequestInit) => {
      const body = JSON.parse(String(init!.body));
      const forward = () => fetch(devnet.url, { ...init, signal: undefined });
      if (String(url) !== "flaky" || Array.isArray(body) || body.method !== "broadcast_tx_sync") return forward();
      if (how !== "swallow") await forward();
      if (how === "hang") {
        return new Promise<Response>((_, reject) => init!.signal!.addEventListener("abort", () => reject(new DOMException("timeout", "TimeoutError"))));
      }
      throw new TypeError("fetch failed");
    }) as typeof fetch;
  }

  async function sequenceOf(kit: Awaited<ReturnType<typeof loadSigningKit>>, address: string) {
    return (await kit.client.getSequence(address)).sequence;
  }

  it.each(["drop", "hang"] as const)("a node that received it, then %s: followed by hash to success, sent once", async (how) => {
    const flaky = new FailoverRpcClient(new EndpointPool(["flaky", devnet.url]), { fetch: losingNode(how), timeoutMs: 300 });
    const kit = await loadSigningKit(flaky, network, await directWallet(0));
    const plan = send(alice, bob, "7");
    const { fee } = await estimate(kit, network, alice, plan);
    const [before, sequence] = [await balance(bob), await sequenceOf(kit, alice)];
    const hashes: [string, boolean][] = [];
    const result = await signAndSend(kit, network, alice, plan, fee, { pollIntervalMs: 50, onHash: (h, lost) => hashes.push([h, lost]) });
    expect(hashes).toEqual([
      [result.hash, false],
      [result.hash, true],
    ]);
    expect(await balance(bob)).toBe(before + 7n);
    expect(await sequenceOf(kit, alice)).toBe(sequence + 1); // one tx, not two
  });

  it("a tx that never reached a node is settled as 'dropped' once the chain passes its timeout height", async () => {
    const flaky = new FailoverRpcClient(new EndpointPool(["flaky"]), { fetch: losingNode("swallow") });
    const kit = await loadSigningKit(flaky, network, await directWallet(0));
    const plan = send(alice, bob, "9");
    const { fee } = await estimate(kit, network, alice, plan);
    const [before, sequence] = [await balance(bob), await sequenceOf(kit, alice)];
    const dropped = expectTxError(signAndSend(kit, network, alice, plan, fee, { pollIntervalMs: 50, timeoutBlocks: 2 }), "dropped");
    const other = await signingClient(devnet.url, await directWallet(2));
    for (let i = 0; i < 3; i++) await other.sendTokens(carol, dave, [{ denom: "uxprt", amount: "1" }], "auto");
    const err = await dropped;
    expect(english(err.text)).toMatch(/^The transaction was not included: it expired at block \d+\. Nothing moved; you can send it again\.$/);
    expect(err.retryable).toBe(true);
    expect(await balance(bob)).toBe(before);
    expect(await sequenceOf(kit, alice)).toBe(sequence);
  });
});

describe("error map", () => {
  it("turns the SDK's codes into kinds with sentences", () => {
    expect(toTxError(new Error("Query failed with (13): insufficient fees; got: 1uxprt required: 5000uxprt: insufficient fee")).kind).toBe("insufficient-fee");
    expect(toTxError(new Error("Query failed with (11): out of gas in location: WriteFlat; gasWanted: 1, gasUsed: 2: out of gas")).kind).toBe("out-of-gas");
    // a contract's refusal in simulation is wasm code 5, not sdk code 5 (insufficient funds)
    const slipped = toTxError(
      new Error(
        "Query failed with (5): failed to execute message; message index: 0: Minimum receive amount not met: would receive 9, min_receive is 10: execute wasm contract failed",
      ),
    );
    expect(slipped.kind).toBe("module");
    expect(english(slipped.text)).toMatch(/^The price moved beyond your slippage tolerance/);
    expect(toTxError({ code: 32, codespace: "sdk", log: "account sequence mismatch, expected 2, got 1: incorrect account sequence", message: "x" }).kind).toBe(
      "sequence-mismatch",
    );
    expect(toTxError(new Error("Transaction declined")).kind).toBe("rejected");
    expect(toTxError(new TypeError("Failed to fetch")).kind).toBe("unreachable");
    const unknown = toTxError(new Error("boom"));
    expect(unknown.kind).toBe("unknown");
    expect(unknown.detail).toBe("boom");
  });
});
