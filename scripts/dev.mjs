// npm run dev: a fresh devnet (home .devnet/), the local EVM chain with stkBNB (npm run devnet:evm) and the app in
// development mode, together. Ctrl-C stops all three.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

// Next's CLI run directly by Node (not through npx), so stopping it reaches the process that serves.
const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");

const DEVNET_PORT = process.env.DEVNET_PORT ?? "26657";
const APP_PORT = process.env.PORT ?? "3000";
const EVM_PORT = process.env.EVM_PORT ?? "8545";
const children = [];

function start(name, cmd, args, env = {}) {
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  const prefix = (line) => `[${name}] ${line}`;
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding("utf8");
    stream.on("data", (chunk) => {
      for (const line of chunk.split("\n")) if (line.trim()) console.log(prefix(line));
    });
  }
  child.on("exit", (code) => {
    console.log(prefix(`exited (${code ?? "signal"})`));
    stop(code ?? 1);
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill("SIGTERM");
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

const ready = (child, line) => new Promise((resolve) => child.stdout.on("data", (chunk) => String(chunk).includes(line) && resolve()));

const devnet = start("devnet", process.execPath, ["--import", "tsx", "devnet/src/main.ts", "--reset", "--home", ".devnet", "--port", DEVNET_PORT]);
await ready(devnet, "devnet listening on");
// after the devnet, whose --reset empties the home where this writes evm.json; rewards every 5 minutes move the rate
const evm = start("evm", process.execPath, ["--import", "tsx", "devnet/evm/main.ts", "--home", ".devnet", "--port", EVM_PORT, "--reward-every", "300"]);
await ready(evm, "evm devnet listening on");
start("app", process.execPath, [NEXT_BIN, "dev", "-H", "127.0.0.1", "-p", APP_PORT], {
  NEXT_PUBLIC_DEVNET_RPC: `http://127.0.0.1:${DEVNET_PORT}`,
  NEXT_PUBLIC_EVM_RPC: `http://127.0.0.1:${EVM_PORT}`,
  NEXT_TELEMETRY_DISABLED: "1",
});
console.log(
  `\n  App:    http://127.0.0.1:${APP_PORT}   (click "Try it with the demo account")\n  Devnet: http://127.0.0.1:${DEVNET_PORT}\n  EVM:    http://127.0.0.1:${EVM_PORT}   (stkBNB on /bnb)\n`,
);
