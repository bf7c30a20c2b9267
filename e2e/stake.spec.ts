import { setPaused, signer } from "./chain-actors";
import { ALICE, confirmTx, connectDemo, expect, test } from "./fixtures";

// The stkXPRT product as a user meets it, against the devnet's liquidstake module, with real signatures.

const DAY = 86_400;

async function connectOnStake(page: import("@playwright/test").Page) {
  await connectDemo(page, "/stake");
  await expect(page.getByText(/Balance [\d,.]+ XPRT/)).toBeVisible();
}

test.describe("stake XPRT", () => {
  test("stake, see stkXPRT and the rate; unstake, see the entry; after the unbonding time the XPRT is back", async ({ page, chain }) => {
    await connectOnStake(page);
    await page.getByLabel("XPRT to stake").fill("2500");
    await expect(page.getByTestId("stake-receive")).toHaveText("2,500 stkXPRT");
    await expect(page.getByTestId("stake-fee")).toContainText("XPRT");
    await page.getByRole("button", { name: "Stake", exact: true }).click();
    await confirmTx(page);
    expect(await chain.balance(ALICE, "stk/uxprt")).toBe(2_500_000_000n);
    await expect(page.getByTestId("exchange-rate")).toHaveText(/1 stkXPRT = 1 XPRT/);

    await page.getByRole("tab", { name: "Unstake" }).click();
    await expect(page.getByText(/Balance 2,500 stkXPRT/)).toBeVisible();
    await page.getByLabel("stkXPRT to unstake").fill("1000");
    // 0.1% unstake fee, split over the 4 validators by their liquid tokens, each part truncated
    await expect(page.getByTestId("unstake-receive")).toHaveText("998.999996 XPRT");
    const eta = await page.getByTestId("unstake-eta").innerText();
    await page.getByRole("button", { name: "Unstake", exact: true }).click();
    await confirmTx(page);
    // one request, split over the 4 liquid validators behind a toggle
    await expect(page.getByTestId("unbonding-request")).toHaveCount(1);
    await expect(page.getByTestId("unbonding-request")).toContainText("998.999996 XPRT");
    await page.getByTestId("unbonding-request").getByText("Split over 4 validators").click();
    await expect(page.getByTestId("unbonding-split").locator("li")).toHaveCount(4);
    await expect(page.getByTestId("unbondings")).toContainText(eta.split(",")[0]);
    const xprtBefore = await chain.balance(ALICE);

    await chain.rpc("devnet_advanceTime", { seconds: 21 * DAY + 120 });
    await page.reload();
    await expect(page.getByText("Nothing is unbonding.")).toBeVisible();
    expect(await chain.balance(ALICE)).toBe(xprtBefore + 998_999_996n);
  });

  test("a stake below the minimum is explained and nothing is broadcast", async ({ page, chain }) => {
    await connectOnStake(page);
    const height = await chain.height();
    await page.getByLabel("XPRT to stake").fill("0.0005");
    await expect(page.getByTestId("stake-amount-error")).toHaveText("The minimum stake is 0.001 XPRT.");
    await expect(page.getByRole("button", { name: "Stake", exact: true })).toBeDisabled();
    await page.getByLabel("XPRT to stake").fill("2000000");
    await expect(page.getByTestId("stake-amount-error")).toHaveText("More than your XPRT balance.");
    expect(await chain.height()).toBe(height);
  });

  test("a paused module is shown as paused, with staking disabled", async ({ page }) => {
    await setPaused(true);
    await connectOnStake(page);
    await expect(page.getByTestId("paused-note")).toContainText("Liquid staking is paused");
    await expect(page.getByRole("button", { name: "Staking is paused" })).toBeDisabled();
    await page.getByRole("tab", { name: "Unstake" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "unstaking resumes" })).toBeVisible();
  });

  test("a Ledger (amino-only) key stakes through Keplr", async ({ page, keplr, chain }) => {
    keplr.ledger = true;
    await page.goto("/stake");
    await page.getByRole("button", { name: "Connect wallet" }).click();
    await page.getByRole("menuitem", { name: /^Keplr/ }).click();
    await expect(page.getByText(/Balance 1,000,000 XPRT/)).toBeVisible();
    await page.getByLabel("XPRT to stake").fill("10");
    await page.getByRole("button", { name: "Stake", exact: true }).click();
    await confirmTx(page);
    expect(keplr.calls.filter((c) => c.method === "signAmino")).toHaveLength(1);
    expect(keplr.calls.filter((c) => c.method === "signDirect")).toHaveLength(0);
    expect(await chain.balance(ALICE, "stk/uxprt")).toBe(10_000_000n);
  });

  test("the unbonding entries limit is explained before signing", async ({ page }) => {
    const client = await signer(0);
    const stake = {
      typeUrl: "/pstake.liquidstake.v1beta1.MsgLiquidStake",
      value: { delegatorAddress: ALICE, amount: { denom: "uxprt", amount: "100000000" } },
    };
    expect((await client.signAndBroadcast(ALICE, [stake], "auto")).code).toBe(0);
    const unstake = {
      typeUrl: "/pstake.liquidstake.v1beta1.MsgLiquidUnstake",
      value: { delegatorAddress: ALICE, amount: { denom: "stk/uxprt", amount: "1000000" } },
    };
    for (let i = 0; i < 7; i++) expect((await client.signAndBroadcast(ALICE, [unstake], "auto")).code).toBe(0);
    await connectOnStake(page);
    await page.getByRole("tab", { name: "Unstake" }).click();
    await page.getByLabel("stkXPRT to unstake").fill("1");
    await expect(page.getByTestId("unstake-amount-error")).toContainText("You already have 7 unbonding entries with devnet-");
    await expect(page.getByRole("button", { name: "Unstake", exact: true })).toBeDisabled();
  });

  test("an existing delegation converts to stkXPRT without unbonding (locked on the LP contract)", async ({ page, chain }) => {
    const client = await signer(0);
    const { defaultGenesis } = await import("../devnet/src/genesis");
    const operator = defaultGenesis().validators[1].operatorAddress;
    expect((await client.delegateTokens(ALICE, operator, { denom: "uxprt", amount: "300000000" }, "auto")).code).toBe(0);
    await connectOnStake(page);
    await page.getByRole("tab", { name: "Convert delegation" }).click();
    await expect(page.getByRole("form", { name: "Convert a delegation" }).locator("select")).toContainText("devnet-borealis: 300 XPRT");
    await page.getByLabel("Amount to convert").fill("120");
    await expect(page.getByTestId("convert-receive")).toHaveText("120 stkXPRT");
    await page.getByRole("button", { name: "Convert" }).click();
    await confirmTx(page);
    await expect(page.getByRole("form", { name: "Convert a delegation" }).locator("select")).toContainText("devnet-borealis: 180 XPRT");
    // the minted stkXPRT went to the LP contract on Alice's behalf, as MsgStakeToLP does on core-1
    expect(await chain.balance(ALICE, "stk/uxprt")).toBe(0n);
    expect(await chain.balance(defaultGenesis().liquidstake.cwLockedPoolAddress, "stk/uxprt")).toBe(120_000_000n);
  });

  test("the validators view shows the liquid validators with their weights", async ({ page }) => {
    await page.goto("/stake");
    const table = page.getByTestId("liquid-validators");
    await expect(table.locator("tbody tr")).toHaveCount(4);
    await expect(table).toContainText("40.00%");
    await expect(table).toContainText("active");
  });
});
