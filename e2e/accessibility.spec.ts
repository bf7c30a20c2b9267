import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { connectDemo } from "./fixtures";
import { expect, test } from "./evm-wallet";
import { PAGES, visitSignedIn } from "./pages";

// Every page through axe (WCAG 2.1 A and AA rules), connected with the demo account and the EVM test wallet, and
// the staged tx dialog open: no serious or critical violation. The counts of every impact are printed.

async function audit(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const counts = violations.reduce<Record<string, number>>((c, v) => ({ ...c, [v.impact ?? "unknown"]: (c[v.impact ?? "unknown"] ?? 0) + v.nodes.length }), {});
  console.log(`axe ${label}: ${violations.length ? JSON.stringify(counts) : "no violations"}`);
  const blocking = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}; ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join(" | ")}`,
    );
  expect(blocking, label).toEqual([]);
}

test("every page, signed out", async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await audit(page, `${path} (no wallet)`);
  }
});

test("every page, with the demo account and the EVM wallet connected", async ({ page, evmWallet }) => {
  expect(evmWallet.address).toBeTruthy();
  await connectDemo(page, "/");
  await expect(page.getByTestId("account-address")).toBeVisible();
  await visitSignedIn(page, (path) => audit(page, `${path} (connected)`));
});

test.describe("on a phone (390 px, touch)", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("every page with the demo account, and the open menu", async ({ page }) => {
    test.setTimeout(120_000);
    await connectDemo(page, "/");
    await expect(page.getByTestId("next-action")).toBeVisible();
    for (const path of PAGES) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await audit(page, `${path} (phone)`);
    }
    await page.getByRole("button", { name: "Menu" }).click();
    await audit(page, "menu open (phone)");
  });
});

test("the transaction dialog, in review", async ({ page }) => {
  await connectDemo(page, "/stake");
  await page.getByLabel("XPRT to stake").fill("10");
  await page.getByRole("button", { name: "Stake", exact: true }).click();
  await expect(page.getByRole("dialog")).toHaveAttribute("data-stage", "review");
  await audit(page, "tx dialog (review)");
});

/** Presses Tab until the focused element has this accessible name (a label's text, or a button's). */
async function tabTo(page: Page, name: string | RegExp) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (el.getAttribute("aria-label") ?? label ?? el.textContent ?? "").trim();
    });
    if (typeof name === "string" ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

/** The focused element shows a ring: an outline that is drawn. */
async function expectVisibleFocus(page: Page) {
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: style.outlineWidth };
  });
  expect(outline.style).not.toBe("none");
  expect(outline.width).not.toBe("0px");
}

test("stake with the keyboard only: tab order, focus kept in the dialog, Escape closes, focus returns", async ({ page, chain }) => {
  await page.goto("/stake");
  await tabTo(page, "Try it with the demo account");
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Balance [\d,.]+ XPRT/)).toBeVisible();

  await tabTo(page, "XPRT to stake");
  await expectVisibleFocus(page);
  await page.keyboard.type("10");
  await expect(page.getByTestId("stake-receive")).toHaveText("10 stkXPRT");
  await tabTo(page, "Stake");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toHaveAttribute("data-stage", "review");

  // Tab and Shift+Tab cycle inside the dialog
  for (const key of ["Tab", "Tab", "Tab", "Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"]) {
    await page.keyboard.press(key);
    expect(await page.evaluate(() => !!document.activeElement?.closest("[role=dialog]"))).toBe(true);
  }
  // Escape cancels the review; focus is back on the Stake button
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Stake", exact: true })).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(dialog).toHaveAttribute("data-stage", "review");
  await tabTo(page, "Confirm and sign");
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(dialog).toHaveAttribute("data-stage", "success");
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  expect(await chain.balance("persistence1dnhqhel2uuvkl6c9dy8vj8farwmgz5yftxzhqz", "stk/uxprt")).toBe(10_000_000n);
});

test("every amount input and button has a name a screen reader can say", async ({ page }) => {
  await connectDemo(page, "/");
  await expect(page.getByTestId("account-address")).toBeVisible();
  for (const path of PAGES.filter((p) => p !== "/bnb")) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("input, select, button, [role=tab], [role=radio]")]
        .filter((el) => el.offsetParent !== null)
        .filter((el) => {
          const id = el.id;
          const label = (id && document.querySelector(`label[for="${id}"]`)?.textContent?.trim()) || el.closest("label")?.textContent?.trim();
          return !(el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") || label || (el.tagName === "BUTTON" && el.textContent?.trim()));
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(unnamed, path).toEqual([]);
  }
});
