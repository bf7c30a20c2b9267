import { defineConfig } from "@playwright/test";
import { APP_PORT, CHROMIUM_ARGS, chromiumPath } from "./e2e/env";

// End-to-end: the production build (built by e2e/run.mjs into .next-e2e) served by `next start`, a devnet
// started by the global setup, Debian's Chromium (never a downloaded browser), one worker (one chain).

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  timeout: 60_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: [["list"]],
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  webServer: {
    command: `npx next start -H 127.0.0.1 -p ${APP_PORT}`,
    env: { NEXT_DIST_DIR: ".next-e2e", NEXT_TELEMETRY_DISABLED: "1" },
    url: `http://127.0.0.1:${APP_PORT}`,
    reuseExistingServer: false,
    timeout: 90_000,
  },
});
