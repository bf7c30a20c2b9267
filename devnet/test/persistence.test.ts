import { type ChildProcess, spawn } from "node:child_process";
import { appendFileSync, mkdtempSync, readFileSync, statSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { toBech32 } from "@cosmjs/encoding";
import { describe, expect, it } from "vitest";
import { DEMO_ADDRESSES } from "../src/genesis.js";
import { GENESIS_TIME, directWallet, queryClient, rpcCall, signingClient, startTestDevnet } from "./helpers.js";

// Durability: every committed block survives a restart or a kill; a torn write is cut off; snapshots revert.

const [alice, bob] = DEMO_ADDRESSES;

describe("persistence", () => {
  it("continues from the last block after a restart, with state, blocks and the tx index", async () => {
    const home = mkdtempSync(join(tmpdir(), "devnet-restart-"));
    let devnet = await startTestDevnet({ home });
    const client = await signingClient(devnet.url, await directWallet(0));
    const sent = await client.sendTokens(alice, bob, [{ denom: "uxprt", amount: "4242" }], "auto");
    await devnet.rpc("devnet_advanceTime", { seconds: 3600 });
    const height = Number((await devnet.rpc("status")).result.sync_info.latest_block_height);
    const appHash = (await devnet.rpc("status")).result.sync_info.latest_app_hash;
    const balances = await (await queryClient(devnet.url)).getAllBalances(bob);
    await devnet.stop();

    devnet = await startTestDevnet({ home });
    const status = (await devnet.rpc("status")).result.sync_info;
    expect(Number(status.latest_block_height)).toBe(height);
    expect(status.latest_app_hash).toBe(appHash);
    const q = await queryClient(devnet.url);
    expect(await q.getAllBalances(bob)).toEqual(balances);
    expect((await q.getTx(sent.transactionHash))?.height).toBe(sent.height);
    expect(await q.getSequence(alice)).toMatchObject({ sequence: 1 });
    // and keeps producing blocks on top
    const again = await (await signingClient(devnet.url, await directWallet(0))).sendTokens(alice, bob, [{ denom: "uxprt", amount: "1" }], "auto");
    expect(again.height).toBe(height + 1);
    await devnet.stop();
  });

  it("--reset starts again from genesis", async () => {
    const home = mkdtempSync(join(tmpdir(), "devnet-reset-"));
    let devnet = await startTestDevnet({ home });
    await devnet.rpc("devnet_advanceTime", { seconds: 10 });
    await devnet.stop();
    devnet = await startTestDevnet({ home, reset: true });
    expect((await devnet.rpc("status")).result.sync_info.latest_block_height).toBe("1");
    await devnet.stop();
  });

  it("cuts off a torn last record and keeps every whole block", async () => {
    const home = mkdtempSync(join(tmpdir(), "devnet-torn-"));
    let devnet = await startTestDevnet({ home });
    await devnet.rpc("devnet_advanceTime", { seconds: 5 });
    const height = (await devnet.rpc("status")).result.sync_info.latest_block_height;
    await devnet.stop();
    const log = join(home, "chain.log");
    const whole = statSync(log).size;
    appendFileSync(log, '0badc0de {"block":{"height":99'); // a write interrupted mid-record
    devnet = await startTestDevnet({ home });
    expect((await devnet.rpc("status")).result.sync_info.latest_block_height).toBe(height);
    expect(statSync(log).size).toBe(whole);
    await devnet.stop();

    // A corrupt (checksum-failing) last line is treated the same way.
    const text = readFileSync(log, "utf8");
    const lastStart = text.lastIndexOf("\n", text.length - 2) + 1;
    truncateSync(log, Buffer.byteLength(text.slice(0, lastStart)));
    appendFileSync(log, `00000000${text.slice(lastStart + 8)}`);
    devnet = await startTestDevnet({ home });
    expect(Number((await devnet.rpc("status")).result.sync_info.latest_block_height)).toBe(Number(height) - 1);
    await devnet.stop();
  });

  it("snapshot and revert restore state, height and the tx index, in memory and on disk", async () => {
    const home = mkdtempSync(join(tmpdir(), "devnet-snap-"));
    let devnet = await startTestDevnet({ home });
    const q = await queryClient(devnet.url);
    const id = (await devnet.rpc("devnet_snapshot")).result.id;
    const height = (await devnet.rpc("status")).result.sync_info.latest_block_height;
    const before = await q.getBalance(bob, "uxprt");
    const sent = await (await signingClient(devnet.url, await directWallet(0))).sendTokens(alice, bob, [{ denom: "uxprt", amount: "99" }], "auto");
    await devnet.rpc("devnet_fund", { address: bob, coins: [{ denom: "uxprt", amount: "5" }] });
    expect((await devnet.rpc("devnet_revert", { id })).result).toEqual({ reverted: true, height });
    expect(await q.getBalance(bob, "uxprt")).toEqual(before);
    expect(await q.getTx(sent.transactionHash)).toBeNull();
    expect((await devnet.rpc("devnet_revert", { id })).error.data).toMatch(/unknown snapshot/);
    await devnet.stop();
    devnet = await startTestDevnet({ home });
    expect((await devnet.rpc("status")).result.sync_info.latest_block_height).toBe(height);
    expect(await (await queryClient(devnet.url)).getBalance(bob, "uxprt")).toEqual(before);
    await devnet.stop();
  });

  it("devnet_fund mints to any valid address and rejects a bad one", async () => {
    const devnet = await startTestDevnet();
    const fresh = toBech32("persistence", new Uint8Array(20).fill(7));
    const res = await devnet.rpc("devnet_fund", {
      address: fresh,
      coins: [
        { denom: "uxprt", amount: "123" },
        { denom: "stk/uxprt", amount: "7" },
      ],
    });
    expect(res.result.height).toBeDefined();
    expect(await (await queryClient(devnet.url)).getAllBalances(fresh)).toEqual([
      { denom: "stk/uxprt", amount: "7" },
      { denom: "uxprt", amount: "123" },
    ]);
    expect((await devnet.rpc("devnet_fund", { address: `${fresh.slice(0, -1)}x`, coins: [{ denom: "uxprt", amount: "1" }] })).error.code).toBe(-32602);
    expect((await devnet.rpc("devnet_fund", { address: fresh, coins: [{ denom: "uxprt", amount: "-1" }] })).error.code).toBe(-32602);
    const info = (await devnet.rpc("devnet_info")).result;
    expect(info).toMatchObject({ chain_id: "devnet-1", genesis_time: GENESIS_TIME, demo: { address: alice } });
    expect(Object.keys(info.contracts)).toEqual(expect.arrayContaining(["stk_redemption", "dexter_vault"]));
    await devnet.stop();
  });
});

describe("the npm run devnet CLI", () => {
  function launch(args: string[]): Promise<{ proc: ChildProcess; url: string; output: () => string }> {
    const proc = spawn(process.execPath, ["--import", "tsx", "devnet/src/main.ts", ...args], {
      cwd: join(import.meta.dirname, "../.."),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    proc.stdout!.on("data", (d) => (out += d));
    proc.stderr!.on("data", (d) => (out += d));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`devnet did not start: ${out}`)), 30_000);
      proc.stdout!.on("data", () => {
        const m = /devnet listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve({ proc, url: m[1], output: () => out });
        }
      });
      proc.on("exit", (code) => reject(new Error(`devnet exited with ${code}: ${out}`)));
    });
  }

  const exited = (proc: ChildProcess) => new Promise<number | null>((r) => proc.on("exit", (code) => r(code)));

  it("prints its URL, stops cleanly on SIGTERM, and survives SIGKILL without losing an acknowledged block", async () => {
    const home = mkdtempSync(join(tmpdir(), "devnet-cli-"));
    const port = String(26_700 + Math.floor(Math.random() * 500));
    let node = await launch(["--home", home, "--port", port, "--reset", "--fresh", "--genesis-time", GENESIS_TIME]);
    expect(node.url).toBe(`http://127.0.0.1:${port}`);
    await rpcCall(node.url, "devnet_advanceTime", { seconds: 60 });
    let done = exited(node.proc);
    node.proc.kill("SIGTERM");
    expect(await done).toBe(0);
    expect(node.output()).toMatch(/devnet stopped at height 2/);

    node = await launch(["--home", home, "--port", port]);
    const client = await signingClient(node.url, await directWallet(0));
    const sent = await client.sendTokens(alice, bob, [{ denom: "uxprt", amount: "31337" }], "auto");
    done = exited(node.proc);
    node.proc.kill("SIGKILL");
    await done;

    node = await launch(["--home", home, "--port", port]);
    const q = await queryClient(node.url);
    expect((await q.getTx(sent.transactionHash))?.code).toBe(0);
    expect(await q.getHeight()).toBe(sent.height);
    done = exited(node.proc);
    node.proc.kill("SIGINT");
    expect(await done).toBe(0);
  });
});
