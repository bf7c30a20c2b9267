import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { toHex } from "@cosmjs/encoding";
import { DEMO_ADDRESSES } from "../src/genesis.js";
import { type TestDevnet, b64, directWallet, queryClient, signDirect, signingClient, startTestDevnet } from "./helpers.js";

// The CometBFT surface, decoded by cosmjs's own Comet 0.38 client: if a shape is wrong, these decoders throw.

let devnet: TestDevnet;
let comet: Comet38Client;
const [alice, bob, carol] = DEMO_ADDRESSES;
const heights: number[] = [];

beforeAll(async () => {
  devnet = await startTestDevnet();
  comet = await Comet38Client.connect(devnet.url);
  const client = await signingClient(devnet.url, await directWallet(0));
  // five sends of growing amounts, to bob then carol alternately
  for (let i = 1; i <= 5; i++) {
    const r = await client.sendTokens(alice, i % 2 ? bob : carol, [{ denom: "uxprt", amount: String(i * 100) }], "auto", `send ${i}`);
    heights.push(r.height);
  }
});
afterAll(() => devnet.stop());

describe("CometBFT methods", () => {
  it("status, health, abci_info", async () => {
    const status = await comet.status();
    expect(status.nodeInfo.network).toBe("devnet-1");
    expect(status.nodeInfo.version).toMatch(/^0\.38\./);
    expect(status.syncInfo.latestBlockHeight).toBe(heights[4]);
    expect(status.validatorInfo.pubkey?.algorithm).toBe("ed25519");
    await comet.health();
    const info = await comet.abciInfo();
    expect(info.lastBlockHeight).toBe(heights[4]);
    expect(info.lastBlockAppHash?.length).toBe(32);
  });

  it("block, blockchain, block_results, validators", async () => {
    const first = await comet.block(1);
    expect(first.block.header.height).toBe(1);
    expect(first.block.lastCommit?.height ?? 0).toBe(0);
    const b = await comet.block(heights[2]);
    expect(b.block.txs).toHaveLength(1);
    expect(toHex(b.block.header.lastBlockId!.hash)).toBe(toHex((await comet.block(heights[2] - 1)).blockId.hash));
    expect(b.block.header.time.getTime()).toBeGreaterThan(first.block.header.time.getTime());
    const chain = await comet.blockchain(1, heights[4]);
    expect(chain.lastHeight).toBe(heights[4]);
    expect(chain.blockMetas[0].header.height).toBe(heights[4]);
    expect(chain.blockMetas.map((m) => m.header.height)).toEqual([...chain.blockMetas.map((m) => m.header.height)].sort((x, y) => y - x));
    const results = await comet.blockResults(heights[0]);
    expect(results.results).toHaveLength(1);
    expect(results.results[0].code).toBe(0);
    expect(results.finalizeBlockEvents.length).toBeGreaterThan(0);
    const vals = await comet.validatorsAll();
    expect(vals.total).toBeGreaterThanOrEqual(3);
    expect(vals.validators.every((v) => v.votingPower > 0n)).toBe(true);
  });

  it("tx by hash, base64 or hex", async () => {
    const [found] = (await comet.txSearch({ query: `tx.height=${heights[0]}` })).txs;
    const byHash = await comet.tx({ hash: found.hash });
    expect(byHash.height).toBe(heights[0]);
    const byHex = (await devnet.rpc("tx", { hash: toHex(found.hash) })).result;
    expect(byHex.height).toBe(String(heights[0]));
    expect((await devnet.rpc("tx", { hash: "00".repeat(32) })).error.data).toMatch(/not found/);
  });
});

describe("tx_search query language", () => {
  const search = async (query: string, extra: object = {}) => (await devnet.rpc("tx_search", { query, ...extra })).result;

  it("= on attributes and on tx.height, joined with AND", async () => {
    expect(Number((await search(`message.sender='${alice}'`)).total_count)).toBe(5);
    expect(Number((await search(`transfer.recipient='${bob}'`)).total_count)).toBe(3);
    expect(Number((await search(`transfer.recipient='${bob}' AND tx.height=${heights[2]}`)).total_count)).toBe(1);
    expect(Number((await search(`transfer.recipient='${bob}' AND tx.height=${heights[1]}`)).total_count)).toBe(0);
  });

  it("<, >, <=, >= compare numbers", async () => {
    expect(Number((await search(`tx.height>${heights[1]}`)).total_count)).toBe(3);
    expect(Number((await search(`tx.height>=${heights[1]}`)).total_count)).toBe(4);
    expect(Number((await search(`tx.height<${heights[1]}`)).total_count)).toBe(1);
    expect(Number((await search(`tx.height<=${heights[1]} AND tx.height>=${heights[0]}`)).total_count)).toBe(2);
  });

  it("CONTAINS and EXISTS", async () => {
    expect(Number((await search(`transfer.amount CONTAINS '00uxprt' AND message.sender='${alice}'`)).total_count)).toBe(5);
    expect(Number((await search(`transfer.recipient CONTAINS '${carol.slice(0, 20)}'`)).total_count)).toBe(2);
    expect(Number((await search(`message.action EXISTS`)).total_count)).toBe(5);
  });

  it("pages, per_page and order_by", async () => {
    const p1 = await search(`message.sender='${alice}'`, { page: "1", per_page: "2" });
    const p3 = await search(`message.sender='${alice}'`, { page: "3", per_page: "2" });
    expect(p1.total_count).toBe("5");
    expect(p1.txs.map((t: { height: string }) => Number(t.height))).toEqual(heights.slice(0, 2));
    expect(p3.txs.map((t: { height: string }) => Number(t.height))).toEqual(heights.slice(4));
    const desc = await search(`message.sender='${alice}'`, { order_by: "desc", per_page: "2" });
    expect(desc.txs.map((t: { height: string }) => Number(t.height))).toEqual([heights[4], heights[3]]);
    expect((await devnet.rpc("tx_search", { query: `message.sender='${alice}'`, page: "9", per_page: "2" })).error.data).toMatch(
      /page should be within \[1, 3\] range, given 9/,
    );
  });

  it("the cosmos tx service GetTxsEvent answers the same query", async () => {
    const client = await queryClient(devnet.url);
    const txs = await client.searchTx(`message.sender='${alice}' AND tx.height>=${heights[3]}`);
    expect(txs.map((t) => t.height)).toEqual(heights.slice(3));
  });
});

