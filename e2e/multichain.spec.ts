import { IBC_ASSETS } from "../devnet/src/genesis";
import { ALICE, confirmTx, expect, test } from "./fixtures";

// Multi-chain stkASSETs as a user meets them: stake ATOM, leave part instantly and part by unstaking, follow
// the request through the epochs and the host's unbonding until the ATOM is back.

const ATOM = IBC_ASSETS.find((a) => a.symbol === "ATOM")!.denom;
const DAY = 86_400;

async function openAtom(page: import("@playwright/test").Page) {
  await page.goto("/stake");
  await page.locator('[data-asset="cosmoshub-4"]').click();
  // the demo account is remembered after the first visit and reconnects by itself
  const demo = page.getByRole("button", { name: "Try it with the demo account" });
  if (await demo.isVisible()) await demo.click();
  await expect(page.getByLabel("ATOM to stake")).toBeVisible();
  await expect(page.locator('[data-asset="cosmoshub-4"]')).toHaveAttribute("aria-checked", "true");
}

test("stake ATOM, redeem part instantly, unstake the rest, and get ATOM back after the epochs", async ({ page, chain }) => {
  await openAtom(page);
  await expect(page.getByTestId("asset-selector")).toContainText("ATOM");
  await expect(page.getByTestId("asset-selector")).toContainText("DYDX");
  await page.getByLabel("ATOM to stake").fill("100");
  await expect(page.getByTestId("ibc-stake-receive")).toHaveText("100 stkATOM");
  await page.getByRole("button", { name: "Stake ATOM" }).click();
  await confirmTx(page);
  expect(await chain.balance(ALICE, "stk/uatom")).toBe(100_000_000n);

  // Instant redeem: 0.5% fee, paid now from the deposit pool
  await page.getByRole("tab", { name: "Exit" }).click();
  await page.getByLabel("stkATOM to exit").fill("30");
  await expect(page.getByTestId("redeem-receive")).toHaveText("29.85 ATOM");
  // the deposit pool: today's deposits, ours and the genesis stakes of the DEX liquidity account and the lending
  // market's lender (50,000 ATOM each)
  await expect(page.getByTestId("redeem-cap")).toHaveText("100,100 ATOM");
  const atomBefore = await chain.balance(ALICE, ATOM);
  await page.getByRole("button", { name: "Redeem now" }).click();
  await confirmTx(page);
  expect(await chain.balance(ALICE, ATOM)).toBe(atomBefore + 29_850_000n);

  // The day ends: deposits go to the host, the pool empties; a small new deposit refills it a little.
  await chain.rpc("devnet_advanceTime", { seconds: DAY + 60 });
  await openAtom(page);
  await page.getByLabel("ATOM to stake").fill("5");
  await page.getByRole("button", { name: "Stake ATOM" }).click();
  await confirmTx(page);

  await page.getByRole("tab", { name: "Exit" }).click();
  await page.getByLabel("stkATOM to exit").fill("70");
  await expect(page.getByTestId("redeem-error")).toContainText("Instant redeem can pay at most 5 ATOM right now");
  await expect(page.getByRole("button", { name: "Redeem now" })).toBeDisabled();
  await expect(page.getByTestId("ibc-unstake-receive")).toHaveText(/^70\.\d+ ATOM$/); // stkATOM is worth a bit more ATOM now
  const owed = BigInt(Math.round(Number((await page.getByTestId("ibc-unstake-receive").innerText()).split(" ")[0]) * 1e6));
  await expect(page.getByTestId("ibc-unstake-eta")).toContainText("–");
  await page.getByRole("button", { name: "Unstake", exact: true }).click();
  await confirmTx(page);
  const requests = page.getByTestId("ibc-unbondings");
  await expect(requests.locator("tbody tr")).toHaveCount(1);
  await expect(requests).toContainText("waiting for the epoch");

  await chain.rpc("devnet_advanceTime", { seconds: 5 * DAY });
  await page.reload();
  await expect(page.getByTestId("ibc-unbondings")).toContainText("unbonding on the host");
  const atomBeforePayout = await chain.balance(ALICE, ATOM);

  await chain.rpc("devnet_advanceTime", { seconds: 22 * DAY });
  await page.reload();
  await expect(page.getByTestId("ibc-unbondings")).toContainText("paid out");
  const paid = (await chain.balance(ALICE, ATOM)) - atomBeforePayout;
  expect(paid - owed).toBeLessThanOrEqual(1n); // the preview showed 6 decimals of the exact amount
  expect(paid).toBeGreaterThan(70_000_000n);
});

test("the 18-decimal asset: stake DYDX with an exact preview down to the last of 18 decimals", async ({ page, chain }) => {
  await page.goto("/stake");
  await page.locator('[data-asset="dydx-mainnet-1"]').click();
  const demo = page.getByRole("button", { name: "Try it with the demo account" });
  if (await demo.isVisible()) await demo.click();
  await page.getByLabel("DYDX to stake").fill("12.345678901234567891");
  await expect(page.getByTestId("ibc-stake-receive")).toHaveText("12.345678901234567891 stkDYDX");
  await page.getByLabel("DYDX to stake").fill("0.0000000000000000001");
  await expect(page.getByTestId("ibc-stake-amount-error")).toHaveText("This asset has at most 18 decimals.");
  await page.getByLabel("DYDX to stake").fill("12.345678901234567891");
  await page.getByRole("button", { name: "Stake DYDX" }).click();
  await confirmTx(page);
  expect(await chain.balance(ALICE, "stk/adydx")).toBe(12_345678901234567891n);
});
