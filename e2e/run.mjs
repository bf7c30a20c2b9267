// npm run test:e2e: build the app for the e2e world (its own dist folder and endpoints), then run Playwright.
import { spawnSync } from "node:child_process";

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
  NEXT_DIST_DIR: ".next-e2e",
  // the faulty node in front of the devnet first (e2e/faulty-node.ts), the devnet itself second
  NEXT_PUBLIC_DEVNET_RPC: "http://127.0.0.1:26759,http://127.0.0.1:26757",
  // history reads: the same devnet behind another address (e2e/env.ts ARCHIVE_PORT)
  NEXT_PUBLIC_DEVNET_ARCHIVE_RPC: "http://127.0.0.1:26762",
  NEXT_PUBLIC_CORE1_RPC: "http://127.0.0.1:26758",
  // core-1's linked chains: Osmosis is the counterparty devnet; the others a closed local port (unreachable)
  NEXT_PUBLIC_OSMOSIS_RPC: "http://127.0.0.1:26765",
  NEXT_PUBLIC_COSMOSHUB_RPC: "http://127.0.0.1:9",
  NEXT_PUBLIC_NEUTRON_RPC: "http://127.0.0.1:9",
  NEXT_PUBLIC_TESTNET_RPC: "http://127.0.0.1:9",
  NEXT_PUBLIC_EVM_RPC: "http://127.0.0.1:28545",
  NEXT_PUBLIC_BSC_RPC: "http://127.0.0.1:9",
  NEXT_PUBLIC_BSC_TESTNET_RPC: "http://127.0.0.1:9",
  // WalletConnect through the local relay (e2e/wc-relay.ts), where the test's phone wallet pairs
  NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID: "e2e-local",
  NEXT_PUBLIC_WALLETCONNECT_RELAY: "ws://127.0.0.1:26766",
};

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!process.argv.includes("--no-build")) run("npx", ["next", "build"]);
run("npx", ["playwright", "test", ...process.argv.slice(2).filter((a) => a !== "--no-build")]);
