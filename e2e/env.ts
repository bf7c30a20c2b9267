import { execSync } from "node:child_process";

// Ports and endpoints of the e2e world, shared by the build (e2e/run.mjs reads the same numbers), the global
// setup and the tests. The app's devnet has two RPC endpoints (a faulty node in front of the devnet, then the
// devnet) for the failover tests.

export const APP_PORT = 3107;
export const DEVNET_PORT = 26757;
export const DEVNET_URL = `http://127.0.0.1:${DEVNET_PORT}`;
/** a second devnet, run like core-1 is today (--profile mainnet, chain id core-1): the app's "core-1" in e2e */
export const MAINNET_LIKE_PORT = 26758;
export const MAINNET_LIKE_URL = `http://127.0.0.1:${MAINNET_LIKE_PORT}`;
/** Osmosis as core-1's IBC counterparty (--profile counterparty), relayed to by the mainnet-like devnet */
export const OSMOSIS_PORT = 26765;
export const OSMOSIS_URL = `http://127.0.0.1:${OSMOSIS_PORT}`;
/** the local WalletConnect relay (e2e/wc-relay.ts): the app's WalletConnect and the test's phone wallet meet there */
export const WALLETCONNECT_RELAY_PORT = 26766;
export const WALLETCONNECT_RELAY_URL = `ws://127.0.0.1:${WALLETCONNECT_RELAY_PORT}`;
/** a devnet started lived-in (its history played at start, as `npm run dev` starts it): e2e/lived-in.spec.ts */
export const LIVED_IN_PORT = 26761;
/**
 * The app's devnet archive endpoint (NEXT_PUBLIC_DEVNET_ARCHIVE_RPC): a pass-through node in front of the devnet, so
 * every test's history reads reach the same chain; e2e/pruned.spec.ts routes it elsewhere.
 */
export const ARCHIVE_PORT = 26762;
export const ARCHIVE_URL = `http://127.0.0.1:${ARCHIVE_PORT}`;
export const ARCHIVE_CONTROL_PORT = 26764;
/** a lived-in devnet that keeps only its last blocks (--keep-blocks), started by e2e/pruned.spec.ts */
export const PRUNED_PORT = 26763;
/** the local EVM chain with stkBNB (npm run devnet:evm), started by the global setup */
export const EVM_PORT = 28545;
export const EVM_URL = `http://127.0.0.1:${EVM_PORT}`;
/**
 * The app's first devnet endpoint: a node in front of the devnet that fails on command (e2e/faulty-node.ts),
 * switched over FAULTY_CONTROL_URL; the devnet itself is the second endpoint.
 */
export const FAULTY_PORT = 26759;
export const FAULTY_URL = `http://127.0.0.1:${FAULTY_PORT}`;
export const FAULTY_CONTROL_URL = "http://127.0.0.1:26760";
/** the testnet points at a closed local port: tests never leave 127.0.0.1. */
export const DEAD_URL = "http://127.0.0.1:9";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync("command -v chromium", { encoding: "utf8" }).trim();
  } catch {
    throw new Error("Debian's chromium is required for the e2e tests: apt-get install -y chromium");
  }
}
