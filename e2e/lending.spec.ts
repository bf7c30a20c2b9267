import { CosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import { USDC } from "../devnet/src/genesis";
import { hfText } from "../components/lending/format";
import { decPercent, percent } from "../components/ui/format";
import { parseDecimal } from "../lib/dex/pools";
import { formatAmount } from "../lib/format/amount";
import { apy } from "../lib/lending/math";
import { DEVNET_URL } from "./env";
import { ALICE, confirmTx, connectDemo, expect, test } from "./fixtures";

// Routes and lending as a user meets them, against the devnet's Dexter and Mars-like contracts with real
// signatures: the routes page's live numbers against chain state, supply stkXPRT, borrow USDC with the health
// factor shown, an over-limit borrow refused before signing, repay and withdraw; the best way out of a stkASSET.

const STK = "stk/uxprt";

async function contracts(): Promise<Record<string, string>> {
  const r = await (await fetch(DEVNET_URL, { method: "POST", body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "devnet_info" }) })).json();
  return r.result.contracts;
}

/** stakes on the Stake page, where connectDemo left the page */
async function stakeXprt(page: import("@playwright/test").Page, amount: string) {
  await page.getByLabel("XPRT to stake").fill(amount);
  await page.getByRole("button", { name: "Stake", exact: true }).click();
  await confirmTx(page);
}

