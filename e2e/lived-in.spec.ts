import { StargateClient } from "@cosmjs/stargate";
import { ARCHIVE_PORT, DEVNET_PORT, FAULTY_PORT, LIVED_IN_PORT } from "./env";
import { ALICE, connectDemo, expect, test } from "./fixtures";
import { pageErrors, routeChain } from "./routing";

// The first visit of `npm run dev`: a devnet started lived-in (its months of history played at start, then block
// times that follow the wall clock), reached at the app's own devnet address. Only the last test changes it (a
// stake), so the others see it as `npm run dev` starts it.

// the app's devnet endpoints and its archive endpoint (history reads) all lead to the lived-in devnet
const DEVNET_ADDRESS = new RegExp(`^http://127\\.0\\.0\\.1:(${DEVNET_PORT}|${FAULTY_PORT}|${ARCHIVE_PORT})(?=/|$)`);

test.beforeEach(({ page }) => routeChain(page, DEVNET_ADDRESS, LIVED_IN_PORT));

const number = (text: string) => Number(text.replace(/[^\d.]/g, ""));

test("the home page shows a living protocol and the demo account's own position", async ({ page }) => {
  const errors = pageErrors(page);
  await page.goto("/");
  await expect(page.getByTestId("home-apy")).toHaveText(/^\d+\.\d\d%$/);
  await expect(page.getByText("measured from the exchange rate")).toBeVisible();
  await expect(page.getByTestId("home-rate")).toHaveText(/XPRT$/);
  expect(number(await page.getByTestId("home-rate").innerText())).toBeGreaterThan(1);
  await page.getByRole("button", { name: "Try it with the demo account" }).click();
  // the demo account's stkXPRT (a non-zero amount) and its rewards (some dollars) once read
  await expect(page.getByTestId("home-stkxprt")).toHaveText(/^[1-9][\d,]*(\.\d+)?$/);
  await expect(page.getByTestId("home-rewards")).toHaveText(/^\$[1-9][\d,]*(\.\d\d)?$/);
  await expect(page.getByTestId("home-unbonding")).toHaveText("1 request");
  expect(errors).toEqual([]);
});

test("the stake page shows an APY measured from the rate's history and a rate above 1", async ({ page }) => {
  const errors = pageErrors(page);
  await connectDemo(page, "/stake");
  await expect(page.getByTestId("apy-source")).toContainText("Measured: the growth of XPRT per stkXPRT");
  const rate = (await page.getByTestId("exchange-rate").innerText()).match(/1 stkXPRT = ([\d.]+) XPRT/);
  expect(Number(rate![1])).toBeGreaterThan(1);
  expect(errors).toEqual([]);
});

test("the portfolio shows rewards, both charts over more than 10 points, the activity, and no page error", async ({ page }) => {
  const errors = pageErrors(page);
  await connectDemo(page, "/");
  await page.goto("/portfolio");
  await expect(page.getByTestId("rewards")).toBeVisible();
  await expect(page.getByTestId("rewards-total")).toHaveText(/^\$[\d,.]+$/);
  expect(number(await page.getByTestId("rewards-total").innerText())).toBeGreaterThan(0);
  await expect(page.getByTestId("rate-chart").locator("canvas")).toHaveCount(1);
  await expect(page.getByTestId("value-chart").locator("canvas")).toHaveCount(1);
  await page.getByText("Show the numbers").click();
  expect(await page.getByTestId("timeline-table").locator("tbody tr").count()).toBeGreaterThan(10);
  await expect(page.getByTestId("activity").locator("tbody tr").first()).toBeVisible();
  expect(await page.getByTestId("activity").locator("tbody tr").count()).toBeGreaterThan(5);
  await expect(page.getByTestId("pending")).toContainText("unbonding");
  expect(errors).toEqual([]);
});

test("a stake's dialog ends with what the chain did: the stkXPRT minted equals the balance change", async ({ page }) => {
  const chain = await StargateClient.connect(`http://127.0.0.1:${LIVED_IN_PORT}`);
  const stkBefore = BigInt((await chain.getBalance(ALICE, "stk/uxprt")).amount);
  await connectDemo(page, "/stake");
  await page.getByLabel("XPRT to stake").fill("1000");
  // at a rate above 1, 1,000 XPRT mints less than 1,000 stkXPRT
  await expect(page.getByTestId("stake-receive")).toHaveText(/^9\d\d\.\d+ stkXPRT$/);
  await page.getByRole("button", { name: "Stake", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Confirm and sign" }).click();
  await expect(dialog).toHaveAttribute("data-stage", "success");
  const minted = BigInt((await chain.getBalance(ALICE, "stk/uxprt")).amount) - stkBefore;
  const outcome = dialog.getByTestId("tx-outcome");
  const whole = minted / 1_000_000n;
  const frac = (minted % 1_000_000n).toString().padStart(6, "0").replace(/0+$/, "");
  await expect(outcome).toContainText(`Received+${whole.toLocaleString("en-US")}${frac ? `.${frac}` : ""} stkXPRT`);
  await expect(outcome).toContainText("Sent−1,000 XPRT");
  await expect(outcome).toContainText(/Fee paid0\.\d+ XPRT/);
  chain.disconnect();
});
