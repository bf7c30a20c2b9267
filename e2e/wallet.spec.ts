import { ALICE, BOB, expect, test } from "./fixtures";

// The foundation as a user meets it: connect (Keplr, Cosmostation or the demo account), see balances, send with a
// reviewed, really signed transaction, reject in the wallet, switch account and network.

test.describe("wallet and balances", () => {
  test("the demo account connects, shows every balance, and sends exactly what was reviewed", async ({ page, chain }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Try it with the demo account" }).click();
    await expect(page.getByTestId("account-address")).toContainText(ALICE);
    const balances = page.getByTestId("balances");
    await expect(balances.locator('[data-denom="uxprt"] [data-testid="balance-amount"]')).toHaveText("1,000,000");
    // DYDX has 18 decimals; OSMO is not in the registry's core-1 list and is resolved through its IBC trace.
    await expect(balances.locator('li[data-symbol="DYDX"]').getByTestId("balance-amount")).toHaveText("100,000");
    await expect(balances.locator('li[data-symbol="OSMO"]')).toContainText("IBC: transfer/channel-6/uosmo");

    const bobBefore = await chain.balance(BOB);
    await page.getByPlaceholder("persistence1…").fill(BOB);
    await page.getByPlaceholder("0.0").fill("1.5");
    await page.getByRole("button", { name: "Review" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toHaveAttribute("data-stage", "review");
    const feeText = await dialog.getByTestId("tx-fee").innerText();
    const fee = BigInt(Math.round(Number(/([\d.]+) XPRT/.exec(feeText)![1]) * 1e6));
    expect(await chain.balance(BOB)).toBe(bobBefore); // nothing is sent before confirmation
    await dialog.getByRole("button", { name: "Confirm and sign" }).click();
    await expect(dialog).toHaveAttribute("data-stage", "success");
    await expect(dialog.getByTestId("tx-hash")).toHaveText(/^[0-9A-F]{64}$/);
    expect(await chain.balance(BOB)).toBe(bobBefore + 1_500_000n);
    expect(await chain.balance(ALICE)).toBe(1_000_000_000_000n - 1_500_000n - fee);
    await dialog.getByRole("button", { name: "Close" }).click();
    // state refreshed after the tx
    await expect(balances.locator('[data-denom="uxprt"] [data-testid="balance-amount"]')).toHaveText(/^999,998\.49/);
  });

  test("Keplr connects (suggesting the devnet chain) and shows the account's balances", async ({ page, keplr }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Connect wallet" }).click();
    await page.getByRole("menuitem", { name: /^Keplr/ }).click();
    await expect(page.getByTestId("account-address")).toContainText(ALICE);
    await expect(page.getByTestId("balances").locator('[data-denom="uxprt"] [data-testid="balance-amount"]')).toHaveText("1,000,000");
    const suggested = keplr.calls.find((c) => c.method === "experimentalSuggestChain")!.args[0] as {
      chainId: string;
      bech32Config: { bech32PrefixAccAddr: string };
    };
    expect(suggested.chainId).toBe("devnet-1");
    expect(suggested.bech32Config.bech32PrefixAccAddr).toBe("persistence");
    expect(keplr.calls.some((c) => c.method === "enable" && c.args[0] === "devnet-1")).toBe(true);
  });

  test("Leap is gone: not offered, and a former Leap user is told why and what to use instead", async ({ page }) => {
    // the app remembered a Leap connection from before Leap shut down (28 May 2026)
    // written before the app's scripts run, once (a write after the page loaded could race the store's own writes)
    await page.addInitScript(() => {
      if (sessionStorage.getItem("leap-seeded")) return;
      sessionStorage.setItem("leap-seeded", "1");
      localStorage.setItem("plsh:wallet", JSON.stringify({ state: { lastKind: "leap" }, version: 0 }));
    });
    await page.goto("/");
    await expect(page.getByTestId("wallet-error")).toContainText("Leap Wallet shut down on 28 May 2026");
    await expect(page.getByTestId("wallet-error")).toContainText("import your recovery phrase into Keplr or Cosmostation");
    await expect(page.getByRole("button", { name: "Connect wallet" })).toBeVisible();
    // forgotten: a reload does not say it again, nor try Leap
    await page.getByRole("button", { name: "Dismiss" }).click();
    await page.reload();
    await expect(page.getByTestId("wallet-error")).toHaveCount(0);
    await page.getByRole("button", { name: "Connect wallet" }).click();
    await expect(page.getByRole("menuitem", { name: /Leap/ })).toHaveCount(0);
    await expect(page.getByRole("menuitem", { name: /^Keplr/ })).toBeVisible();
    await expect(page.getByTestId("leap-gone")).toContainText("Leap Wallet shut down on 28 May 2026");
  });

  test("a Keplr signature, then an account switch that resets the form and the balances", async ({ page, keplr, chain }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Connect wallet" }).click();
    await page.getByRole("menuitem", { name: /^Keplr/ }).click();
    await expect(page.getByTestId("account-address")).toContainText(ALICE);

    await page.getByPlaceholder("persistence1…").fill(BOB);
    await page.getByPlaceholder("0.0").fill("2");
    await page.getByRole("button", { name: "Review" }).click();
    await page.getByRole("button", { name: "Confirm and sign" }).click();
    await expect(page.getByRole("dialog")).toHaveAttribute("data-stage", "success");
    expect(keplr.calls.filter((c) => c.method === "signDirect")).toHaveLength(1);
    await page.getByRole("button", { name: "Close" }).click();

    await page.getByPlaceholder("0.0").fill("7");
    await keplr.switchAccount(1);
    await expect(page.getByTestId("account-address")).toContainText(BOB);
    const bobBalance = await chain.balance(BOB);
    await expect(page.getByTestId("balances").locator('[data-denom="uxprt"] [data-testid="balance-amount"]')).toHaveText(
      new RegExp(`^${(bobBalance / 1_000_000n).toLocaleString("en-US")}`),
    );
    await expect(page.getByPlaceholder("0.0")).toHaveValue("");
  });

  test("rejecting in the wallet says so, and nothing is broadcast", async ({ page, keplr, chain }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Connect wallet" }).click();
    await page.getByRole("menuitem", { name: /^Keplr/ }).click();
    await expect(page.getByTestId("account-address")).toContainText(ALICE);
    keplr.reject = true;
    const height = await chain.height();
    const sent = await chain.txCount(ALICE);
    await page.getByPlaceholder("persistence1…").fill(BOB);
    await page.getByPlaceholder("0.0").fill("3");
    await page.getByRole("button", { name: "Review" }).click();
    await page.getByRole("button", { name: "Confirm and sign" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toHaveAttribute("data-stage", "failure");
    await expect(dialog.getByRole("alert")).toHaveAttribute("data-error-kind", "rejected");
    await expect(dialog.getByRole("alert")).toContainText("You rejected the transaction in your wallet. Nothing was sent.");
    await dialog.getByRole("button", { name: "Details" }).click();
    await expect(dialog).toContainText("Request rejected");
    expect(await chain.height()).toBe(height);
    expect(await chain.txCount(ALICE)).toBe(sent);

    // Retry after changing one's mind goes through the review again and succeeds.
    keplr.reject = false;
    await dialog.getByRole("button", { name: "Retry" }).click();
    await expect(dialog).toHaveAttribute("data-stage", "review");
    await dialog.getByRole("button", { name: "Confirm and sign" }).click();
    await expect(dialog).toHaveAttribute("data-stage", "success");
  });

  test("switching network drops the devnet session, says when a network is unreachable, and persists", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Try it with the demo account" }).click();
    await expect(page.getByTestId("account-address")).toContainText(ALICE);
    await page.getByLabel("Network", { exact: true }).selectOption("test-core-2");
    await expect(page.getByTestId("account-address")).toHaveCount(0);
    await expect(page.getByRole("status").filter({ hasText: "No node of" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Try it with the demo account" })).toHaveCount(0);
    await page.reload();
    await expect(page.getByLabel("Network", { exact: true })).toHaveValue("test-core-2");
    await page.getByRole("button", { name: "Connect wallet" }).click();
    await expect(page.getByRole("menuitem", { name: /Demo account/ })).toHaveCount(0);
    await page.keyboard.press("Escape");
    await page.getByLabel("Network", { exact: true }).selectOption("devnet");
    await expect(page.getByTestId("capabilities").locator('[data-capability="liquidstake"]')).toHaveAttribute("data-available", "true");
    await expect(page.getByTestId("capabilities").locator('[data-capability="liquidstakeibc"]')).toHaveAttribute("data-available", "true");
    // the demo account was remembered and reconnects on the devnet
    await expect(page.getByTestId("account-address")).toContainText(ALICE);
  });

  test("invalid inputs are explained before anything is signed", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Try it with the demo account" }).click();
    await expect(page.getByTestId("balances")).toBeVisible();
    const cases: [string, string, RegExp][] = [
      [BOB.replace(/.$/, (c) => (c === "q" ? "p" : "q")), "1", /not a valid address/],
      ["cosmos1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqnrql8a", "1", /not a valid address|another chain/],
      [BOB, "1e3", /no exponent notation/],
      [BOB, "-1", /cannot be negative/],
      [BOB, "0.0000001", /at most 6 decimals/],
      [BOB, "99999999", /More than your balance/],
      [BOB, "abc", /Enter a number/],
    ];
    for (const [to, amount, message] of cases) {
      await page.getByPlaceholder("persistence1…").fill(to);
      await page.getByPlaceholder("0.0").fill(amount);
      await page.getByRole("button", { name: "Review" }).click();
      await expect(page.getByRole("form", { name: "Send" })).toContainText(message);
      await expect(page.getByRole("dialog")).toHaveCount(0);
    }
  });
});

test.describe("Cosmostation (its Keplr-compatible provider, as its extension and its mobile in-app browser inject it)", () => {
  test.use({ walletShape: "cosmostation" });

  test("connects, signs a send, follows an account switch; a rejection says so and a retry goes through", async ({ page, keplr: wallet, chain }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "Connect wallet" }).click();
    // only Cosmostation is in this browser: Keplr is offered with "not installed"
    await expect(page.getByRole("menuitem", { name: /^Keplr/ })).toContainText("not installed");
    await page.getByRole("menuitem", { name: /^Cosmostation/ }).click();
    await expect(page.getByTestId("account-address")).toContainText(ALICE);
    expect(wallet.calls.some((c) => c.method === "experimentalSuggestChain")).toBe(true);
    await expect(page.getByTestId("balances").locator('[data-denom="uxprt"] [data-testid="balance-amount"]')).toHaveText("1,000,000");

    // a rejection (Cosmostation's { code: 4001 } object) is said in words, and nothing is broadcast
    wallet.reject = true;
    const sent = await chain.txCount(ALICE);
    await page.getByPlaceholder("persistence1…").fill(BOB);
    await page.getByPlaceholder("0.0").fill("2");
    await page.getByRole("button", { name: "Review" }).click();
    await page.getByRole("button", { name: "Confirm and sign" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("alert")).toHaveAttribute("data-error-kind", "rejected");
    await dialog.getByRole("button", { name: "Details" }).click();
    await expect(dialog).toContainText("User rejected the request.");
    expect(await chain.txCount(ALICE)).toBe(sent);

    wallet.reject = false;
    const before = await chain.balance(BOB);
    await dialog.getByRole("button", { name: "Retry" }).click();
    await dialog.getByRole("button", { name: "Confirm and sign" }).click();
    await expect(dialog).toHaveAttribute("data-stage", "success");
    expect(await chain.balance(BOB)).toBe(before + 2_000_000n);
    expect(wallet.calls.filter((c) => c.method === "signDirect")).toHaveLength(2);
    await dialog.getByRole("button", { name: "Close" }).click();

    // cosmostation_keystorechange: the page reads the new account
    await wallet.switchAccount(1);
    await expect(page.getByTestId("account-address")).toContainText(BOB);
    // a reload reconnects Cosmostation by itself
    await page.reload();
    await expect(page.getByTestId("account-address")).toContainText(BOB);
  });
});

test.describe("MetaMask with the Cosmos Snap (MetaMask's request API)", () => {
  test.use({ walletShape: "snap" });

  test("installs and connects the snap, adds the network, signs a send; declining the snap says so", async ({ page, keplr: wallet, chain }) => {
    await page.goto("/");
    wallet.declineConnect = true;
    await page.getByRole("button", { name: "Connect wallet" }).click();
    await page.getByRole("menuitem", { name: /MetaMask \(Cosmos Snap\)/ }).click();
    await expect(page.getByTestId("wallet-error")).toContainText("You declined the connection in MetaMask (Cosmos Snap).");
    await expect(page.getByRole("button", { name: "Connect wallet" })).toBeVisible();

    wallet.declineConnect = false;
    await page.getByRole("button", { name: "Connect wallet" }).click();
    await page.getByRole("menuitem", { name: /MetaMask \(Cosmos Snap\)/ }).click();
    await expect(page.getByTestId("account-address")).toContainText(ALICE);
    // the devnet was added to the snap as a chain-registry record
    const added = wallet.calls.find((c) => c.method === "experimentalSuggestChain")!.args[0] as { chain_id: string; bech32_prefix: string };
    expect(added).toMatchObject({ chain_id: "devnet-1", bech32_prefix: "persistence" });

    // a send signed by the snap (direct signing, the account number as the snap's Long parts)
    const before = await chain.balance(BOB);
    await page.getByPlaceholder("persistence1…").fill(BOB);
    await page.getByPlaceholder("0.0").fill("3");
    await page.getByRole("button", { name: "Review" }).click();
    await page.getByRole("button", { name: "Confirm and sign" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toHaveAttribute("data-stage", "success");
    expect(await chain.balance(BOB)).toBe(before + 3_000_000n);
    expect(wallet.calls.filter((c) => c.method === "signDirect")).toHaveLength(1);
  });
});
