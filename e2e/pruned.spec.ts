import type { ChildProcess } from "node:child_process";
import { ARCHIVE_PORT, DEVNET_PORT, FAULTY_PORT, LIVED_IN_PORT, PRUNED_PORT } from "./env";
import { connectDemo, expect, test } from "./fixtures";
import { startDevnet } from "./global-setup";
import { pageErrors, routeChain } from "./routing";

// History on an ordinary node: public core-1 nodes keep a recent window of blocks. A lived-in devnet started with
// --keep-blocks 600 (of its 3,000-odd blocks: the last few weeks) is put behind the app's devnet address. Without an
// archive the portfolio charts what the node keeps and says from where; with an archive endpoint (the full lived-in
// devnet behind the app's archive address) it charts the whole range again.

const KEEP = 600;
const DEVNET_ADDRESS = new RegExp(`^http://127\\.0\\.0\\.1:(${DEVNET_PORT}|${FAULTY_PORT})(?=/|$)`);
const ARCHIVE_ADDRESS = new RegExp(`^http://127\\.0\\.0\\.1:${ARCHIVE_PORT}(?=/|$)`);

let pruned: ChildProcess;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  pruned = await startDevnet(["--port", String(PRUNED_PORT), "--keep-blocks", String(KEEP)], "devnet/src/main.ts", true);
});
test.afterAll(() => {
  pruned?.kill("SIGTERM");
});

test("on a pruned node the portfolio charts the blocks it keeps and says from where, with no read failing", async ({ page }) => {
  const errors = pageErrors(page);
  await routeChain(page, DEVNET_ADDRESS, PRUNED_PORT);
  await routeChain(page, ARCHIVE_ADDRESS, PRUNED_PORT);
  const status = await (await fetch(`http://127.0.0.1:${PRUNED_PORT}/status`)).json();
  const earliest = Number(status.result.sync_info.earliest_block_height);
  expect(Number(status.result.sync_info.latest_block_height) - earliest + 1).toBe(KEEP);
  // connected on the portfolio itself (a reload right after the demo button could beat the session being saved)
  await connectDemo(page, "/portfolio");
  await expect(page.getByTestId("rate-chart").locator("canvas")).toHaveCount(1);
  await expect(page.getByTestId("chart-span")).toContainText(`This node keeps blocks only from height ${earliest}`);
  await expect(page.getByTestId("rewards-total")).toHaveText(/^\$[\d,.]+$/);
  await expect(page.getByText("could not answer the history reads")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("with an archive endpoint beside the pruned node, the history reaches back past what the node keeps", async ({ page }) => {
  const errors = pageErrors(page);
  await routeChain(page, DEVNET_ADDRESS, PRUNED_PORT);
  await routeChain(page, ARCHIVE_ADDRESS, LIVED_IN_PORT);
  // connected on the portfolio itself (a reload right after the demo button could beat the session being saved)
  await connectDemo(page, "/portfolio");
  await expect(page.getByTestId("rate-chart").locator("canvas")).toHaveCount(1);
  await expect(page.getByTestId("chart-span")).toHaveText(/^\d+ blocks from /);
  await expect(page.getByTestId("chart-span")).not.toContainText("keeps blocks only");
  await expect(page.getByTestId("rewards-total")).toHaveText(/^\$[\d,.]+$/);
  expect(errors).toEqual([]);
});
