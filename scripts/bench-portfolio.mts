// npm run bench:portfolio: how many RPC requests the portfolio page makes for an account holding 8 assets (7
// coins of the demo account + stkXPRT) and an LP position, on a production build against a fresh devnet. Counts
// HTTP requests and the JSON-RPC calls inside them (reads go out in batches), by method and query path, from
// connecting until the page (rewards and charts included) is idle. Prints figures; asserts nothing.
import { type ChildProcess, execSync, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { DEMO_ADDRESSES } from "../devnet/src/genesis";
import { directWallet, pstakeClient } from "../devnet/test/helpers";

const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");
const DEVNET_PORT = 26791;
const APP_PORT = 3209;
const DEVNET = `http://127.0.0.1:${DEVNET_PORT}`;
const [alice] = DEMO_ADDRESSES;
const FEE = { amount: [{ denom: "uxprt", amount: "100000" }], gas: "4000000" };

async function waitFor(proc: ChildProcess, text: string): Promise<void> {
  let out = "";
  await new Promise<void>((resolve, reject) => {
    proc.stdout!.on("data", (d) => {
      out += d;
      if (out.includes(text)) resolve();
    });
    proc.on("exit", (code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
}

const rpc = (method: string, params: object = {}) =>
  fetch(DEVNET, { method: "POST", body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) }).then((r) => r.json());

const home = mkdtempSync(join(tmpdir(), "bench-portfolio-"));
const devnet = spawn(process.execPath, ["--import", "tsx", "devnet/src/main.ts", "--home", home, "--reset", "--fresh", "--port", String(DEVNET_PORT)], {
  stdio: ["ignore", "pipe", "inherit"],
});
let app: ChildProcess | undefined;
try {
  await waitFor(devnet, "devnet listening on");
  // the account: stake, days pass, LP in pool 1 (stkXPRT/XPRT), a partial unstake
  const ps = await pstakeClient(DEVNET, await directWallet(0));
  const msg = (typeUrl: string, denom: string, amount: string) => ({ typeUrl, value: { delegatorAddress: alice, amount: { denom, amount } } });
  await ps.signAndBroadcast(alice, [msg("/pstake.liquidstake.v1beta1.MsgLiquidStake", "uxprt", "5000000000")], FEE);
  await rpc("devnet_advanceTime", { seconds: 5 * 86_400 });
  const info = (await rpc("devnet_info")).result.contracts;
  const { SigningCosmWasmClient } = await import("@cosmjs/cosmwasm-stargate");
  const { GasPrice } = await import("@cosmjs/stargate");
  const wasm = await SigningCosmWasmClient.connectWithSigner(DEVNET, await directWallet(0), { gasPrice: GasPrice.fromString("0.025uxprt") });
  const join_ = {
    join_pool: {
      pool_id: "1",
      recipient: null,
      assets: [{ info: { native_token: { denom: "uxprt" } }, amount: "100000000" }],
      min_lp_to_receive: null,
      auto_stake: true,
    },
  };
  await wasm.execute(alice, info.dexter_vault, join_, FEE, "", [{ denom: "uxprt", amount: "100000000" }]);
  await ps.signAndBroadcast(alice, [msg("/pstake.liquidstake.v1beta1.MsgLiquidUnstake", "stk/uxprt", "1000000000")], FEE);
  await rpc("devnet_advanceTime", { seconds: 86_400 });
  const balances = (await ps.getAllBalances(alice)).length;

  console.log("building the app against the bench devnet…");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: ".next-bench", NEXT_PUBLIC_DEVNET_RPC: DEVNET };
  if (spawnSync(process.execPath, [NEXT_BIN, "build"], { env, stdio: "ignore" }).status !== 0) throw new Error("next build failed");
  app = spawn(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(APP_PORT)], { env, stdio: ["ignore", "pipe", "inherit"] });
  await waitFor(app, "Ready");

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || execSync("command -v chromium", { encoding: "utf8" }).trim(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${APP_PORT}/portfolio`, { waitUntil: "networkidle" });
  // Calls are told apart by what they read: the state now (holdings, pending, activity) or a past block
  // (rewards' exchange rates, the charts) and block times; the connected view loads them all at once.
  let http = 0;
  const calls = { now: new Map<string, number>(), past: new Map<string, number>() };
  page.on("request", (r) => {
    if (!r.url().startsWith(DEVNET) || r.method() !== "POST") return;
    http++;
    const body = JSON.parse(r.postData() ?? "null");
    for (const c of Array.isArray(body) ? body : [body]) {
      const key = c.method === "abci_query" ? `abci_query ${c.params.path}` : c.method;
      const kind = c.params?.height || c.method === "blockchain" ? "past" : "now";
      calls[kind].set(key, (calls[kind].get(key) ?? 0) + 1);
    }
  });
  const started = performance.now();
  await page.getByRole("button", { name: "Try it with the demo account" }).click();
  await page.getByTestId("holdings").waitFor();
  const holdingsMs = performance.now() - started;
  await page.getByTestId("rewards").waitFor();
  await page.getByTestId("activity").waitFor();
  await page.getByTestId("rate-chart").locator("canvas").waitFor();
  await page.waitForLoadState("networkidle");
  const allMs = performance.now() - started;
  await browser.close();

  const total = (m: Map<string, number>) => [...m.values()].reduce((s, n) => s + n, 0);
  const list = (m: Map<string, number>) => {
    for (const [k, n] of [...m].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);
  };
  console.log(`account: ${balances} coins in the bank + 1 LP position (bonded), 4 transactions`);
  console.log(`holdings shown after ${holdingsMs.toFixed(0)} ms; rewards, activity and charts done after ${allMs.toFixed(0)} ms`);
  console.log(`${http} HTTP requests carrying ${total(calls.now) + total(calls.past)} JSON-RPC calls (reads are batched)`);
  console.log(`reads of the state now (holdings, pending unbondings, activity): ${total(calls.now)} calls`);
  list(calls.now);
  console.log(`reads of past blocks (rewards' exchange rates; charts: 32 blocks over 30 days) and block times: ${total(calls.past)} calls`);
  list(calls.past);
} finally {
  app?.kill("SIGTERM");
  devnet.kill("SIGTERM");
  rmSync(home, { recursive: true, force: true });
}
