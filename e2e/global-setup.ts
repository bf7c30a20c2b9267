import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEVNET_PORT } from "./env";

/** Starts a fresh devnet for the run and returns its teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const home = mkdtempSync(join(tmpdir(), "e2e-devnet-"));
  const proc: ChildProcess = spawn(process.execPath, ["--import", "tsx", "devnet/src/main.ts", "--home", home, "--reset", "--port", String(DEVNET_PORT)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`devnet did not start: ${out}`)), 30_000);
    proc.stdout!.on("data", (d) => {
      out += d;
      if (out.includes("devnet listening on")) {
        clearTimeout(timer);
        resolve();
      }
    });
    proc.on("exit", (code) => reject(new Error(`devnet exited with ${code}: ${out}`)));
  });
  return async () => {
    const done = new Promise((r) => proc.on("exit", r));
    proc.kill("SIGTERM");
    await done;
  };
}
