import type { Locator, Page } from "@playwright/test";
import { ALICE, connectDemo, expect, test } from "./fixtures";
import { PAGES } from "./pages";

// Every page on a phone (390x844, touch) and on a laptop (1280x800), connected with the demo account: the document
// is never wider than the screen, the header is one row (at 1280 every link on one line), the wallet stays in
// view, and each page's main action is on screen, wholly inside it and big enough to tap. Then the stake flow,
// done with taps on a phone.

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const LAPTOP = { viewport: { width: 1280, height: 800 } };

/** The control a visitor comes to each page for. */
const MAIN_ACTION: Record<string, (page: Page) => Locator> = {
  "/": (page) => page.getByTestId("next-action").getByRole("link"),
  "/stake": (page) => page.getByRole("button", { name: "Stake", exact: true }),
  "/pools": (page) => page.getByTestId("pool-row-1").getByRole("link"),
  "/pools/1": (page) => page.getByRole("form", { name: "Add liquidity" }).getByRole("button").last(),
  // a closed pool: what it says about refunds is what a visitor comes for
  "/pools/5": (page) => page.getByTestId("defunct-note"),
  "/swap": (page) => page.getByRole("form", { name: "Swap" }).getByRole("button", { name: "Review swap" }),
  "/lend": (page) => page.getByRole("form", { name: "Lending" }).getByRole("tab", { name: "Supply" }),
  "/routes": (page) => page.getByRole("tab", { name: "stkATOM", exact: true }),
  "/portfolio": (page) => page.getByRole("button", { name: "Export activity CSV" }),
  // on the devnet stkASSETs are live: the page sends them to the Stake page
  "/recover": (page) => page.getByTestId("recover-live").getByRole("link"),
  "/bnb": (page) => page.getByTestId("evm-wallet-button"),
};

async function documentWidth(page: Page) {
  return page.evaluate(() => ({ doc: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
}

/** Inside the viewport horizontally, and at least 24 px each way (WCAG 2.2's minimum target size). */
async function expectTappable(page: Page, target: Locator, label: string) {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  const width = page.viewportSize()!.width;
  expect(box, label).not.toBeNull();
  expect(box!.x, label).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, label).toBeLessThanOrEqual(width);
  expect(box!.width, label).toBeGreaterThanOrEqual(24);
  expect(box!.height, label).toBeGreaterThanOrEqual(24);
}

for (const [name, device] of [
  ["a phone, 390 px", PHONE],
  ["a laptop, 1280 px", LAPTOP],
] as const) {
  test.describe(`on ${name}`, () => {
    test.use(device);

    test("no page scrolls sideways, the header is one row, the wallet and each page's main action are reachable", async ({ page }) => {
      test.setTimeout(120_000);
      await connectDemo(page, "/");
      const wallet = page.getByRole("button", { name: new RegExp(`^${ALICE.slice(0, 14)}`) });
      await expect(wallet).toBeVisible();
      for (const path of PAGES) {
        await page.goto(path);
        await expect(MAIN_ACTION[path](page)).toBeVisible();
        const { doc, viewport } = await documentWidth(page);
        expect(doc, `${path} is ${doc}px wide in a ${viewport}px viewport`).toBeLessThanOrEqual(viewport);

        const header = await page.getByRole("banner").boundingBox();
        expect(header!.height, `${path}: header height`).toBeLessThanOrEqual(64);
        await expectTappable(page, wallet, `${path}: wallet button`);
        await expectTappable(page, MAIN_ACTION[path](page), `${path}: main action`);
        if (device === LAPTOP) {
          // every navigation link on the header's one line
          const tops = await page
            .getByRole("navigation", { name: "Main" })
            .getByRole("link")
            .evaluateAll((links) => links.map((l) => Math.round(l.getBoundingClientRect().top)));
          expect(new Set(tops).size, `${path}: navigation rows`).toBe(1);
          await expect(page.getByRole("button", { name: "Menu" })).toBeHidden();
        }
      }
    });
  });
}

test.describe("on a phone", () => {
  test.use(PHONE);

  test("the menu opens the navigation, language and network, and closes on the way to another page", async ({ page }) => {
    await page.goto("/");
    const nav = page.getByRole("navigation", { name: "Main" });
    const menu = page.getByRole("button", { name: "Menu" });
    await expect(nav).toBeHidden();
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await menu.tap();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    await expect(nav).toBeVisible();
    await expect(page.getByLabel("Network", { exact: true })).toBeVisible();
    await expect(page.getByLabel("Language")).toBeVisible();
    for (const link of await nav.getByRole("link").all()) await expectTappable(page, link, `menu link ${await link.innerText()}`);
    await nav.getByRole("link", { name: "Pools" }).tap();
    await expect(page).toHaveURL(/\/pools$/);
    await expect(nav).toBeHidden();
    await expect(page.getByTestId("pools-table")).toBeVisible();
    // Escape closes it too
    await menu.tap();
    await expect(nav).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
  });

  test("stake XPRT with taps: demo account, the menu to Stake, review, sign, and the stkXPRT arrives", async ({ page, chain }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Try it with the demo account" }).tap();
    await expect(page.getByTestId("next-action")).toHaveAttribute("data-kind", "stake");
    await page.getByRole("button", { name: "Menu" }).tap();
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Stake" }).tap();
    await expect(page.getByText(/Balance [\d,.]+ XPRT/)).toBeVisible();
    await page.getByLabel("XPRT to stake").tap();
    await page.getByLabel("XPRT to stake").fill("125");
    await expect(page.getByTestId("stake-receive")).toHaveText("125 stkXPRT");
    await page.getByRole("button", { name: "Stake", exact: true }).tap();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toHaveAttribute("data-stage", "review");
    // the dialog fits the phone's screen, its confirm button within reach
    const box = await dialog.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await expectTappable(page, dialog.getByRole("button", { name: "Confirm and sign" }), "confirm");
    await dialog.getByRole("button", { name: "Confirm and sign" }).tap();
    await expect(dialog).toHaveAttribute("data-stage", "success");
    await expect(dialog.getByTestId("tx-success-mark")).toBeVisible();
    await dialog.getByRole("button", { name: "Close" }).tap();
    expect(await chain.balance(ALICE, "stk/uxprt")).toBe(125_000_000n);
    // back home, the account shows it
    await page.getByRole("link", { name: "Liquid Staking Hub" }).tap();
    await expect(page.getByTestId("home-stkxprt")).toHaveText("125");
    const { doc, viewport } = await documentWidth(page);
    expect(doc).toBeLessThanOrEqual(viewport);
  });
});
