import { type Page } from "@playwright/test";
import { StargateClient } from "@cosmjs/stargate";
import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { OSMOSIS_LINK, ibcDenom } from "../devnet/src/genesis";
import { formatAmount } from "../lib/format/amount";
import { dexterOwner } from "./chain-actors";
import { MAINNET_LIKE_URL, OSMOSIS_URL } from "./env";
import { ALICE, expect, test } from "./fixtures";

// The recovery page on core-1 as it is today (the mainnet-like devnet) with Osmosis as its IBC counterparty (a
// second devnet, relayed by the first): every leftover stkASSET of the account found and brought home, through the
// real UI, signed by the test wallet (on core-1 and on Osmosis), through to redeemed ATOM.

const ALICE_OSMO = toBech32("osmo", fromBech32(ALICE).data);
const STK_ATOM_ON_OSMOSIS = ibcDenom(`transfer/${OSMOSIS_LINK.counterpartyChannel}/stk/uatom`);
const STK_OSMO_ON_OSMOSIS = ibcDenom(`transfer/${OSMOSIS_LINK.counterpartyChannel}/stk/uosmo`);

const call = async (url: string, method: string, params: object = {}) =>
  (await fetch(url, { method: "POST", body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) })).json();
const balance = async (url: string, address: string, denom: string) => BigInt((await (await StargateClient.connect(url)).getBalance(address, denom)).amount);

/** Both chains on a snapshot for each test; the relayer paused while they go back, so nothing crosses mid-revert. */
let snapshots: { core: string; osmosis: string };
test.beforeEach(async () => {
  snapshots = { core: (await call(MAINNET_LIKE_URL, "devnet_snapshot")).result.id, osmosis: (await call(OSMOSIS_URL, "devnet_snapshot")).result.id };
});
test.afterEach(async () => {
  await call(MAINNET_LIKE_URL, "devnet_relayer", { paused: true });
  await call(OSMOSIS_URL, "devnet_revert", { id: snapshots.osmosis });
  await call(MAINNET_LIKE_URL, "devnet_revert", { id: snapshots.core });
  await call(MAINNET_LIKE_URL, "devnet_relayer", { paused: false });
});

async function openRecover(page: Page) {
  await page.goto("/");
  await page.getByLabel("Network", { exact: true }).selectOption("core-1");
  await page.getByRole("button", { name: "Connect wallet" }).click();
  await page.getByRole("menuitem", { name: /^Keplr/ }).click();
  await expect(page.getByTestId("account-address")).toContainText(ALICE);
  await page.getByRole("link", { name: "Recover", exact: true }).first().click();
  await expect(page.getByRole("heading", { name: "Bring your stkASSETs home" })).toBeVisible();
}

