import type { Page } from "@playwright/test";
import { ALICE, BOB } from "./fixtures";
import { expect, test } from "./wc-wallet";

// WalletConnect, as a desktop user pairs Keplr Mobile: the page shows a pairing (QR code, Keplr Mobile link), the
// test's phone wallet pairs over the local relay and approves, and every signature comes from it over the session.

async function pairPhone(page: Page, phone: { pair(uri: string): Promise<void> }) {
  await page.getByRole("button", { name: "Connect wallet" }).click();
  await page.getByRole("menuitem", { name: /WalletConnect/ }).click();
  const pairing = page.getByTestId("wc-pairing");
  await expect(pairing.getByRole("img", { name: "WalletConnect QR code" })).toBeVisible();
  const uri = (await pairing.getAttribute("data-uri"))!;
  expect(uri).toMatch(/^wc:[0-9a-f]{64}@2\?/);
  await expect(pairing.getByRole("link", { name: "Open in Keplr Mobile" })).toHaveAttribute("href", `keplrwallet://wcV2?${encodeURIComponent(uri)}`);
  await phone.pair(uri);
  await expect(pairing).toHaveCount(0);
}

test("pair a phone wallet, send signed on the phone, keep the session across a reload, and hear when the phone ends it", async ({ page, phone, chain }) => {
  await page.goto("/");
  await pairPhone(page, phone);
  await expect(page.getByTestId("account-address")).toContainText(ALICE);

  const bobBefore = await chain.balance(BOB);
  await page.getByPlaceholder("persistence1…").fill(BOB);
  await page.getByPlaceholder("0.0").fill("2");
  await page.getByRole("button", { name: "Review" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Confirm and sign" }).click();
  await expect(dialog).toHaveAttribute("data-stage", "success");
  expect(phone.requests.filter((m) => m === "cosmos_signDirect")).toHaveLength(1);
  expect(await chain.balance(BOB)).toBe(bobBefore + 2_000_000n);
  await dialog.getByRole("button", { name: "Close" }).click();

  // a reload finds the session: connected again, no new pairing
  await page.reload();
  await expect(page.getByTestId("account-address")).toContainText(ALICE);
  await expect(page.getByTestId("wc-pairing")).toHaveCount(0);

  // another network: the session was approved for the devnet, so the page asks for a new approval; back, it is there
  await page.getByLabel("Network", { exact: true }).selectOption("core-1");
  await expect(page.getByTestId("wallet-error")).toContainText("Your WalletConnect session was approved for another network");
  await page.getByLabel("Network", { exact: true }).selectOption("devnet");
  await expect(page.getByTestId("account-address")).toContainText(ALICE);

  // the phone ends the session: the page says so and is signed out
  await phone.endSessions();
  await expect(page.getByTestId("wallet-error")).toContainText("Your WalletConnect session ended");
  await expect(page.getByRole("button", { name: "Connect wallet" })).toBeVisible();
});

test("a signature refused on the phone is said so and nothing is broadcast; a declined pairing too; a closed pairing says nothing", async ({
  page,
  phone,
  chain,
}) => {
  await page.goto("/");
  // declined on the phone
  phone.decline = true;
  await pairPhone(page, phone);
  await expect(page.getByTestId("wallet-error")).toContainText("You declined the connection in WalletConnect");
  await page.getByRole("button", { name: "Dismiss" }).click();

  // closed here before the phone answered: no error, the menu is back
  await page.getByRole("button", { name: "Connect wallet" }).click();
  await page.getByRole("menuitem", { name: /WalletConnect/ }).click();
  await page.getByTestId("wc-pairing").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByTestId("wc-pairing")).toHaveCount(0);
  await expect(page.getByTestId("wallet-error")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Connect wallet" })).toBeEnabled();

  // approved, then a signature refused
  phone.decline = false;
  await pairPhone(page, phone);
  await expect(page.getByTestId("account-address")).toContainText(ALICE);
  phone.reject = true;
  const sent = await chain.txCount(ALICE);
  await page.getByPlaceholder("persistence1…").fill(BOB);
  await page.getByPlaceholder("0.0").fill("1");
  await page.getByRole("button", { name: "Review" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Confirm and sign" }).click();
  await expect(dialog).toHaveAttribute("data-stage", "failure");
  await expect(dialog).toContainText(/rejected/i);
  expect(await chain.txCount(ALICE)).toBe(sent);
});
