import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { toBech32 } from "@cosmjs/encoding";
import type { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { DEMO_ADDRESSES } from "../src/genesis.js";
import { type TestDevnet, b64, directWallet, queryClient, signDirect, startTestDevnet } from "./helpers.js";

// Every bad input gets the error a real node gives (code and codespace), the server keeps running, and
// nothing changes but the fee where the SDK charges it.

let devnet: TestDevnet;
let wallet: DirectSecp256k1HdWallet;
let snapshot: string;
const [alice, bob] = DEMO_ADDRESSES;
const send = (amount = "1", to = bob) => ({
  typeUrl: "/cosmos.bank.v1beta1.MsgSend",
  value: { fromAddress: alice, toAddress: to, amount: [{ denom: "uxprt", amount }] },
});

beforeAll(async () => {
  devnet = await startTestDevnet();
  wallet = await directWallet(0);
  snapshot = (await devnet.rpc("devnet_snapshot")).result.id;
});
beforeEach(async () => {
  expect((await devnet.rpc("devnet_revert", { id: snapshot })).result.reverted).toBe(true);
  snapshot = (await devnet.rpc("devnet_snapshot")).result.id;
});
afterAll(() => devnet.stop());

async function balances() {
  const client = await queryClient(devnet.url);
  return {
    alice: (await client.getBalance(alice, "uxprt")).amount,
    bob: (await client.getBalance(bob, "uxprt")).amount,
    seq: (await client.getSequence(alice)).sequence,
  };
}

async function broadcastSync(tx: Uint8Array) {
  return (await devnet.rpc("broadcast_tx_sync", { tx: b64(tx) })).result;
}

async function expectRejected(tx: Uint8Array, code: number, codespace: string, log: RegExp) {
  const before = await balances();
  const res = await broadcastSync(tx);
  expect({ code: res.code, codespace: res.codespace }).toEqual({ code, codespace });
  expect(res.log).toMatch(log);
  expect(await balances()).toEqual(before);
  expect((await devnet.rpc("health")).result).toEqual({});
}

describe("JSON-RPC transport", () => {
  it("answers malformed JSON with a parse error", async () => {
    const res = await fetch(devnet.url, { method: "POST", body: "{not json" });
    expect(res.status).toBe(500);
    expect((await res.json()).error.code).toBe(-32700);
  });

  it("answers an unknown method with method not found", async () => {
    expect((await devnet.rpc("eth_blockNumber")).error).toMatchObject({ code: -32601, message: "Method not found" });
    expect((await devnet.rpc("__proto__")).error.code).toBe(-32601);
  });

  it("refuses an oversized request body with 413", async () => {
    const res = await fetch(devnet.url, { method: "POST", body: JSON.stringify({ method: "status", pad: "x".repeat(1_100_000) }) });
    expect(res.status).toBe(413);
    expect((await devnet.rpc("status")).result.node_info.network).toBe("devnet-1");
  });

  it("answers invalid params instead of crashing", async () => {
    expect((await devnet.rpc("block", { height: "abc" })).error.code).toBe(-32602);
    expect((await devnet.rpc("broadcast_tx_sync", { tx: "%%%" })).error.code).toBe(-32602);
    expect((await devnet.rpc("tx_search", { query: "tx.height=" })).error.code).toBe(-32603);
  });
});

describe("CheckTx rejections (nothing changes)", () => {
  it("a tx that does not decode: code 2", async () => {
    await expectRejected(new Uint8Array([1, 2, 3, 4, 5]), 2, "sdk", /tx parse error/);
  });

  it("an unknown Msg type: code 2", async () => {
    const tx = await signDirect({ wallet, msgs: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: send().value }], accountNumber: 0, sequence: 0 });
    // Same bytes but the type URL renamed: decoding must fail before anything else.
    const patched = Buffer.from(tx).toString("latin1").replace("/cosmos.bank.v1beta1.MsgSend", "/cosmos.bank.v1beta1.MsgSenx");
    await expectRejected(Buffer.from(patched, "latin1"), 2, "sdk", /unable to resolve type URL \/cosmos.bank.v1beta1.MsgSenx: tx parse error/);
  });

  it("a wrong signature: code 4", async () => {
    const { accountNumber } = (await (await queryClient(devnet.url)).getAccount(alice))!;
    const tx = await signDirect({ wallet, msgs: [send()], accountNumber, sequence: 0 });
    tx[tx.length - 5] ^= 0xff; // the signature is the last field of TxRaw
    await expectRejected(
      tx,
      4,
      "sdk",
      /signature verification failed; please verify account number \(\d+\), sequence \(0\) and chain-id \(devnet-1\): unauthorized/,
    );
  });

  it("a wrong chain id: code 4", async () => {
    const { accountNumber } = (await (await queryClient(devnet.url)).getAccount(alice))!;
    const tx = await signDirect({ wallet, msgs: [send()], accountNumber, sequence: 0, chainId: "core-1" });
    await expectRejected(tx, 4, "sdk", /signature verification failed/);
  });

  it("a wrong account number: code 4", async () => {
    const tx = await signDirect({ wallet, msgs: [send()], accountNumber: 999, sequence: 0 });
    await expectRejected(tx, 4, "sdk", /signature verification failed/);
  });

  it("a stale and a future sequence: code 32 with the SDK's message", async () => {
    const { accountNumber } = (await (await queryClient(devnet.url)).getAccount(alice))!;
    const ok = await signDirect({ wallet, msgs: [send()], accountNumber, sequence: 0 });
    expect((await broadcastSync(ok)).code).toBe(0);
    const stale = await signDirect({ wallet, msgs: [send("2")], accountNumber, sequence: 0 });
    await expectRejected(stale, 32, "sdk", /^account sequence mismatch, expected 1, got 0: incorrect account sequence$/);
    const future = await signDirect({ wallet, msgs: [send("3")], accountNumber, sequence: 5 });
    await expectRejected(future, 32, "sdk", /^account sequence mismatch, expected 1, got 5: incorrect account sequence$/);
  });

  it("a fee below gas x min gas price, and a fee denom that is not accepted: code 13", async () => {
    const { accountNumber } = (await (await queryClient(devnet.url)).getAccount(alice))!;
    const low = await signDirect({ wallet, msgs: [send()], accountNumber, sequence: 0, fee: { amount: [{ denom: "uxprt", amount: "4999" }], gas: 200_000 } });
    await expectRejected(low, 13, "sdk", /insufficient fees; got: 4999uxprt required: .*5000uxprt: insufficient fee/);
    const denom = await signDirect({
      wallet,
      msgs: [send()],
      accountNumber,
      sequence: 0,
      fee: { amount: [{ denom: "ufoo", amount: "999999" }], gas: 200_000 },
    });
    await expectRejected(denom, 13, "sdk", /fee denom ufoo is not accepted/);
  });

  it("a fee the payer cannot afford: code 5", async () => {
    const poor = await directWallet(4);
    const [{ address }] = await poor.getAccounts();
    const { accountNumber } = (await (await queryClient(devnet.url)).getAccount(address))!;
    const tx = await signDirect({
      wallet: poor,
      msgs: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: address, toAddress: bob, amount: [{ denom: "uxprt", amount: "1" }] } }],
      accountNumber,
      sequence: 0,
      fee: { amount: [{ denom: "uxprt", amount: "1000000000000" }], gas: 200_000 },
    });
    const res = await broadcastSync(tx);
    expect(res.code).toBe(5);
    expect(res.log).toMatch(/^insufficient funds to pay for fees: spendable balance \d+uxprt is smaller than 1000000000000uxprt: insufficient funds$/);
  });

  it("an address with a bad checksum in a query: code 18", async () => {
    const bad = `${alice.slice(0, -1)}${alice.endsWith("q") ? "p" : "q"}`;
    const data = Buffer.concat([Buffer.from([0x0a, bad.length]), Buffer.from(bad)]).toString("hex");
    const res = (await devnet.rpc("abci_query", { path: "/cosmos.bank.v1beta1.Query/AllBalances", data })).result.response;
    expect(res).toMatchObject({ code: 18, codespace: "sdk", height: "0" });
    expect(res.log).toMatch(/InvalidArgument desc = invalid address .*decoding bech32 failed/);
  });

  it("an unknown query path: code 6", async () => {
    const res = (await devnet.rpc("abci_query", { path: "/pstake.lscosmos.v1beta1.Query/AllState", data: "" })).result.response;
    expect(res).toMatchObject({ code: 6, codespace: "sdk", log: "unknown query path: unknown request" });
  });

  it("a duplicate of a tx already accepted: rejected by the mempool cache", async () => {
    const { accountNumber } = (await (await queryClient(devnet.url)).getAccount(alice))!;
    const tx = await signDirect({ wallet, msgs: [send()], accountNumber, sequence: 0 });
    expect((await broadcastSync(tx)).code).toBe(0);
    expect((await devnet.rpc("broadcast_tx_sync", { tx: b64(tx) })).error.data).toBe("tx already exists in cache");
  });
});

