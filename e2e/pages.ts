import type { Page } from "@playwright/test";
import { expect } from "@playwright/test";

/** Every page of the app (pool 5 is a defunct pool), as the suites that go through all of them (security, accessibility, languages) visit them. */
export const PAGES = ["/", "/stake", "/pools", "/pools/1", "/pools/5", "/swap", "/lend", "/routes", "/portfolio", "/recover", "/bnb"];

/**
 * Opens every page in turn, signed in (the Cosmos wallet already connected), connecting the EVM test wallet on /bnb,
 * and calls `check` once the page has settled.
 */
export async function visitSignedIn(page: Page, check: (path: string) => Promise<void>): Promise<void> {
  for (const path of PAGES) {
    await page.goto(path);
    if (path === "/bnb") {
      await page.getByTestId("evm-wallet-button").click();
      await page.getByRole("menuitem", { name: "Test Wallet" }).click();
      await expect(page.getByTestId("bnb-rate")).toBeVisible();
      await expect(page.locator("#bnb-stake-amount")).toBeVisible();
    }
    await page.waitForLoadState("networkidle");
    await check(path);
  }
}
