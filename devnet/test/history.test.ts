import { afterAll, describe, expect, it } from "vitest";
import { HISTORY_DAYS, liveIn } from "../src/history.js";
import { startDevnet } from "../src/server/rpc.js";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// The lived-in devnet: its history is the same every start (same transactions, same state at the last one), the
// protocol in it has lived (rates above 1, an unstake under way), and afterwards block times follow the wall clock
// while devnet_advanceTime still moves time ahead.

const DAY = 86_400_000;
const GENESIS = new Date(Math.floor(Date.now() / 60_000) * 60_000 - HISTORY_DAYS * DAY).toISOString();

async function livedIn() {
  const devnet = await startDevnet({ home: mkdtempSync(join(tmpdir(), "devnet-history-")), port: 0, genesisTime: GENESIS });
  const started = Date.now();
  const result = await liveIn(devnet.node, `http://127.0.0.1:${devnet.port}`);
  return { devnet, result, ms: Date.now() - started };
}

describe("the lived-in devnet", () => {
  const running: { stop(): Promise<void> }[] = [];
  afterAll(() => Promise.all(running.map((d) => d.stop())));

  it("plays the same history every start, ends at the wall clock, and keeps time with it", async () => {
    const a = await livedIn();
    running.push(a.devnet);
    const chain = a.devnet.node.chain;
    expect(Math.abs(chain.latest.time - Date.now())).toBeLessThan(5_000);
    const b = await livedIn();
    running.push(b.devnet);
    console.log(`history: ${a.result.txs} txs, ${a.result.blocks} blocks, played in ${a.ms} ms and ${b.ms} ms`);
    expect(a.result.txs).toBeGreaterThan(100);
    expect(b.result.lastTxHeight).toBe(a.result.lastTxHeight);
    const hashAt = (d: typeof a, h: number) => d.devnet.node.chain.blocks.find((x) => x.height === h)!.appHash;
    expect(hashAt(b, b.result.lastTxHeight)).toBe(hashAt(a, a.result.lastTxHeight));

    // the next block is stamped with the wall clock
    a.devnet.node.fund(chain.genesis.demo.addresses[1], [{ denom: "uxprt", amount: "1" }]);
    expect(Math.abs(chain.latest.time - Date.now())).toBeLessThan(1_000);
    // devnet_advanceTime still moves time ahead, and the clock keeps running from there
    a.devnet.node.advanceTime(3 * 86_400);
    expect(chain.latest.time - Date.now()).toBeGreaterThan(3 * DAY - 2_000);
    a.devnet.node.fund(chain.genesis.demo.addresses[1], [{ denom: "uxprt", amount: "1" }]);
    expect(chain.latest.time - Date.now()).toBeGreaterThan(3 * DAY - 2_000);
  }, 120_000);
});