describe("DeliverTx failures (only the fee and sequence change)", () => {
  async function deliver(tx: Uint8Array) {
    const res = (await devnet.rpc("broadcast_tx_commit", { tx: b64(tx) })).result;
    expect(res.check_tx.code).toBe(0);
    return res.tx_result;
  }

  it("out of gas: code 11, fee charged, sequence used, no transfer", async () => {
    const before = await balances();
    const { accountNumber } = (await (await queryClient(devnet.url)).getAccount(alice))!;
    const tx = await signDirect({
      wallet,
      msgs: [send("1000")],
      accountNumber,
      sequence: 0,
      fee: { amount: [{ denom: "uxprt", amount: "1000" }], gas: 40_000 },
    });
    const result = await deliver(tx);
    expect({ code: result.code, codespace: result.codespace, gas_wanted: result.gas_wanted }).toEqual({ code: 11, codespace: "sdk", gas_wanted: "40000" });
    expect(result.log).toMatch(/^out of gas in location: \w+; gasWanted: 40000, gasUsed: \d+: out of gas$/);
    const after = await balances();
    expect(BigInt(after.alice)).toBe(BigInt(before.alice) - 1000n);
    expect(after.bob).toBe(before.bob);
    expect(after.seq).toBe(before.seq + 1);
  });

  it("insufficient funds in a Msg: code 5, fee charged", async () => {
    const before = await balances();
    const { accountNumber } = (await (await queryClient(devnet.url)).getAccount(alice))!;
    const tx = await signDirect({ wallet, msgs: [send("999999999999999")], accountNumber, sequence: 0 });
    const result = await deliver(tx);
    expect(result.code).toBe(5);
    expect(result.log).toMatch(
      /^failed to execute message; message index: 0: spendable balance \d+uxprt is smaller than 999999999999999uxprt: insufficient funds$/,
    );
    expect(BigInt((await balances()).alice)).toBe(BigInt(before.alice) - 5000n);
  });

  it("an address with a bad checksum in a Msg: code 7, fee charged", async () => {
    const bad = `${bob.slice(0, -1)}${bob.endsWith("q") ? "p" : "q"}`;
    const before = await balances();
    const { accountNumber } = (await (await queryClient(devnet.url)).getAccount(alice))!;
    const tx = await signDirect({ wallet, msgs: [send("1", bad)], accountNumber, sequence: 0 });
    const result = await deliver(tx);
    expect({ code: result.code, codespace: result.codespace }).toEqual({ code: 7, codespace: "sdk" });
    expect(result.log).toMatch(/invalid to address .*decoding bech32 failed.*: invalid address$/);
    expect(BigInt((await balances()).alice)).toBe(BigInt(before.alice) - 5000n);
  });

  it("all or nothing: when the second Msg fails, the first one's transfer is undone", async () => {
    const before = await balances();
    const { accountNumber } = (await (await queryClient(devnet.url)).getAccount(alice))!;
    const tx = await signDirect({ wallet, msgs: [send("100"), send("999999999999999")], accountNumber, sequence: 0 });
    const result = await deliver(tx);
    expect(result.code).toBe(5);
    expect(result.log).toMatch(/message index: 1/);
    const after = await balances();
    expect(after.bob).toBe(before.bob);
    expect(BigInt(after.alice)).toBe(BigInt(before.alice) - 5000n);
    // The events of a failed tx are the ante's only (fee, sequence, signature).
    expect(result.events.map((e: { type: string }) => e.type)).toEqual(["coin_spent", "coin_received", "transfer", "message", "tx", "tx", "tx"]);
  });

  it("sending to a module account is refused: code 4", async () => {
    const { accountNumber } = (await (await queryClient(devnet.url)).getAccount(alice))!;
    const collector = toBech32("persistence", createHash("sha256").update("fee_collector").digest().subarray(0, 20));
    const tx = await signDirect({ wallet, msgs: [send("1", collector)], accountNumber, sequence: 0 });
    const result = await deliver(tx);
    expect(result.code).toBe(4);
    expect(result.log).toMatch(/is not allowed to receive funds/);
  });
});
