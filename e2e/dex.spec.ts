import { IBC_ASSETS, USDC } from "../devnet/src/genesis";
import { formatAmount } from "../lib/format/amount";
import { dexterOwner, traderSwap } from "./chain-actors";
import { ALICE, confirmTx, connectDemo, expect, test } from "./fixtures";

// Dexter as a user meets it, against the devnet's contracts, with real signatures: add liquidity with auto-stake,
// rewards, a two-hop swap through the router, a swap whose price moved past the slippage limit, a defunct pool.

const DAY = 86_400;
const ATOM = IBC_ASSETS.find((a) => a.symbol === "ATOM")!.denom;

test.describe("Dexter DEX", () => {
  test("add liquidity to stkXPRT/XPRT with auto-stake, see the LP position, claim rewards after a day", async ({ page, chain }) => {
    await connectDemo(page, "/pools/1");
    await expect(page.getByTestId("pool-title")).toContainText("stkXPRT / XPRT");
    const form = page.getByRole("form", { name: "Add liquidity" });
    await form.getByLabel("Keep the pool's ratio").uncheck(); // XPRT only: a single-asset join
    await form.getByLabel("XPRT", { exact: true }).fill("1000");
    await expect(form.getByTestId("join-preview")).toHaveText(/LP$/);
    const preview = await form.getByTestId("join-preview").innerText();
    await expect(form.getByLabel("Auto-stake the LP for rewards")).toBeChecked();
    await form.getByRole("button", { name: "Review" }).click();
    await confirmTx(page);
    // single block, nothing else moved: the bonded LP is exactly the preview
    await expect(page.getByTestId("lp-bonded")).toHaveText(preview);
    await expect(page.getByTestId("lp-held")).toHaveText("0 LP");
    await expect(page.getByTestId("lp-underlying")).toContainText("XPRT");
    // this LP's own unbond config (as stkXPRT/XPRT has one on core-1): here without instant unbonding
    await expect(page.getByText("Unbonding takes 7 days; this pool has no instant unbonding.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Unbond instantly" })).toHaveCount(0);

    await chain.rpc("devnet_advanceTime", { seconds: DAY });
    await page.reload();
    await expect(page.getByTestId("lp-rewards")).toHaveText(/XPRT/);
    const before = await chain.balance(ALICE);
    await page.getByRole("button", { name: "Claim rewards" }).click();
    await confirmTx(page);
    // a day of 100,000 XPRT / year (the schedule) at alice's bonded share, less the tx fee: more than 0.5 XPRT here
    expect((await chain.balance(ALICE)) - before).toBeGreaterThan(500_000n);
    await page.goto("/pools");
    await expect(page.getByTestId("pool-share-1")).toHaveText(/^0\.\d\d%$/);
    await expect(page.getByTestId("pool-share-1")).not.toHaveText("0.00%");
  });

  test("leave multistaking early: unlock a lock for its tier's fee, unbond instantly for the maximum, each fee as the contract takes it", async ({
    page,
    chain,
  }) => {
    await connectDemo(page, "/pools/3");
    const form = page.getByRole("form", { name: "Add liquidity" });
    await form.getByLabel("Keep the pool's ratio").uncheck();
    await form.getByLabel("XPRT", { exact: true }).fill("1000");
    await expect(form.getByTestId("join-preview")).toHaveText(/LP$/);
    await form.getByRole("button", { name: "Review" }).click();
    await confirmTx(page);
    // the contract's default terms: 7 days, instant unbonding from 2% (under a day left) to 5%
    await expect(page.getByText("Unbonding takes 7 days; instant unbond costs 5%.")).toBeVisible();

    const amount = page.getByLabel("Bond or unbond LP");
    const dialog = page.getByRole("dialog");
    await amount.fill("0.01");
    await page.getByRole("button", { name: "Unbond", exact: true }).click();
    await expect(dialog).toContainText("7 days");
    await confirmTx(page);
    // a whole lock period left falls past the last tier: the maximum fee
    await expect(page.getByRole("button", { name: "Unlock now (5% fee)" })).toBeVisible();
    await chain.rpc("devnet_advanceTime", { seconds: 3 * DAY });
    await page.reload();
    // four days left: the tier [4, 5) days, 2% + 4 x 0.5%
    await page.getByRole("button", { name: "Unlock now (4% fee)" }).click();
    await expect(dialog).toContainText("0.0004 LP");
    await expect(dialog).toContainText("0.0096 LP");
    await confirmTx(page);
    await expect(page.getByTestId("lp-held")).toHaveText("0.0096 LP");
    await expect(page.getByTestId("lp-locks")).toHaveCount(0);

    await amount.fill("0.005");
    await page.getByRole("button", { name: "Unbond instantly" }).click();
    await expect(dialog).toContainText("Fee (5%)");
    await expect(dialog).toContainText("0.00025 LP");
    await expect(dialog).toContainText("0.00475 LP");
    await confirmTx(page);
    await expect(page.getByTestId("lp-held")).toHaveText("0.01435 LP");
  });

  test("swap stkATOM -> XPRT through two hops, as the router simulates it", async ({ page, chain }) => {
    await connectDemo(page, "/swap");
    const form = page.getByRole("form", { name: "Swap" });
    // some stkATOM first: ATOM -> stkATOM on the stable pool
    await form.getByLabel("From", { exact: true }).selectOption({ label: "ATOM" });
    await form.getByLabel("To", { exact: true }).selectOption({ label: "stkATOM" });
    await form.getByLabel(/You pay/).fill("20");
    await expect(form.getByTestId("swap-route")).toContainText("ATOM → stkATOM");
    await form.getByRole("button", { name: "Review swap" }).click();
    await confirmTx(page);
    expect(await chain.balance(ALICE, "stk/uatom")).toBeGreaterThan(19_000_000n);

    await form.getByLabel("From", { exact: true }).selectOption({ label: "stkATOM" });
    await form.getByLabel("To", { exact: true }).selectOption({ label: "XPRT" });
    await form.getByLabel(/You pay/).fill("10");
    await expect(form.getByTestId("swap-route")).toContainText("stkATOM → ATOM → XPRT");
    await expect(form.getByTestId("router-check")).toHaveText("matches");
    const stkBefore = await chain.balance(ALICE, "stk/uatom");
    await form.getByRole("button", { name: "Review swap" }).click();
    await confirmTx(page);
    expect(await chain.balance(ALICE, "stk/uatom")).toBe(stkBefore - 10_000_000n);
  });

  test("a swap whose price moved past the slippage limit is refused before signing, and nothing moves", async ({ page, chain }) => {
    await connectDemo(page, "/swap");
    const form = page.getByRole("form", { name: "Swap" });
    await form.getByLabel("From", { exact: true }).selectOption({ label: "XPRT" });
    await form.getByLabel("To", { exact: true }).selectOption({ label: "USDC" });
    await form.getByLabel(/You pay/).fill("1000");
    await expect(form.getByTestId("swap-min")).toContainText("USDC");
    // another trader buys USDC with 50,000 XPRT: the price moves about 4%, far beyond the 0.5% tolerance
    await traderSwap("4", "uxprt", USDC.denom, "50000000000");
    const [xprt, usdc, txs] = [await chain.balance(ALICE), await chain.balance(ALICE, USDC.denom), await chain.txCount(ALICE)];
    await form.getByRole("button", { name: "Review swap" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toHaveAttribute("data-stage", "failure");
    await expect(dialog).toContainText("The price moved beyond your slippage tolerance");
    expect([await chain.balance(ALICE), await chain.balance(ALICE, USDC.denom), await chain.txCount(ALICE)]).toEqual([xprt, usdc, txs]);
  });

  test("a pool closed under a liquidity provider: the page says so, shows the refund owed, then that the vault paid it", async ({ page, chain }) => {
    await connectDemo(page, "/pools/4");
    const form = page.getByRole("form", { name: "Add liquidity" });
    await form.getByLabel("Keep the pool's ratio").uncheck();
    await form.getByLabel("XPRT", { exact: true }).fill("100");
    await form.getByRole("button", { name: "Review" }).click();
    await confirmTx(page);
    await expect(page.getByTestId("lp-bonded")).not.toHaveText("0 LP");

    // Dexter's owner closes the pool (vault 1.2's defunct_pool): it leaves the vault's active pools
    await dexterOwner({ defunct_pool: { pool_id: "4" } });
    await page.reload();
    await expect(page.getByTestId("defunct-note")).toContainText("refunds every LP holder");
    await expect(page.getByTestId("lp-refund")).toHaveText(/Pending/);
    await expect(page.getByRole("form", { name: "Add liquidity" })).toHaveCount(0);
    const owed = await page.getByTestId("lp-underlying").innerText();

    const usdcBefore = await chain.balance(ALICE, USDC.denom);
    await dexterOwner({ process_refund_batch: { pool_id: "4", user_addresses: [ALICE] } });
    await page.reload();
    await expect(page.getByTestId("lp-refund")).toHaveText("Paid by the vault");
    // what the page said was owed is what arrived
    const paid = (await chain.balance(ALICE, USDC.denom)) - usdcBefore;
    expect(paid).toBeGreaterThan(0n);
    expect(owed).toContain(`${formatAmount(paid, 6)} USDC`);
    await page.goto("/pools");
    await expect(page.getByTestId("pool-row-4")).toContainText("Defunct");
    await expect(page.getByTestId("pool-row-3")).toContainText("Live");
  });

  test("a defunct pool says why its buttons are gone; an unknown pool id is explained", async ({ page }) => {
    await connectDemo(page, "/pools/5");
    await expect(page.getByTestId("defunct-note")).toContainText("defunct");
    await expect(page.getByRole("form", { name: "Add liquidity" })).toHaveCount(0);
    await expect(page.getByRole("form", { name: "Remove liquidity" })).toHaveCount(0);
    await page.goto("/pools");
    await expect(page.getByTestId("pool-row-5")).toContainText("Defunct");
    await expect(page.getByTestId("pool-row-1")).toContainText("Live");
    await page.goto("/pools/999");
    await expect(page.getByText("There is no pool 999 on this network.")).toBeVisible();
    await page.goto("/pools/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    await expect(page.getByText('"<script>alert(1)</script>" is not a pool id.')).toBeVisible();
    expect(ATOM).toMatch(/^ibc\//);
  });
});
