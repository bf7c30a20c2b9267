import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Locator, type Page } from "@playwright/test";
import { toBech32, fromBech32 } from "@cosmjs/encoding";
import { IBC_ASSETS, USDC } from "../devnet/src/genesis";
import { ibcStake, pauseBnbPool, setPaused, traderSwap } from "./chain-actors";
import { type EvmWalletControl, expect, test } from "./evm-wallet";
import { ALICE, BOB, type Chain, type KeplrControl, connectDemo } from "./fixtures";

// The hostile input catalogue (docs/hostile-inputs.md), one test per row: the page says what the row says, and
// nothing moves.

interface Row {
  id: string;
  sees: string;
}

const ROWS: Row[] = readFileSync(join(process.cwd(), "docs", "hostile-inputs.md"), "utf8")
  .split("\n")
  .filter((line) => line.startsWith("| `"))
  .map((line) => {
    const cells = line.split(" | ");
    return { id: cells[0].replace(/^\| `|`$/g, ""), sees: cells[cells.length - 1].replace(/ \|$/, "") };
  });

interface Ctx {
  page: Page;
  chain: Chain;
  keplr: KeplrControl;
  evmWallet: EvmWalletControl;
}

/** Where the row's words must appear: the field's accessible description (its error), or a place on the page. */
type Check = { field: Locator } | { text: Locator };

async function stakeField(page: Page, value: string): Promise<Check> {
  await connectDemo(page, "/stake");
  await expect(page.getByText(/Balance [\d,.]+ XPRT/)).toBeVisible();
  const field = page.getByLabel("XPRT to stake");
  await field.fill(value);
  return { field };
}

async function stakeReceives(page: Page, value: string): Promise<Check> {
  await stakeField(page, value);
  return { text: page.getByTestId("stake-receive") };
}

async function connectEvm(page: Page) {
  await page.goto("/bnb");
  await page.getByTestId("evm-wallet-button").click();
  await page.getByRole("menuitem", { name: "Test Wallet" }).click();
}

async function bnbField(page: Page, form: "Stake BNB" | "Unstake stkBNB", value: string): Promise<Check> {
  await connectEvm(page);
  if (form === "Unstake stkBNB") await page.getByRole("tab", { name: "Unstake" }).click();
  const field = page.getByRole("form", { name: form }).getByLabel(form === "Stake BNB" ? "Amount to stake" : "Amount to unstake");
  await field.fill(value);
  return { field };
}

async function send(page: Page, fields: { recipient?: string; amount?: string; memo?: string }, check: "recipient" | "amount" | "memo"): Promise<Check> {
  await connectDemo(page, "/");
  await expect(page.getByTestId("account-address")).toBeVisible();
  const form = page.getByRole("form", { name: "Send" });
  await form.getByLabel("Recipient").fill(fields.recipient ?? BOB);
  await form.getByLabel("Amount", { exact: true }).fill(fields.amount ?? "1");
  await form.getByLabel("Memo (optional)").fill(fields.memo ?? "");
  await form.getByRole("button", { name: "Review" }).click();
  return { field: form.getByLabel(check === "recipient" ? "Recipient" : check === "amount" ? "Amount" : "Memo (optional)", { exact: true }) };
}

async function swapForm(page: Page) {
  await connectDemo(page, "/swap");
  const form = page.getByRole("form", { name: "Swap" });
  await form.getByLabel("From", { exact: true }).selectOption({ label: "XPRT" });
  await form.getByLabel("To", { exact: true }).selectOption({ label: "USDC" });
  return form;
}

async function slippage(page: Page, value: string): Promise<Check> {
  await swapForm(page);
  const field = page.getByLabel("Slippage tolerance");
  await field.fill(value);
  return { field };
}

async function connectKeplr(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole("button", { name: "Connect wallet" }).click();
  await page.getByRole("menuitem", { name: /^Keplr/ }).click();
}

