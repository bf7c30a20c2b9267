import type { Page } from "@playwright/test";
import { DEVNET_PORT, FAULTY_PORT, LIVED_IN_PORT } from "./env";
import { connectDemo, expect, test } from "./fixtures";

// The first visit of `npm run dev`: a devnet started lived-in (its months of history played at start, then block
// times that follow the wall clock), reached at the app's own devnet address. Read-only: nothing here changes it.

const DEVNET_ADDRESS = new RegExp(`^http://127\\.0\\.0\\.1:(${DEVNET_PORT}|${FAULTY_PORT})(?=/|$)`);

test.beforeEach(async ({ page }) => {
  await page.route(DEVNET_ADDRESS, async (route) => {
    const response = await route.fetch({ url: route.request().url().replace(DEVNET_ADDRESS, `http://127.0.0.1:${LIVED_IN_PORT}`) });
    await route.fulfill({ response });
  });
});

function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

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