describe("broadcast flavours, CORS, GET and batches", () => {
  it("broadcast_tx_async returns the hash at once, broadcast_tx_commit waits for the block", async () => {
    const wallet = await directWallet(1);
    const { accountNumber, sequence } = (await (await queryClient(devnet.url)).getAccount(bob))!;
    const msg = (n: string) => ({
      typeUrl: "/cosmos.bank.v1beta1.MsgSend",
      value: { fromAddress: bob, toAddress: alice, amount: [{ denom: "uxprt", amount: n }] },
    });
    const a = await signDirect({ wallet, msgs: [msg("1")], accountNumber, sequence });
    const res = (await devnet.rpc("broadcast_tx_async", { tx: b64(a) })).result;
    expect(res.hash).toMatch(/^[0-9A-F]{64}$/);
    const c = await signDirect({ wallet, msgs: [msg("2")], accountNumber, sequence: sequence + 1 });
    const committed = (await devnet.rpc("broadcast_tx_commit", { tx: b64(c) })).result;
    expect(committed.check_tx.code).toBe(0);
    expect(committed.tx_result.code).toBe(0);
    expect(Number(committed.height)).toBeGreaterThan(heights[4]);
  });

  it("answers a CORS preflight and sets CORS headers on replies", async () => {
    const pre = await fetch(devnet.url, {
      method: "OPTIONS",
      headers: { Origin: "http://localhost:3000", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type" },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get("access-control-allow-origin")).toBe("*");
    expect(pre.headers.get("access-control-allow-headers")).toBe("content-type");
    const post = await fetch(devnet.url, {
      method: "POST",
      headers: { Origin: "http://localhost:3000" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 7, method: "health" }),
    });
    expect(post.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("serves GET /<method>?params and JSON-RPC batches", async () => {
    const get = await (await fetch(`${devnet.url}/block?height=1`)).json();
    expect(get.result.block.header.height).toBe("1");
    const batch = await (
      await fetch(devnet.url, {
        method: "POST",
        body: JSON.stringify([
          { jsonrpc: "2.0", id: 1, method: "health" },
          { jsonrpc: "2.0", id: 2, method: "nope" },
        ]),
      })
    ).json();
    expect(batch.map((r: { id: number }) => r.id)).toEqual([1, 2]);
    expect(batch[1].error.code).toBe(-32601);
  });
});

describe("interval blocks", () => {
  it("with --block-time, txs wait in the mempool and several share a block; chain time advances per block", async () => {
    const node = await startTestDevnet({ blockTimeMs: 200 });
    try {
      const wallet = await directWallet(0);
      const { accountNumber } = (await (await queryClient(node.url)).getAccount(alice))!;
      const txs = await Promise.all(
        [0, 1, 2].map((s) =>
          signDirect({
            wallet,
            msgs: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: alice, toAddress: bob, amount: [{ denom: "uxprt", amount: "1" }] } }],
            accountNumber,
            sequence: s,
          }),
        ),
      );
      const hashes = [];
      for (const tx of txs) {
        const r = (await node.rpc("broadcast_tx_sync", { tx: b64(tx) })).result;
        expect(r.code).toBe(0); // CheckTx state carries the sequence of pending txs
        hashes.push(r.hash);
      }
      const committed = await Promise.all(hashes.map((h) => node.node.waitForTx(h, 5000)));
      expect(new Set(committed.map((t) => t?.height)).size).toBe(1);
      const b = await node.rpc("block", { height: String(committed[0]!.height) });
      expect(b.result.block.data.txs).toHaveLength(3);
      // wait (however slow the machine) until the interval has made block 3
      for (let i = 0; i < 200 && node.node.chain.height < 3; i++) await new Promise((r) => setTimeout(r, 50));
      const t1 = Date.parse((await node.rpc("block", { height: "2" })).result.block.header.time);
      const t2 = Date.parse((await node.rpc("block", { height: "3" })).result.block.header.time);
      expect(t2 - t1).toBe(200);
    } finally {
      await node.stop();
    }
  });
});