test.describe("Routes and lending", () => {
  test("the routes page lists the live pool and lending market with the chain's numbers", async ({ page }) => {
    const c = await contracts();
    const client = await CosmWasmClient.connect(DEVNET_URL);
    await connectDemo(page, "/");
    await expect(page.getByTestId("account-address")).toContainText(ALICE);
    await page.goto("/routes?asset=stkXPRT");
    const pool = page.getByTestId("route-pool-1");
    await expect(pool).toContainText("Dexter pool 1: stkXPRT / XPRT");
    const p1 = await client.queryContractSmart(c.dexter_vault, { get_pool_by_id: { pool_id: "1" } });
    const reserves = p1.assets.map((a: { info: { native_token: { denom: string } }; amount: string }) => {
      const symbol = a.info.native_token.denom === STK ? "stkXPRT" : "XPRT";
      return `${formatAmount(BigInt(a.amount), 6, { maxDecimals: 0 })} ${symbol}`;
    });
    await expect(pool.getByTestId("pool-reserves")).toHaveText(reserves.join(" + "));
    await expect(pool.getByTestId("route-yield-parts")).toContainText("staking on the");

    const lend = page.getByTestId("route-lend");
    const m = await client.queryContractSmart(c.mars_red_bank, { market_v2: { denom: STK } });
    await expect(lend.getByTestId("lend-supply-apy")).toHaveText(percent(apy(parseDecimal(m.liquidity_rate))));
    await expect(lend.getByTestId("lend-borrow-apy")).toHaveText(percent(apy(parseDecimal(m.borrow_rate))));
    await expect(lend.getByTestId("lend-utilization")).toHaveText(decPercent(parseDecimal(m.utilization_rate), 2));
    await expect(lend.getByTestId("route-yield-parts")).toContainText("supply");
    // venues on other chains are links marked as not live
    await page.getByRole("tab", { name: "stkATOM" }).click();
    await expect(page.getByTestId("external-venues")).toContainText("not live");
    await expect(page.getByTestId("route-pool-2")).toBeVisible();

    // sorting by TVL puts the hold card (no TVL) last
    await page.getByLabel("Sort by").selectOption("tvl");
    await expect(page.getByTestId("live-routes").locator("article").last()).toHaveAttribute("data-testid", "route-hold");
  });

  test("supply stkXPRT, borrow USDC with the health factor, refuse an over-limit borrow, repay and withdraw", async ({ page, chain }) => {
    test.setTimeout(120_000);
    const c = await contracts();
    const client = await CosmWasmClient.connect(DEVNET_URL);
    await connectDemo(page, "/stake");
    await stakeXprt(page, "2000");
    await page.goto(`/lend?asset=${encodeURIComponent(STK)}`);
    const form = page.getByRole("form", { name: "Lending" });
    await form.getByLabel("stkXPRT to supply").fill("1500");
    await expect(form.getByTestId("position-after")).toHaveText("1,500 stkXPRT");
    await form.getByRole("button", { name: "Supply" }).click();
    await confirmTx(page);
    await expect(page.getByTestId("supplied-stkXPRT")).toContainText("1,500 stkXPRT");

    // 1500 stkXPRT at $0.20 with a 45% max LTV: $135 of USDC at most
    await form.getByRole("tab", { name: "Borrow" }).click();
    await form.getByLabel("Asset").selectOption(USDC.denom);
    const txs = await chain.txCount(ALICE);
    await form.getByLabel("USDC to borrow").fill("140");
    await expect(form.getByTestId("lending-amount-error")).toContainText("Over your borrow limit");
    await expect(form.getByRole("button", { name: "Borrow" })).toBeDisabled();
    expect(await chain.txCount(ALICE)).toBe(txs); // nothing was signed

    await form.getByLabel("USDC to borrow").fill("100");
    await expect(form.getByTestId("health-after")).toHaveText("1.65"); // 1500 x 0.2 x 0.55 / 100
    await form.getByRole("button", { name: "Borrow" }).click();
    await confirmTx(page);
    const pos = await client.queryContractSmart(c.mars_red_bank, { user_position: { user: ALICE } });
    await expect(page.getByTestId("health-factor")).toHaveText(hfText(parseDecimal(pos.health_status.borrowing.liq_threshold_hf)));
    await expect(page.getByTestId("borrowed-USDC")).toContainText("100 USDC");
    // the debt needs the collateral: turning it off is refused before signing
    await expect(page.getByRole("button", { name: "Stop using as collateral" })).toBeDisabled();

    // the portfolio counts the supply and the debt, and names the txs
    await page.goto("/portfolio");
    await expect(page.locator(`tr[data-lending="supplied:${STK}"]`)).toContainText("1,500 stkXPRT");
    await expect(page.locator(`tr[data-lending="borrowed:${USDC.denom}"]`)).toContainText("100 USDC");
    await expect(page.getByTestId("activity")).toContainText("Borrow");
    await expect(page.getByTestId("activity")).toContainText("Supply (lending)");
    await page.goto(`/lend?asset=${encodeURIComponent(STK)}`);

    // withdrawing stkXPRT: a warning under 1.2, refused under 1
    await form.getByRole("tab", { name: "Withdraw" }).click();
    await form.getByLabel("Asset").selectOption(STK);
    await form.getByLabel("stkXPRT to withdraw").fill("450");
    await expect(page.getByTestId("health-warning")).toContainText("under 1.2");
    await form.getByLabel("stkXPRT to withdraw").fill("700");
    await expect(form.getByTestId("lending-amount-error")).toContainText("health factor under 1");
    await expect(form.getByRole("button", { name: "Withdraw" })).toBeDisabled();

    // repay everything (the excess over the debt comes back), then withdraw everything
    await chain.rpc("devnet_advanceTime", { seconds: 7 * 86_400 });
    await page.reload();
    await form.getByRole("tab", { name: "Repay" }).click();
    await form.getByLabel("Asset").selectOption(USDC.denom);
    await form.getByRole("button", { name: "Max" }).click();
    await expect(form.getByTestId("position-after")).toHaveText("0 USDC");
    await form.getByRole("button", { name: "Repay" }).click();
    await confirmTx(page);
    await expect(page.getByTestId("borrowed-USDC")).toHaveCount(0);
    await expect(page.getByTestId("health-factor")).toHaveText("—");
    expect(await client.queryContractSmart(c.mars_red_bank, { user_debts: { user: ALICE } })).toEqual([]);
    // without a debt the supply can stop counting as collateral
    await page.getByRole("button", { name: "Stop using as collateral" }).click();
    await confirmTx(page);
    await expect(page.getByTestId("supplied-stkXPRT")).toContainText("not used as collateral");

    await form.getByRole("tab", { name: "Withdraw" }).click();
    await form.getByLabel("Asset").selectOption(STK);
    await form.getByRole("button", { name: "Max" }).click();
    await form.getByRole("button", { name: "Withdraw" }).click();
    await confirmTx(page);
    await expect(page.getByTestId("lending-position")).toContainText("Nothing supplied or borrowed yet.");
    // the 1500 stkXPRT came back with a week of supply interest
    expect(await chain.balance(ALICE, STK)).toBeGreaterThanOrEqual(2_000_000_000n);
  });

  test("core-1 has no lending market: the Lend page says so", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Network", { exact: true }).selectOption("core-1");
    await page.getByRole("link", { name: "Lend", exact: true }).click();
    await expect(page.getByRole("status")).toContainText("runs no lending market");
    await page.getByRole("link", { name: "Routes", exact: true }).click();
    await expect(page.getByRole("tab", { name: "stkXPRT" })).toBeVisible();
    await expect(page.getByRole("tab", { name: "stkATOM" })).toHaveCount(0);
    await expect(page.getByTestId("route-pool-1")).toBeVisible();
    await expect(page.getByTestId("route-lend")).toHaveCount(0);
  });

  test("the exit comparison recommends the route that returns the most", async ({ page }) => {
    await connectDemo(page, "/");
    await expect(page.getByTestId("account-address")).toContainText(ALICE);
    await page.goto("/routes?asset=stkATOM");
    const amounts = async () => {
      const rows = page.getByTestId("exit-table").locator("tbody tr");
      const out: { kind: string; amount: number; recommended: boolean }[] = [];
      for (const row of await rows.all()) {
        const text = await row.getByTestId("exit-out").innerText();
        out.push({
          kind: (await row.getAttribute("data-testid"))!,
          amount: text === "–" ? -1 : Number(text.split(" ")[0].replace(/,/g, "")),
          recommended: (await row.innerText()).includes("recommended"),
        });
      }
      return out;
    };
    for (const [asset, amount] of [
      ["stkATOM", "100"],
      ["stkATOM", "40000"],
      ["stkXPRT", "500"],
    ]) {
      await page.getByRole("tab", { name: asset }).click();
      await page.getByLabel(`${asset} to exit`).fill(amount);
      await expect(page.getByTestId("exit-advice")).toContainText("returns the most");
      const rows = await amounts();
      const best = Math.max(...rows.map((r) => r.amount));
      expect(rows.filter((r) => r.recommended).map((r) => r.amount)).toEqual([best]);
      if (asset === "stkXPRT") expect(rows.find((r) => r.kind === "exit-instant-redeem")!.amount).toBe(-1);
    }
  });
});
