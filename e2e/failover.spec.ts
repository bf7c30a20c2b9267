import type { Page } from "@playwright/test";
import { FAULTY_CONTROL_URL } from "./env";
import type { Fault } from "./faulty-node";
import { ALICE, confirmTx, connectDemo, expect, test } from "./fixtures";

// The app's devnet has two RPC endpoints: a node that fails on command (e2e/faulty-node.ts) in front of the devnet,
// and the devnet itself. The first dies, answers 500s or garbage, hangs, or loses a broadcast's answer.

async function setFault(fault: Fault) {
  const res = await fetch(FAULTY_CONTROL_URL, { method: "POST", body: fault });
  expect(await res.text()).toBe(fault);
}

test.afterEach(() => setFault("pass"));

const banner = (page: Page) => page.getByTestId("degraded-banner");

/** Each page by its header link, and something on it only the chain can provide. */
const PAGES: [string, (page: Page) => Promise<void>][] = [
  ["Pools", (page) => expect(page.getByTestId("pools-table")).toContainText("stkXPRT / XPRT")],
  ["Swap", (page) => expect(page.getByRole("form", { name: "Swap" }).getByLabel("From", { exact: true })).toContainText("stkXPRT")],
  ["Lend", (page) => expect(page.getByTestId("market-stkXPRT")).toBeVisible()],
  ["Routes", (page) => expect(page.getByTestId("route-pool-1")).toBeVisible()],
  ["Portfolio", (page) => expect(page.getByTestId("holdings")).toContainText("XPRT")],
  ["Home", (page) => expect(page.getByTestId("home-stkxprt")).toHaveText(/^[\d,.]+$/)],
  ["Stake", (page) => expect(page.getByTestId("exchange-rate")).toHaveText(/1 stkXPRT = [\d.]+ XPRT/)],
];

test.describe("failing nodes", () => {
  test("the first node dies mid-session: every page keeps working through the second within 3 s", async ({ page, chain }) => {
    await connectDemo(page, "/stake");
    await expect(page.getByText(/Balance [\d,.]+ XPRT/)).toBeVisible();
    await expect(banner(page)).toHaveCount(0);

    await setFault("down");
    const nav = page.getByRole("navigation", { name: "Main" });
    const timings: string[] = [];
    for (const [link, ready] of PAGES) {
      const started = Date.now();
      await nav.getByRole("link", { name: link, exact: true }).click();
      await ready(page);
      const ms = Date.now() - started;
      timings.push(`${link} ${ms} ms`);
      expect(ms, `${link} after the first node died`).toBeLessThan(3_000);
    }
    console.log(`failover, page ready after the first node died: ${timings.join(", ")}`);
    await expect(banner(page)).toContainText("Degraded: using a fallback node for Local devnet.");
    await expect(banner(page)).toContainText("127.0.0.1:26759: unreachable");

    // and a transaction goes through the second node
    await page.getByLabel("XPRT to stake").fill("10");
    await page.getByRole("button", { name: "Stake", exact: true }).click();
    await confirmTx(page);
    expect(await chain.balance(ALICE, "stk/uxprt")).toBe(10_000_000n);
  });

  for (const [fault, reason] of [
    ["http500", "HTTP 500"],
    ["garbage", "answered something that is not JSON-RPC"],
    ["hang", "no answer within 4000 ms"],
  ] as const) {
    test(`a first node that ${fault === "hang" ? "hangs" : `answers ${fault}`} is skipped and the banner says why`, async ({ page }) => {
      await setFault(fault);
      await page.goto("/stake");
      await expect(page.getByTestId("exchange-rate")).toHaveText(/1 stkXPRT = [\d.]+ XPRT/);
      await expect(banner(page)).toContainText(`127.0.0.1:26759: ${reason}`);
    });
  }

  test("a broadcast whose answer is lost is followed by its hash: sent once, shown as done", async ({ page, chain }) => {
    // what the dialog said while it followed the tx (it may be brief: the devnet includes a tx at once)
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const note = document.querySelector("[data-testid=tx-pending]")?.textContent;
        if (note) (window as unknown as { __pending: string }).__pending = note;
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await connectDemo(page, "/stake");
    await expect(page.getByText(/Balance [\d,.]+ XPRT/)).toBeVisible();
    const txs = await chain.txCount(ALICE);
    await setFault("lose-broadcast");
    await page.getByLabel("XPRT to stake").fill("25");
    await page.getByRole("button", { name: "Stake", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toHaveAttribute("data-stage", "review");
    await dialog.getByRole("button", { name: "Confirm and sign" }).click();
    await expect(dialog).toHaveAttribute("data-stage", "success");
    const hash = await dialog.getByTestId("tx-hash").innerText();
    expect(await page.evaluate(() => (window as unknown as { __pending?: string }).__pending)).toBe(
      `The node did not confirm it received the transaction. Following it by its hash until the chain settles it: do not send it again.Tx hash: ${hash}`,
    );
    expect((await chain.rpc("tx", { hash: Buffer.from(hash, "hex").toString("base64") })).result.tx_result.code).toBe(0);
    expect(await chain.txCount(ALICE)).toBe(txs + 1);
    expect(await chain.balance(ALICE, "stk/uxprt")).toBe(25_000_000n);
  });
});
