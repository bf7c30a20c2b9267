import { StargateClient } from "@cosmjs/stargate";
import { IBC_ASSETS } from "../devnet/src/genesis";
import { formatAmount } from "../lib/format/amount";
import { dexterOwner } from "./chain-actors";
import { MAINNET_LIKE_URL } from "./env";
import { ALICE, expect, test } from "./fixtures";

// core-1 as it is today (a devnet run with --profile mainnet, reached as the app's "core-1" network):
// no multi-chain module, leftover stkASSETs in the account, and their way out through the redemption contract.

const ATOM = IBC_ASSETS.find((a) => a.symbol === "ATOM")!.denom;

async function rpc(method: string, params: object = {}) {
  return (await fetch(MAINNET_LIKE_URL, { method: "POST", body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) })).json();
}

test("leftover stkASSETs on core-1 are shown as deprecated and redeemed through the contract", async ({ page, keplr }) => {
  expect(keplr.account).toBe(0);
  const snapshot = (await rpc("devnet_snapshot")).result.id;
  try {
    const client = await StargateClient.connect(MAINNET_LIKE_URL);
    const atomBefore = BigInt((await client.getBalance(ALICE, ATOM)).amount);
    await page.goto("/");
    await page.getByLabel("Network", { exact: true }).selectOption("core-1");
    await page.getByRole("button", { name: "Connect wallet" }).click();
    await page.getByRole("menuitem", { name: /^Keplr/ }).click();
    await expect(page.getByTestId("account-address")).toContainText(ALICE);
    await expect(page.getByTestId("capabilities").locator('[data-capability="liquidstakeibc"]')).toHaveAttribute("data-available", "false");
    await expect(page.getByTestId("balances").locator('li[data-denom="stk/uatom"]')).toContainText("deprecated on this network");

    await page.getByRole("link", { name: "Stake", exact: true }).click();
    const section = page.getByTestId("deprecated-stk");
    await expect(section.getByTestId("deprecated-wallet").locator("li")).toHaveCount(3); // stkATOM, stkDYDX (18 decimals), stkOSMO
    await expect(section.locator('li[data-denom="stk/adydx"]')).toContainText("3.5 stkDYDX");
    await section.locator('li[data-denom="stk/uatom"]').getByRole("button", { name: "Redeem" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toHaveAttribute("data-stage", "review");
    await dialog.getByRole("button", { name: "Confirm and sign" }).click();
    await expect(dialog).toHaveAttribute("data-stage", "success");
    await expect(dialog.getByTestId("tx-summary")).toHaveText("Received 31.92 ATOM.");
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(section.getByTestId("deprecated-wallet").locator("li")).toHaveCount(2);
    expect(BigInt((await client.getBalance(ALICE, ATOM)).amount)).toBeGreaterThan(atomBefore + 31_900_000n); // less the fee in XPRT
    expect((await client.getBalance(ALICE, "stk/uatom")).amount).toBe("0");

    // the portfolio says why the leftovers have no exchange rate, and lists the redeem
    await page.getByRole("link", { name: "Portfolio", exact: true }).click();
    await expect(page.getByTestId("holdings").locator('tr[data-denom="stk/adydx"]')).toContainText("no exchange rate: this chain no longer runs its module");
    await expect(page.getByTestId("holdings").locator('tr[data-denom="stk/uatom"]')).toHaveCount(0);
    await expect(page.getByTestId("activity").locator("tbody tr").first()).toContainText("Instant redeem");
    await expect(page.getByTestId("activity").locator("tbody tr").first()).toContainText("+31.92");
  } finally {
    await rpc("devnet_revert", { id: snapshot });
  }
});

test("stkATOM left in a closed Dexter pool: the refund owed, the vault paying it, then redeemed like any leftover", async ({ page, keplr }) => {
  expect(keplr.account).toBe(0);
  const snapshot = (await rpc("devnet_snapshot")).result.id;
  try {
    const client = await StargateClient.connect(MAINNET_LIKE_URL);
    await page.goto("/");
    await page.getByLabel("Network", { exact: true }).selectOption("core-1");
    await page.getByRole("button", { name: "Connect wallet" }).click();
    await page.getByRole("menuitem", { name: /^Keplr/ }).click();
    await expect(page.getByTestId("account-address")).toContainText(ALICE);
    await page.getByRole("link", { name: "Stake", exact: true }).click();
    // the account's LP in the stkATOM/ATOM pool (bonded before it closed): its share, refund pending
    const closed = page.getByTestId("closed-pool-positions");
    await expect(closed.locator('li[data-pool="2"]')).toContainText("ATOM / stkATOM (pool 2)");
    await expect(closed.getByTestId("closed-pool-status-2")).toHaveText("Pending: the vault pays refunds in batches");
    const owed = await closed.getByTestId("closed-pool-share-2").innerText();

    const stkBefore = BigInt((await client.getBalance(ALICE, "stk/uatom")).amount);
    await dexterOwner({ process_refund_batch: { pool_id: "2", user_addresses: [ALICE] } }, MAINNET_LIKE_URL);
    // the page looks again on its own (every 15 s while a refund is owed)
    await expect(closed.getByTestId("closed-pool-status-2")).toHaveText("Paid by the vault", { timeout: 30_000 });
    const stkAfter = BigInt((await client.getBalance(ALICE, "stk/uatom")).amount);
    // the page's figure is what arrived: the share of the pool at closing
    expect(owed).toContain(`${formatAmount(stkAfter - stkBefore, 6)} stkATOM`);
    // and the stkATOM that came home is redeemed like any other leftover
    const wallet = page.getByTestId("deprecated-wallet");
    await expect(wallet.locator('li[data-denom="stk/uatom"]')).toContainText(`${formatAmount(stkAfter, 6)} stkATOM`);
    await wallet.locator('li[data-denom="stk/uatom"]').getByRole("button", { name: "Redeem" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Confirm and sign" }).click();
    await expect(dialog).toHaveAttribute("data-stage", "success");
    await expect(dialog.getByTestId("tx-summary")).toContainText("ATOM");
    expect((await client.getBalance(ALICE, "stk/uatom")).amount).toBe("0");
  } finally {
    await rpc("devnet_revert", { id: snapshot });
  }
});
