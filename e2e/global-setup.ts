import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  ARCHIVE_CONTROL_PORT,
  ARCHIVE_PORT,
  DEVNET_PORT,
  DEVNET_URL,
  EVM_PORT,
  FAULTY_CONTROL_URL,
  FAULTY_PORT,
  LIVED_IN_PORT,
  MAINNET_LIKE_PORT,
  OSMOSIS_PORT,
  OSMOSIS_URL,
  WALLETCONNECT_RELAY_PORT,
} from "./env";
import { startWalletConnectRelay } from "./wc-relay";
import { startFaultyNode } from "./faulty-node";

/** A chain in a fresh home; the Cosmos devnet starts empty (--fresh) unless `livedIn`. */
export async function startDevnet(args: string[], main = "devnet/src/main.ts", livedIn = false): Promise<ChildProcess> {
  const home = mkdtempSync(join(tmpdir(), "e2e-devnet-"));
  const proc: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", main, "--home", home, ...(main === "devnet/src/main.ts" ? ["--reset", ...(livedIn ? [] : ["--fresh"])] : []), ...args],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let out = "";
    // a lived-in devnet plays its history first (about 10 s alone, longer beside the other chains starting)
    const timer = setTimeout(() => reject(new Error(`devnet did not start: ${out}`)), 120_000);
    proc.stdout!.on("data", (d) => {
      out += d;
      if (out.includes("devnet listening on")) {
        clearTimeout(timer);
        resolve();
      }
    });
    proc.on("exit", (code) => reject(new Error(`devnet exited with ${code}: ${out}`)));
  });
  return proc;
}

/**
 * Starts the e2e chains (the devnet, a mainnet-like devnet the app reaches as core-1 with Osmosis as its IBC
 * counterparty, the local EVM chain, a lived-in
 * devnet that e2e/lived-in.spec.ts puts behind the app's devnet address) and the
 * faulty node in front of the devnet (the app's first devnet endpoint); returns their teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const procs = await Promise.all([
    startDevnet(["--port", String(DEVNET_PORT)]),
    // core-1 relays IBC packets to and from Osmosis (a relayer that retries until Osmosis is up)
    startDevnet(["--port", String(MAINNET_LIKE_PORT), "--profile", "mainnet", "--chain-id", "core-1", "--relay-to", OSMOSIS_URL]),
    startDevnet(["--port", String(OSMOSIS_PORT), "--profile", "counterparty"]),
    startDevnet(["--port", String(EVM_PORT), "--settle-every", "1"], "devnet/evm/main.ts"),
    startDevnet(["--port", String(LIVED_IN_PORT)], "devnet/src/main.ts", true),
  ]);
  const relay = startWalletConnectRelay(WALLETCONNECT_RELAY_PORT);
  const stopFaulty = await startFaultyNode({ port: FAULTY_PORT, controlPort: Number(new URL(FAULTY_CONTROL_URL).port), target: DEVNET_URL });
  // the archive endpoint: the same devnet behind another address (never switched to a fault)
  const stopArchive = await startFaultyNode({ port: ARCHIVE_PORT, controlPort: ARCHIVE_CONTROL_PORT, target: DEVNET_URL });
  return async () => {
    await relay.close();
    await stopFaulty();
    await stopArchive();
    await Promise.all(
      procs.map((proc) => {
        const done = new Promise((r) => proc.on("exit", r));
        proc.kill("SIGTERM");
        return done;
      }),
    );
  };
}