/** Review a 10 XPRT stake with Keplr; returns the dialog, still in review. */
async function reviewStakeWithKeplr(page: Page): Promise<Locator> {
  await connectKeplr(page, "/stake");
  await expect(page.getByText(/Balance [\d,.]+ XPRT/)).toBeVisible();
  await page.getByLabel("XPRT to stake").fill("10");
  await page.getByRole("button", { name: "Stake", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toHaveAttribute("data-stage", "review");
  return dialog;
}

const wrongChecksum = ALICE.slice(0, -1) + (ALICE.endsWith("q") ? "z" : "q");
const aliceKey = fromBech32(ALICE).data;
const UINT256 = 2n ** 256n;
/** wei as a BNB decimal string (18 decimals) */
const bnb = (wei: bigint) => `${wei / 10n ** 18n}.${(wei % 10n ** 18n).toString().padStart(18, "0")}`;

const CASES: Record<string, (t: Ctx) => Promise<Check>> = {
  "amt-empty": ({ page }) => send(page, { amount: "" }, "amount"),
  "amt-zero": ({ page }) => stakeField(page, "0"),
  "amt-negative": ({ page }) => stakeField(page, "-5"),
  "amt-letters": ({ page }) => stakeField(page, "abc"),
  "amt-exponent": ({ page }) => stakeField(page, "1e3"),
  "amt-decimals-6": ({ page }) => stakeField(page, "1.1234567"),
  "amt-decimals-18": ({ page }) => bnbField(page, "Stake BNB", "0.1234567890123456789"),
  "amt-above-balance": ({ page }) => stakeField(page, "2000000"),
  "amt-below-minimum": ({ page }) => stakeField(page, "0.0005"),
  "amt-uint256-max": ({ page }) => bnbField(page, "Stake BNB", bnb(UINT256 - 1n)),
  "amt-uint256-max-plus-1": ({ page }) => bnbField(page, "Stake BNB", bnb(UINT256)),
  "amt-pasted-spaces": ({ page }) => stakeReceives(page, " 1 000.5 "),
  "amt-pasted-commas": ({ page }) => stakeReceives(page, "1,234.25"),
  "amt-decimal-comma": ({ page }) => stakeField(page, "1,25"),
  "amt-two-points": ({ page }) => stakeField(page, "1.2.3"),
  "amt-hex": ({ page }) => stakeField(page, "0x10"),
  "amt-infinity": ({ page }) => stakeField(page, "Infinity"),
  "amt-fullwidth-digits": ({ page }) => stakeField(page, "１２"),
  "amt-unstake-above-balance": async ({ page }) => {
    await connectDemo(page, "/stake");
    await page.getByRole("tab", { name: "Unstake" }).click();
    const field = page.getByLabel("stkXPRT to unstake");
    await field.fill("99999999");
    return { field };
  },
  "amt-swap-above-balance": async ({ page }) => {
    const form = await swapForm(page);
    const field = form.getByLabel(/You pay/);
    await field.fill("99999999");
    return { field };
  },
  "amt-lend-decimals": async ({ page }) => {
    await connectDemo(page, "/lend");
    const field = page.getByRole("form", { name: "Lending" }).getByLabel("stkXPRT to supply");
    await field.fill("1.0000001");
    return { field };
  },
  "amt-pool-join-letters": async ({ page }) => {
    await connectDemo(page, "/pools/1");
    const form = page.getByRole("form", { name: "Add liquidity" });
    await form.getByLabel("Keep the pool's ratio").uncheck();
    const field = form.getByLabel("XPRT", { exact: true });
    await field.fill("xyz");
    return { field };
  },
  "amt-bnb-unstake-above-balance": ({ page }) => bnbField(page, "Unstake stkBNB", "5"),
  "amt-bnb-below-minimum": ({ page }) => bnbField(page, "Stake BNB", "0.0000001"),

  "addr-empty": ({ page }) => send(page, { recipient: "" }, "recipient"),
  "addr-bad-checksum": ({ page }) => send(page, { recipient: wrongChecksum }, "recipient"),
  "addr-wrong-prefix": ({ page }) => send(page, { recipient: toBech32("cosmos", aliceKey) }, "recipient"),
  "addr-valoper": ({ page }) => send(page, { recipient: toBech32("persistencevaloper", aliceKey) }, "recipient"),
  "addr-evm": ({ page }) => send(page, { recipient: "0xAbf9915b3CdE9Dcd76D857F0d9b929F4E7Ecf86E" }, "recipient"),
  "addr-wrong-length": ({ page }) => send(page, { recipient: toBech32("persistence", aliceKey.slice(0, 10)) }, "recipient"),
  "addr-script": ({ page }) => send(page, { recipient: "<img src=x onerror=window.__xss=1>" }, "recipient"),
  "memo-too-long": ({ page }) => send(page, { memo: "m".repeat(300) }, "memo"),

  "slip-negative": ({ page }) => slippage(page, "-1"),
  "slip-over-50": ({ page }) => slippage(page, "51"),
  "slip-letters": ({ page }) => slippage(page, "abc"),
  "slip-three-decimals": ({ page }) => slippage(page, "0.125"),

  "url-pool-missing": async ({ page }) => (await page.goto("/pools/999"), { text: page.locator("main") }),
  "url-pool-not-id": async ({ page }) => (await page.goto("/pools/abc"), { text: page.locator("main") }),
  "url-pool-script": async ({ page }) => (await page.goto(`/pools/${encodeURIComponent("<script>window.__xss=1</script>")}`), { text: page.locator("main") }),
  "url-routes-unknown": async ({ page }) => (await page.goto("/routes?asset=stkFOO"), { text: page.getByTestId("unknown-asset") }),
  "url-routes-script": async ({ page }) => (
    await page.goto(`/routes?asset=${encodeURIComponent("<img src=x onerror=window.__xss=1>")}`),
    { text: page.getByTestId("unknown-asset") }
  ),
  "url-lend-unknown": async ({ page }) => (await page.goto("/lend?asset=nope"), { text: page.getByTestId("unknown-asset") }),

  "wallet-not-installed": async ({ page }) => {
    await page.addInitScript(() => {
      delete (window as { keplr?: unknown }).keplr;
      delete (window as { leap?: unknown }).leap;
    });
    await connectKeplr(page, "/stake");
    return { text: page.getByTestId("wallet-error") };
  },
  "wallet-locked": async ({ page, keplr }) => {
    keplr.locked = true;
    await connectKeplr(page, "/stake");
    return { text: page.getByTestId("wallet-error") };
  },
  "wallet-declined": async ({ page, keplr }) => {
    keplr.declineConnect = true;
    await connectKeplr(page, "/stake");
    return { text: page.getByTestId("wallet-error") };
  },
  "wallet-rejected": async ({ page, keplr }) => {
    const dialog = await reviewStakeWithKeplr(page);
    keplr.reject = true;
    await dialog.getByRole("button", { name: "Confirm and sign" }).click();
    return { text: dialog.getByRole("alert") };
  },
  "wallet-wrong-chain": async ({ page, evmWallet }) => {
    evmWallet.chainId = "0x38";
    await connectEvm(page);
    await expect(page.getByRole("form", { name: "Stake BNB" })).toHaveCount(0);
    return { text: page.getByTestId("bnb-wrong-chain") };
  },
  "wallet-account-changed": async ({ page, keplr, chain }) => {
    const bobTxs = await chain.txCount(BOB);
    const dialog = await reviewStakeWithKeplr(page);
    await keplr.switchAccount(1);
    await expect(dialog).toHaveAttribute("data-stage", "failure");
    await expect(dialog.getByRole("button", { name: "Retry" })).toHaveCount(0);
    expect(await chain.txCount(BOB)).toBe(bobTxs);
    expect(keplr.calls.filter((c) => c.method === "signDirect")).toHaveLength(0);
    return { text: dialog.getByRole("alert") };
  },

  "chain-module-paused": async ({ page }) => {
    await setPaused(true);
    await connectDemo(page, "/stake");
    await expect(page.getByRole("button", { name: "Staking is paused" })).toBeDisabled();
    return { text: page.getByTestId("paused-note") };
  },
  "chain-host-inactive": async ({ page, chain }) => {
    // someone else holds stkATOM, then a 20% slash on the host: c_value = 1 / 0.8 = 1.25, past the 1.1 limit
    await ibcStake(2, IBC_ASSETS.find((a) => a.symbol === "ATOM")!.denom, 1_000_000_000n);
    await chain.rpc("devnet_advanceTime", { seconds: 86_400 + 60 }); // the day epoch delegates the deposit on the host
    expect((await chain.rpc("devnet_slashHost", { chain_id: "cosmoshub-4", fraction: "0.2" })).error).toBeUndefined();
    await connectDemo(page, "/stake");
    await page.locator('[data-asset="cosmoshub-4"]').click();
    return { text: page.getByRole("form", { name: "Stake ATOM" }).getByRole("alert") };
  },
  "chain-defunct-pool": async ({ page }) => {
    await connectDemo(page, "/pools/5");
    await expect(page.getByRole("form", { name: "Add liquidity" })).toHaveCount(0);
    return { text: page.getByTestId("defunct-note") };
  },
  "chain-rate-moved": async ({ page }) => {
    const form = await swapForm(page);
    await form.getByLabel(/You pay/).fill("1000");
    await expect(form.getByTestId("swap-min")).toContainText("USDC");
    await form.getByRole("button", { name: "Review swap" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toHaveAttribute("data-stage", "review");
    // the review is open; another trader buys USDC with 50,000 XPRT: about 4% past the 0.5% tolerance
    await traderSwap("4", "uxprt", USDC.denom, "50000000000");
    await dialog.getByRole("button", { name: "Confirm and sign" }).click();
    await expect(dialog).toHaveAttribute("data-stage", "failure");
    return { text: dialog.getByRole("alert") };
  },
  "chain-bnb-paused": async ({ page }) => {
    await pauseBnbPool();
    await connectEvm(page);
    return { text: page.getByTestId("bnb-paused") };
  },
};

test("the catalogue and the tests name the same cases", () => {
  expect(ROWS.length).toBeGreaterThanOrEqual(40);
  expect(ROWS.map((r) => r.id).sort()).toEqual(Object.keys(CASES).sort());
});

for (const row of ROWS) {
  test(`${row.id}: ${row.sees}`, async ({ page, chain, keplr, evmWallet, evmChain }) => {
    const broadcasts: string[] = [];
    page.on("request", (r) => {
      if (/"method"\s*:\s*"(broadcast_tx|eth_sendRawTransaction|eth_sendTransaction)/.test(r.postData() ?? "")) broadcasts.push(r.url());
    });
    page.on("dialog", (d) => void d.dismiss().then(() => broadcasts.push(`a script opened a ${d.type()} dialog`)));
    const denoms = ["uxprt", "stk/uxprt", USDC.denom];
    const before = [await chain.txCount(ALICE), ...(await Promise.all(denoms.map((d) => chain.balance(ALICE, d))))];
    const nonce = await evmChain.nonce(evmWallet.address);

    const check = await CASES[row.id]({ page, chain, keplr, evmWallet });
    if ("field" in check) {
      await expect(check.field).toHaveAttribute("aria-invalid", "true");
      await expect(check.field).toHaveAccessibleDescription(new RegExp(escapeRegExp(row.sees)));
    } else {
      await expect(check.text).toContainText(row.sees);
    }

    expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(broadcasts).toEqual([]);
    expect(evmWallet.calls.filter((c) => c === "eth_sendTransaction" || c === "eth_sendRawTransaction")).toEqual([]);
    expect([await chain.txCount(ALICE), ...(await Promise.all(denoms.map((d) => chain.balance(ALICE, d))))]).toEqual(before);
    expect(await evmChain.nonce(evmWallet.address)).toBe(nonce);
  });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