test("every leftover stkASSET found (wallet, closed pool, Osmosis) and brought home: IBC transfer back, relayed, redeemed", async ({ page, keplr }) => {
  await openRecover(page);
  // (1) in the wallet, (2) in a closed Dexter pool: where its LP sits and what happens next
  const wallet = page.getByTestId("deprecated-wallet");
  await expect(wallet.locator("li")).toHaveCount(3);
  await expect(wallet.locator('li[data-denom="stk/uatom"]')).toContainText("25 stkATOM");
  const closed = page.getByTestId("closed-pool-positions");
  await expect(closed.getByTestId("closed-pool-lp-2")).toContainText(/Your LP: [\d.,]+ in the wallet, [\d.,]+ bonded, [\d.,]+ unbonding/);
  await expect(closed.locator('li[data-pool="2"]')).toContainText("Nothing to sign or unbond: the vault refunds LP wherever it sits");

  // (3) on other chains: the wallet is asked once for its addresses there; Osmosis answers, the others cannot be reached
  await page.getByRole("button", { name: "Look on Osmosis, Cosmos Hub, Neutron" }).click();
  const enable = keplr.calls.find((c) => c.method === "enable" && Array.isArray(c.args[0]));
  expect(enable?.args[0]).toEqual(["osmosis-1", "cosmoshub-4", "neutron-1"]);
  const osmosis = page.locator('[data-chain="osmosis-1"]');
  await expect(osmosis).toContainText("osmo1dnhq");
  await expect(osmosis.locator('[data-denom="stk/uatom"] [data-testid="linked-amount"]')).toHaveText("40 stkATOM");
  await expect(osmosis.locator('[data-denom="stk/uosmo"] [data-testid="linked-amount"]')).toHaveText("15 stkOSMO");
  await expect(page.locator('[data-chain="cosmoshub-4"] [data-testid="linked-chain-unreachable"]')).toContainText("Cosmos Hub could not be reached");
  await expect(page.locator('[data-chain="neutron-1"] [data-testid="linked-chain-unreachable"]')).toContainText("Try again");

  // bring the stkATOM home: reviewed, signed on Osmosis by the same wallet, then followed until it lands
  const signedBefore = keplr.calls.filter((c) => c.method === "signDirect").length;
  await osmosis.locator('[data-denom="stk/uatom"]').getByRole("button", { name: "Bring home" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toHaveAttribute("data-stage", "review");
  await expect(dialog).toContainText("Bring stkATOM home from Osmosis");
  await expect(dialog).toContainText("40 stkATOM");
  await expect(dialog).toContainText("channel-4 → channel-6");
  await expect(dialog.getByTestId("tx-fee")).toContainText("OSMO");
  await dialog.getByRole("button", { name: "Confirm and sign" }).click();
  await expect(dialog).toHaveAttribute("data-stage", "success");
  await expect(dialog.getByTestId("tx-summary")).toHaveText("Sent 40 stkATOM home from Osmosis (packet 1). It arrives once a relayer carries it.");
  const signs = keplr.calls.filter((c) => c.method === "signDirect").slice(signedBefore);
  expect(signs).toHaveLength(1);
  expect(signs[0]!.args[0]).toBe(ALICE_OSMO);
  expect((signs[0]!.args[1] as { chainId: string }).chainId).toBe("osmosis-1");
  await dialog.getByRole("button", { name: "Close" }).click();

  const transfer = page.getByTestId("transfers-home").locator("li").first();
  await expect(transfer).toContainText("40 stkATOM from Osmosis (packet 1)");
  await expect(transfer.getByTestId("transfer-state")).toHaveText("Arrived on Persistence: redeem it above", { timeout: 20_000 });
  expect(await balance(OSMOSIS_URL, ALICE_OSMO, STK_ATOM_ON_OSMOSIS)).toBe(0n);
  expect(await balance(MAINNET_LIKE_URL, ALICE, "stk/uatom")).toBe(65_000_000n);
  // what arrived is in the wallet list, and the voucher is gone from Osmosis's
  await expect(wallet.locator('li[data-denom="stk/uatom"]')).toContainText("65 stkATOM");
  await expect(osmosis.locator('[data-denom="stk/uatom"]')).toHaveCount(0);

  // then redeemed like any leftover
  await wallet.locator('li[data-denom="stk/uatom"]').getByRole("button", { name: "Redeem" }).click();
  await dialog.getByRole("button", { name: "Confirm and sign" }).click();
  await expect(dialog).toHaveAttribute("data-stage", "success");
  await expect(dialog.getByTestId("tx-summary")).toHaveText(`Received ${formatAmount((65_000_000n * 12768n) / 10000n, 6)} ATOM.`);
  expect(await balance(MAINNET_LIKE_URL, ALICE, "stk/uatom")).toBe(0n);
});

test("a transfer home that no relayer carries in time is refunded on Osmosis, and said so; sending again works", async ({ page, keplr }) => {
  expect(keplr.account).toBe(0);
  await openRecover(page);
  await page.getByRole("button", { name: "Look on Osmosis, Cosmos Hub, Neutron" }).click();
  const osmosis = page.locator('[data-chain="osmosis-1"]');
  await expect(osmosis.locator('[data-denom="stk/uosmo"] [data-testid="linked-amount"]')).toHaveText("15 stkOSMO");

  // the relayer stops; the transfer leaves Osmosis and waits
  await call(MAINNET_LIKE_URL, "devnet_relayer", { paused: true });
  await osmosis.locator('[data-denom="stk/uosmo"]').getByRole("button", { name: "Bring home" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Confirm and sign" }).click();
  await expect(dialog).toHaveAttribute("data-stage", "success");
  await dialog.getByRole("button", { name: "Close" }).click();
  const transfer = page.getByTestId("transfers-home").locator("li").first();
  await expect(transfer.getByTestId("transfer-state")).toHaveText("On its way: waiting for a relayer");
  expect(await balance(OSMOSIS_URL, ALICE_OSMO, STK_OSMO_ON_OSMOSIS)).toBe(0n);

  // core-1's clock passes the packet's timeout (10 minutes of its time); the relayer comes back and can only time it out
  await call(MAINNET_LIKE_URL, "devnet_advanceTime", { seconds: "900" });
  await call(MAINNET_LIKE_URL, "devnet_relayer", { paused: false });
  await expect(transfer.getByTestId("transfer-state")).toHaveText(
    "Not delivered (timed out or refused): refunded on Osmosis. Nothing was lost; you can send it again.",
    { timeout: 20_000 },
  );
  expect(await balance(OSMOSIS_URL, ALICE_OSMO, STK_OSMO_ON_OSMOSIS)).toBe(15_000_000n);
  expect(await balance(MAINNET_LIKE_URL, ALICE, "stk/uosmo")).toBe(100_000_000n);
  await expect(osmosis.locator('[data-denom="stk/uosmo"] [data-testid="linked-amount"]')).toHaveText("15 stkOSMO");

  // sending again (a new packet, a new timeout) lands
  await osmosis.locator('[data-denom="stk/uosmo"]').getByRole("button", { name: "Bring home" }).click();
  await dialog.getByRole("button", { name: "Confirm and sign" }).click();
  await expect(dialog.getByTestId("tx-summary")).toContainText("(packet 2)");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(page.getByTestId("transfers-home").locator("li").first().getByTestId("transfer-state")).toHaveText("Arrived on Persistence: redeem it above", {
    timeout: 20_000,
  });
  expect(await balance(MAINNET_LIKE_URL, ALICE, "stk/uosmo")).toBe(115_000_000n);
});

test("declining the wallet's approval says so and signs nothing; the retry asks again and finds the stkASSETs", async ({ page, keplr }) => {
  await openRecover(page);
  keplr.declineConnect = true;
  await page.getByRole("button", { name: "Look on Osmosis, Cosmos Hub, Neutron" }).click();
  await expect(page.getByTestId("linked-wallet-error")).toHaveText("You declined the connection in Keplr.");
  keplr.declineConnect = false;
  await page.getByRole("button", { name: "Look on Osmosis, Cosmos Hub, Neutron" }).click();
  await expect(page.locator('[data-chain="osmosis-1"] [data-denom="stk/uatom"]')).toContainText("40 stkATOM");
  expect(keplr.calls.filter((c) => c.method === "signDirect")).toHaveLength(0);
});

test("a closed pool's refund paid by the vault shows up on the recovery page, ready to redeem", async ({ page, keplr }) => {
  expect(keplr.account).toBe(0);
  await openRecover(page);
  const closed = page.getByTestId("closed-pool-positions");
  await expect(closed.getByTestId("closed-pool-status-2")).toHaveText("Pending: the vault pays refunds in batches");
  await dexterOwner({ process_refund_batch: { pool_id: "2", user_addresses: [ALICE] } }, MAINNET_LIKE_URL);
  await expect(closed.getByTestId("closed-pool-status-2")).toHaveText("Paid by the vault", { timeout: 30_000 });
  await expect(closed.locator('li[data-pool="2"]')).toContainText("The vault paid your share into your wallet");
  const stk = await balance(MAINNET_LIKE_URL, ALICE, "stk/uatom");
  await expect(page.getByTestId("deprecated-wallet").locator('li[data-denom="stk/uatom"]')).toContainText(`${formatAmount(stk, 6)} stkATOM`);
});
