import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeCosmoshubPath } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { BaseAccount } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import { QueryAccountRequest, QueryAccountResponse } from "cosmjs-types/cosmos/auth/v1beta1/query";
import { QueryBalanceRequest } from "cosmjs-types/cosmos/bank/v1beta1/query";
import { DEMO_ADDRESSES, DEMO_MNEMONIC } from "../src/genesis.js";
import { b64, signDirect } from "../test/helpers.js";

// npm run bench:devnet: the devnet as its own process (as `npm run devnet` runs it), driven over HTTP by this
// one. Prints sustained signed MsgSend throughput (signatures verified) with one tx per block and with
// interval blocks, and abci_query latency; medians of ROUNDS fresh chains. Prints figures, asserts nothing.

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SENDERS = 5;
const TXS_PER_SENDER = Number(process.env.BENCH_TXS ?? 600);
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function rpc(url: string, method: string, params: object = {}): Promise<any> {
  const res = await fetch(url, { method: "POST", body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) });
  return res.json();
}

async function launch(args: string[]): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, ["--import", "tsx", "devnet/src/main.ts", ...args], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((resolve, reject) => {
    let out = "";
    proc.stdout!.on("data", (d) => {
      out += d;
      const m = /devnet listening on (\S+)/.exec(out);
      if (m) resolve({ proc, url: m[1] });
    });
    proc.on("exit", (code) => reject(new Error(`devnet exited (${code}): ${out}`)));
  });
}

async function stop(proc: ChildProcess) {
  const done = new Promise((r) => proc.on("exit", r));
  proc.kill("SIGTERM");
  await done;
}

async function accountNumber(url: string, address: string): Promise<number> {
  const data = hex(QueryAccountRequest.encode({ address }).finish());
  const res = await rpc(url, "abci_query", { path: "/cosmos.auth.v1beta1.Query/Account", data });
  const any = QueryAccountResponse.decode(Buffer.from(res.result.response.value, "base64")).account!;
  return Number(BaseAccount.decode(any.value).accountNumber);
}

const wallets = await Promise.all(
  Array.from({ length: SENDERS }, (_, i) => DirectSecp256k1HdWallet.fromMnemonic(DEMO_MNEMONIC, { prefix: "persistence", hdPaths: [makeCosmoshubPath(i)] })),
);

/** Signed in advance so the measured time is the node's, not this process's signing. */
async function presign(url: string): Promise<Uint8Array[][]> {
  return Promise.all(
    wallets.map(async (wallet, i) => {
      const number = await accountNumber(url, DEMO_ADDRESSES[i]);
      const list: Uint8Array[] = [];
      for (let s = 0; s < TXS_PER_SENDER; s++) {
        list.push(
          await signDirect({
            wallet,
            accountNumber: number,
            sequence: s,
            msgs: [
              {
                typeUrl: "/cosmos.bank.v1beta1.MsgSend",
                value: { fromAddress: DEMO_ADDRESSES[i], toAddress: DEMO_ADDRESSES[(i + 1) % SENDERS], amount: [{ denom: "uxprt", amount: "1" }] },
              },
            ],
            fee: { amount: [{ denom: "uxprt", amount: "5000" }], gas: 200_000 },
          }),
        );
      }
      return list;
    }),
  );
}

async function throughputRound(blockTime: number | null, port: number): Promise<number> {
  const home = mkdtempSync(join(tmpdir(), "devnet-bench-"));
  const args = ["--home", home, "--reset", "--fresh", "--port", String(port), ...(blockTime ? ["--block-time", String(blockTime)] : [])];
  const { proc, url } = await launch(args);
  try {
    const txs = await presign(url);
    const start = performance.now();
    const hashes = await Promise.all(
      txs.map(async (list) => {
        let last = "";
        for (const tx of list) {
          const r = await rpc(url, "broadcast_tx_sync", { tx: b64(tx) });
          if (r.result?.code !== 0) throw new Error(`tx rejected: ${JSON.stringify(r)}`);
          last = r.result.hash;
        }
        return last;
      }),
    );
    // Sustained means committed: wait until each sender's last tx is in a block.
    for (const hash of hashes) {
      while ((await rpc(url, "tx", { hash })).error) await new Promise((r) => setTimeout(r, 5));
    }
    const seconds = (performance.now() - start) / 1000;
    const committed = Number((await rpc(url, "tx_search", { query: "message.action='/cosmos.bank.v1beta1.MsgSend'", per_page: "1" })).result.total_count);
    if (committed !== SENDERS * TXS_PER_SENDER) throw new Error(`only ${committed} txs committed`);
    return committed / seconds;
  } finally {
    await stop(proc);
  }
}

async function queryLatency(port: number): Promise<{ p50: number; p99: number }> {
  const { proc, url } = await launch(["--home", mkdtempSync(join(tmpdir(), "devnet-bench-")), "--reset", "--fresh", "--port", String(port)]);
  try {
    const data = hex(QueryBalanceRequest.encode({ address: DEMO_ADDRESSES[0], denom: "uxprt" }).finish());
    const samples: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const t = performance.now();
      await rpc(url, "abci_query", { path: "/cosmos.bank.v1beta1.Query/Balance", data });
      if (i >= 500) samples.push(performance.now() - t); // after warm-up
    }
    samples.sort((a, b) => a - b);
    return { p50: samples[Math.floor(samples.length / 2)], p99: samples[Math.floor(samples.length * 0.99)] };
  } finally {
    await stop(proc);
  }
}

const port = 27_000 + Math.floor(Math.random() * 1000);
const total = SENDERS * TXS_PER_SENDER;
console.log(`devnet benchmark: ${ROUNDS} rounds, ${total} signed MsgSend txs per round from ${SENDERS} concurrent senders over HTTP`);
for (const [label, blockTime] of [
  ["one tx per block (automine)", null],
  ["interval blocks (--block-time 100)", 100],
] as const) {
  const rates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) rates.push(await throughputRound(blockTime, port));
  console.log(`${label}: median ${median(rates).toFixed(0)} tx/s (rounds: ${rates.map((x) => x.toFixed(0)).join(", ")}; target >= 500)`);
}
const latencies = [];
for (let r = 0; r < ROUNDS; r++) latencies.push(await queryLatency(port));
console.log(
  `abci_query /cosmos.bank.v1beta1.Query/Balance over HTTP: median p50 ${median(latencies.map((l) => l.p50)).toFixed(3)} ms, median p99 ${median(latencies.map((l) => l.p99)).toFixed(3)} ms (target p50 < 2 ms)`,
);
