import { readFile } from "node:fs/promises";
import { ALICE, confirmTx, connectDemo, expect, test } from "./fixtures";
import { EVM_PORT } from "./env";

// The portfolio as a user meets it after staking, providing liquidity and unstaking through the app, with
// days passing on the devnet: each position, the rewards, charts with data, and CSV files with the right rows.

const DAY = 86_400;

test.describe("Portfolio", () => {
  test("after stake + LP + unstake: every position, rewards, charts and CSV exports", async ({ page, chain }) => {
    test.setTimeout(120_000);
    await connectDemo(page, "/stake");
    await page.getByLabel("XPRT to stake").fill("2000");
    await page.getByRole("button", { name: "Stake", exact: true }).click();
    await confirmTx(page);
    await chain.rpc("devnet_advanceTime", { seconds: 2 * DAY });

    await page.goto("/pools/1");
    const form = page.getByRole("form", { name: "Add liquidity" });
    await form.getByLabel("Keep the pool's ratio").uncheck();
    await form.getByLabel("XPRT", { exact: true }).fill("500");
    await expect(form.getByTestId("join-preview")).toHaveText(/LP$/);
    await form.getByRole("button", { name: "Review" }).click();
    await confirmTx(page);

    await page.goto("/stake");
    await page.getByRole("tab", { name: "Unstake" }).click();
    await page.getByLabel("stkXPRT to unstake").fill("300");
    await page.getByRole("button", { name: "Unstake", exact: true }).click();
    await confirmTx(page);
    await chain.rpc("devnet_advanceTime", { seconds: DAY });

    await page.goto("/portfolio");
    // holdings: the wallet's stkXPRT (2000 - 300) with its XPRT value, the bonded LP by its assets
    const holdings = page.getByTestId("holdings");
    const stk = holdings.locator('tr[data-denom="stk/uxprt"]');
    await expect(stk).toContainText("1,700 stkXPRT");
    await expect(stk).toContainText(/rate 1\.00\d+/);
    expect(await chain.balance(ALICE, "stk/uxprt")).toBe(1_700_000_000n);
    const lp = holdings.locator('tr[data-pool="1"]');
    await expect(lp).toContainText("stkXPRT / XPRT LP");
    await expect(lp).toContainText("bonded");
    await expect(lp).toContainText("XPRT");
    await expect(page.getByTestId("portfolio-total")).toHaveText(/^\$[\d,]+/);

    // the unstake: XPRT unbonding, arriving after the 21-day unbonding time
    const pending = page.getByTestId("pending").locator('tr[data-kind="unstake"]');
    await expect(pending).toContainText("XPRT");
    await expect(pending).toContainText(/in 2\d d/);

    // rewards: three days of exchange-rate growth on stkXPRT, positive
    const reward = page.getByTestId("rewards").locator('tr[data-denom="stk/uxprt"]').getByTestId("reward-total");
    await expect(reward).toHaveText(/^[1-9][\d,]*\.\d+ XPRT|^0\.\d*[1-9]\d* XPRT/);

    // charts: points from the chain, values under the cursor
    const rateChart = page.getByTestId("rate-chart").locator("[data-points]");
    await expect(rateChart).toHaveAttribute("data-points", /^([2-9]|[1-9]\d+)$/);
    await expect(page.getByTestId("rate-chart").locator("canvas")).toBeVisible();
    await expect(page.getByTestId("value-chart").locator("canvas")).toBeVisible();
    // hovering shows the value at that block in the legend (moved again if the chart was redrawn meanwhile)
    await expect(async () => {
      const over = page.getByTestId("value-chart").locator(".u-over");
      const box = (await over.boundingBox())!;
      await over.hover({ position: { x: box.width * 0.5, y: box.height / 2 } });
      await over.hover({ position: { x: box.width * 0.9, y: box.height / 2 } });
      await expect(page.getByTestId("value-chart").locator(".u-legend .u-value").last()).toHaveText(/^\$[\d,]+/, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await page.getByRole("button", { name: "All", exact: true }).click();
    await expect(page.getByRole("button", { name: "All", exact: true })).toHaveAttribute("aria-pressed", "true");
    await expect(rateChart).toHaveAttribute("data-points", /^([2-9]|[1-9]\d+)$/);

    // activity in words, newest first, and the same rows in the CSV
    const activity = page.getByTestId("activity").locator("tbody tr");
    await expect(activity).toHaveCount(3);
    await expect(activity.nth(0)).toContainText("Unstake");
    await expect(activity.nth(1)).toContainText("Add liquidity");
    await expect(activity.nth(1)).toContainText("pool 1");
    await expect(activity.nth(2)).toContainText("Stake");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export activity CSV" }).click()]);
    const csv = (await readFile((await download.path())!, "utf8")).trim().split("\r\n");
    expect(csv[0]).toBe("time (UTC),height,tx hash,type,status,sent,received,fee,pool");
    expect(csv.slice(1).map((r) => r.split(",")[3])).toEqual(["Unstake", "Add liquidity", "Stake"]);
    expect(csv[3]).toContain("2000 XPRT");
    expect(csv[3]).toContain("2000 stkXPRT");

    const [rewardsFile] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export rewards CSV" }).click()]);
    const rows = (await readFile((await rewardsFile.path())!, "utf8")).trim().split("\r\n");
    const xprtRows = rows.filter((r) => r.split(",")[3] === "stkXPRT").map((r) => r.split(",")[4]);
    // stake in, unstake out, then what is held now
    expect(xprtRows).toEqual(["stake", "unstake", "held now"]);
  });

  test("a fresh account sees empty states, not spinners", async ({ page }) => {
    // a browser that never connected an EVM wallet is told where to, and the page reads nothing from the BNB chain
    const evmReads: string[] = [];
    page.on("request", (r) => r.url().includes(`:${EVM_PORT}`) && evmReads.push(r.url()));
    await page.goto("/portfolio");
    await expect(page.getByRole("heading", { name: "Portfolio" })).toBeVisible();
    await page.getByRole("button", { name: "Try it with the demo account" }).click();
    await expect(page.getByTestId("holdings")).toBeVisible();
    await expect(page.getByText("Nothing is unbonding.")).toBeVisible();
    await expect(page.getByText("No transactions yet.")).toBeVisible();
    await expect(page.getByText(/No stkASSET in this account/)).toBeVisible();
    await expect(page.getByTestId("rate-chart").locator("canvas")).toBeVisible();
    await expect(page.getByText("Connect an EVM wallet on the BNB page to include your stkBNB.")).toBeVisible();
    expect(evmReads).toEqual([]);
  });
});
