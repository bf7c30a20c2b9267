import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADDRESSES } from "../src/genesis.js";
import { type TestDevnet, directWallet, signingClient, startTestDevnet } from "./helpers.js";

// --keep-blocks: the devnet as a pruned node (the public core-1 nodes are): `status` names the earliest kept height;
// blocks, block results, validator sets and state below it are refused with CometBFT's and the SDK's own words;
// the tx index still answers (as CometBFT keeps its indexer unless told to prune it).

const [alice, bob] = DEMO_ADDRESSES;

describe("a pruned devnet (--keep-blocks 5)", () => {
  let devnet: TestDevnet;
  let sentAt = 0;
  beforeAll(async () => {
    devnet = await startTestDevnet({ keepBlocks: 5 });
    const client = await signingClient(devnet.url, await directWallet(0));
    sentAt = (await client.sendTokens(alice, bob, [{ denom: "uxprt", amount: "7" }], "auto")).height;
    for (let i = 0; i < 8; i++) await devnet.rpc("devnet_advanceTime", { seconds: 60 });
  });
  afterAll(() => devnet?.stop());

  it("says which heights it keeps, and refuses blocks and state below them", async () => {
    const status = (await devnet.rpc("status")).result.sync_info;
    const latest = Number(status.latest_block_height);
    const earliest = Number(status.earliest_block_height);
    expect(earliest).toBe(latest - 4);
    expect(earliest).toBeGreaterThan(sentAt);
    expect((await devnet.rpc("block", { height: String(earliest) })).result.block.header.height).toBe(String(earliest));
    expect((await devnet.rpc("block", { height: String(earliest - 1) })).error.data).toBe(
      `height ${earliest - 1} is not available, lowest height is ${earliest}`,
    );
    expect((await devnet.rpc("block_results", { height: String(sentAt) })).error.data).toMatch(/is not available, lowest height is/);
    const metas = (await devnet.rpc("blockchain", { minHeight: "1", maxHeight: String(latest) })).result.block_metas;
    expect(metas.map((m: { header: { height: string } }) => Number(m.header.height)).sort((a: number, b: number) => a - b)).toEqual(
      [0, 1, 2, 3, 4].map((k) => earliest + k),
    );
    const balance = (height: number) =>
      devnet.rpc("abci_query", { path: "/cosmos.bank.v1beta1.Query/Balance", data: "", height: String(height) }).then((r) => r.result.response);
    expect(await balance(earliest - 1)).toMatchObject({ code: 26, log: expect.stringMatching(/failed to load state at height .*version does not exist/) });
    expect((await balance(earliest)).code).not.toBe(26);
  });

  it("still finds an older transaction by its events", async () => {
    const found = (await devnet.rpc("tx_search", { query: `"transfer.recipient='${bob}'"` })).result;
    expect(found.txs.map((t: { height: string }) => Number(t.height))).toContain(sentAt);
  });
});
