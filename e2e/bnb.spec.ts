import { type Page } from "@playwright/test";
import { createPublicClient, encodeFunctionData, http, parseEther } from "viem";
import { formatAmount } from "../lib/format/amount";
import { stakePoolAbi, stkBnbAbi } from "../lib/evm/abi.generated";
import { previewDeposit, previewUnstake, roundDownTo } from "../lib/evm/math";
import { LOCAL_CONTRACTS } from "../lib/evm/networks";
import { BOT_ROLE, localChain } from "../devnet/evm/deploy";
import { EVM_URL } from "./env";
import { expect, test } from "./evm-wallet";
import { ALICE, connectDemo } from "./fixtures";

// stkBNB on the local EVM chain, through the real UI: an EIP-6963 wallet whose key signs in this process.

/** the page's 18-decimal display: 8 decimals by default, truncated */
const formatStk = (wei: bigint, maxDecimals = 8) => formatAmount(wei, 18, { maxDecimals });

const client = createPublicClient({ chain: localChain(EVM_URL), transport: http(EVM_URL) });
const pool = { address: LOCAL_CONTRACTS.stakePool, abi: stakePoolAbi } as const;

async function poolState() {
  const [[totalWei, poolTokenSupply], config] = await Promise.all([
    client.readContract({ ...pool, functionName: "exchangeRate" }),
    client.readContract({ ...pool, functionName: "config" }),
  ]);
  return { totalWei, poolTokenSupply, fee: config[6], cooldown: config[5] };
}

const stkOf = (a: `0x${string}`) => client.readContract({ address: LOCAL_CONTRACTS.stkBNB, abi: stkBnbAbi, functionName: "balanceOf", args: [a] });

async function connectEvm(page: Page) {
  await page.getByTestId("evm-wallet-button").click();
  await page.getByRole("menuitem", { name: "Test Wallet" }).click();
  await expect(page.getByTestId("evm-wallet-button")).toHaveText(/^0xAbf9…f86E$/);
}

async function confirmEvmTx(page: Page) {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toHaveAttribute("data-stage", "review");
  await dialog.getByRole("button", { name: "Confirm and sign" }).click();
  await expect(dialog).toHaveAttribute("data-stage", "success");
  const summary = (await dialog.getByTestId("tx-summary").textContent()) ?? "";
  const hash = (await dialog.getByTestId("tx-hash").textContent()) as `0x${string}`;
  await dialog.getByRole("button", { name: "Close" }).click();
  return { summary, hash };
}

test("stake BNB, unstake, wait out the cooldown on chain, claim", async ({ page, evmWallet, evmChain }) => {
  evmWallet.chainId = "0x38"; // the wallet starts on BSC mainnet: the page asks to switch
  await page.goto("/bnb");
  await expect(page.getByTestId("bnb-rate")).toContainText("1 stkBNB = 1.0245");
  await connectEvm(page);
  await expect(page.getByTestId("bnb-wrong-chain")).toContainText("chain 56");
  await page.getByRole("button", { name: "Switch wallet to Local BNB chain" }).click();
  expect(evmWallet.chainId).toBe("0x7a69");

  // a dusty amount: the pool takes whole multiples of 0.000001 BNB, the rest stays in the wallet
  const stake = page.getByRole("form", { name: "Stake BNB" });
  await stake.getByLabel("Amount to stake").fill("2.0000005");
  await expect(stake.getByTestId("bnb-stake-dust")).toContainText("0.0000005 BNB stays in your wallet");
  const before = await poolState();
  const want = previewDeposit(before, parseEther("2"));
  await expect(stake.getByTestId("bnb-stake-receive")).toHaveText(`${formatStk(want.userTokens)} stkBNB`);
  await expect(stake.getByTestId("bnb-stake-gas")).toContainText("BNB");
  await stake.getByRole("button", { name: "Review stake" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("2 BNB");
  await expect(dialog.getByTestId("tx-fee")).toContainText("BNB");
  expect((await confirmEvmTx(page)).summary).toBe(`Staked 2 BNB for ${formatStk(want.userTokens)} stkBNB.`);
  expect(await stkOf(evmWallet.address)).toBe(want.userTokens);
  await expect(page.getByTestId("bnb-balances")).toContainText(`${formatStk(want.userTokens, 6)} stkBNB`);

  // unstake all of it (Max rounds down to the pool's step): BNB owed at the pool's rate, claimable after the cooldown
  await page.getByRole("tab", { name: "Unstake" }).click();
  const unstake = page.getByRole("form", { name: "Unstake stkBNB" });
  await unstake.getByRole("button", { name: "Max" }).click();
  const unstaked = roundDownTo(want.userTokens, 10n ** 12n);
  const owed = previewUnstake(await poolState(), unstaked).weiToReturn;
  await expect(unstake.getByTestId("bnb-unstake-owed")).toHaveText(`${formatStk(owed)} BNB`);
  await unstake.getByRole("button", { name: "Review unstake" }).click();
  expect((await confirmEvmTx(page)).summary).toContain(`Unstaked ${formatStk(unstaked)} stkBNB: ${formatStk(owed)} BNB to claim after`);
  expect(await stkOf(evmWallet.address)).toBe(want.userTokens - unstaked);
  const claims = page.getByTestId("bnb-claims");
  await expect(claims.locator("tr[data-state]")).toHaveCount(1);
  await expect(claims.locator("tr[data-state]")).toHaveAttribute("data-state", "cooling");
  await expect(claims).toContainText(/in 1[45]d/);
  // the portfolio lists the stkBNB left (the rounding dust) and the BNB on its way back
  await page.goto("/portfolio");
  await expect(page.getByTestId("portfolio-stkbnb")).toHaveText(`${formatStk(want.userTokens - unstaked, 6)} stkBNB`);
  await expect(page.getByTestId("portfolio-stkbnb-claims")).toHaveText(`${formatStk(owed, 6)} BNB`);
  await page.goto("/bnb");
  await expect(page.getByRole("button", { name: "Claim", exact: true })).toHaveCount(0);

  // the chain's clock moves past the cooldown; the operator bot has put the BNB in the claim reserve
  await evmChain.advance(Number(before.cooldown) + 2);
  await page.reload();
  await expect(claims.locator("tr[data-state]")).toHaveAttribute("data-state", "ready");
  const bnbBefore = await evmChain.balance(evmWallet.address);
  await claims.getByRole("button", { name: "Claim", exact: true }).click();
  const claimed = await confirmEvmTx(page);
  expect(claimed.summary).toBe(`Claimed ${formatStk(owed)} BNB (1 request).`);
  await expect(page.getByTestId("bnb-no-claims")).toBeVisible();
  const receipt = await client.getTransactionReceipt({ hash: claimed.hash });
  expect(await evmChain.balance(evmWallet.address)).toBe(bnbBefore + owed - receipt.gasUsed * receipt.effectiveGasPrice);
});

test("a rejected signature says so and sends nothing", async ({ page, evmWallet, evmChain }) => {
  await page.goto("/bnb");
  await connectEvm(page);
  const nonce = await evmChain.nonce(evmWallet.address);
  evmWallet.reject = true;
  await page.getByRole("form", { name: "Stake BNB" }).getByLabel("Amount to stake").fill("1");
  await page.getByRole("button", { name: "Review stake" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Confirm and sign" }).click();
  const alert = page.getByRole("dialog").getByRole("alert");
  await expect(alert).toHaveText(/You rejected the transaction in your wallet\. Nothing was sent\./);
  await expect(alert).toHaveAttribute("data-error-kind", "rejected");
  expect(await evmChain.nonce(evmWallet.address)).toBe(nonce);
  expect(await stkOf(evmWallet.address)).toBe(0n);
});

test("below the minimum is refused before review; the Cosmos and EVM wallets connect side by side", async ({ page, evmWallet }) => {
  await connectDemo(page, "/");
  await expect(page.getByTestId("account-address")).toBeVisible();
  await page.goto("/bnb");
  await connectEvm(page);
  const stake = page.getByRole("form", { name: "Stake BNB" });
  await stake.getByLabel("Amount to stake").fill("0.0000001");
  await expect(stake.getByTestId("bnb-stake-amount-error")).toHaveText("The pool's minimum deposit is 0.000001 BNB.");
  await expect(stake.getByRole("button", { name: "Review stake" })).toBeDisabled();
  // both connections in the header; disconnecting the EVM one leaves the Cosmos one
  const cosmos = page.getByRole("button", { name: new RegExp(`^${ALICE.slice(0, 14)}`) });
  await expect(cosmos).toBeVisible();
  await page.getByTestId("evm-wallet-button").click();
  await page.getByRole("menuitem", { name: "Disconnect EVM wallet" }).click();
  await expect(page.getByTestId("evm-wallet-button")).toHaveText("Connect EVM wallet");
  await expect(cosmos).toBeVisible();
  await expect(page.getByTestId("bnb-connect-hint")).toBeVisible();
  expect(evmWallet.calls).not.toContain("eth_sendTransaction");
});

test("without any wallet extension: the demo EVM account stakes, unstakes and claims, signing in the page", async ({ page, evmChain }) => {
  await page.goto("/bnb");
  await expect(page.getByTestId("bnb-rate")).toBeVisible();
  await page.getByRole("button", { name: "Try it with the demo EVM account" }).click();
  await expect(page.getByTestId("evm-wallet-button")).toHaveText(/^0xAbf9…f86E$/);
  const demo = "0xAbf9915b3CdE9Dcd76D857F0d9b929F4E7Ecf86E" as const;
  const stkBefore = await stkOf(demo);

  const stake = page.getByRole("form", { name: "Stake BNB" });
  await stake.getByLabel("Amount to stake").fill("1");
  const want = previewDeposit(await poolState(), parseEther("1"));
  await stake.getByRole("button", { name: "Review stake" }).click();
  expect((await confirmEvmTx(page)).summary).toBe(`Staked 1 BNB for ${formatStk(want.userTokens)} stkBNB.`);
  expect((await stkOf(demo)) - stkBefore).toBe(want.userTokens);

  await page.getByRole("tab", { name: "Unstake" }).click();
  const unstake = page.getByRole("form", { name: "Unstake stkBNB" });
  await unstake.getByLabel("Amount to unstake").fill("0.5");
  await unstake.getByRole("button", { name: "Review unstake" }).click();
  await confirmEvmTx(page);
  const claims = page.getByTestId("bnb-claims");
  await expect(claims.locator("tr[data-state]").first()).toHaveAttribute("data-state", "cooling");

  // past the cooldown (the operator bot settles the reserve), a reload reconnects the demo account by itself
  await evmChain.advance(Number((await poolState()).cooldown) + 2);
  await page.reload();
  await expect(page.getByTestId("evm-wallet-button")).toHaveText(/^0xAbf9…f86E$/);
  await expect(claims.locator("tr[data-state]").first()).toHaveAttribute("data-state", "ready");
  const bnbBefore = await evmChain.balance(demo);
  await claims.getByRole("button", { name: "Claim", exact: true }).click();
  const claimed = await confirmEvmTx(page);
  expect(claimed.summary).toMatch(/^Claimed [\d.]+ BNB \(1 request\)\.$/);
  expect(await evmChain.balance(demo)).toBeGreaterThan(bnbBefore);
});

test("a pool whose operator stopped: a week without rewards, the page says so, offers no stake, and unstaking still works", async ({
  page,
  evmWallet,
  evmChain,
}) => {
  await page.goto("/bnb");
  await expect(page.getByTestId("bnb-last-rewards")).toBeVisible();
  await expect(page.getByTestId("bnb-exit-only")).toHaveCount(0);
  await connectEvm(page);
  const stake = page.getByRole("form", { name: "Stake BNB" });
  await stake.getByLabel("Amount to stake").fill("1");
  await stake.getByRole("button", { name: "Review stake" }).click();
  await confirmEvmTx(page);

  // the pool's admin revokes the operator's bot role (the local bot then does nothing), and a week and a day pass
  const [admin] = (await evmChain.rpc("eth_accounts")) as `0x${string}`[];
  const data = encodeFunctionData({ abi: stakePoolAbi, functionName: "revokeRole", args: [BOT_ROLE, admin!] });
  await evmChain.rpc("eth_sendTransaction", [{ from: admin, to: LOCAL_CONTRACTS.stakePool, data }]);
  await evmChain.advance(8 * 86_400);
  await page.reload();
  const notice = page.getByTestId("bnb-exit-only");
  await expect(notice).toContainText("This pool is no longer run: you can leave it, not join it");
  await expect(page.getByTestId("bnb-exit-only-evidence")).toContainText(/^No rewards have been added to this pool since \d+ \w+ \d{4}/);
  await expect(notice).not.toContainText("Beacon Chain");
  await expect(page.getByTestId("bnb-last-rewards")).toHaveCount(0);
  // no stake: the tab is off and the page opens on unstaking, which still goes through
  await expect(page.getByRole("tab", { name: "Stake", exact: true })).toBeDisabled();
  await expect(page.getByRole("tab", { name: "Unstake", exact: true })).toHaveAttribute("aria-selected", "true");
  const unstake = page.getByRole("form", { name: "Unstake stkBNB" });
  await unstake.getByLabel("Amount to unstake").fill("0.5");
  await unstake.getByRole("button", { name: "Review unstake" }).click();
  expect((await confirmEvmTx(page)).summary).toContain("Unstaked 0.5 stkBNB");
  expect(evmWallet.calls).toContain("eth_sendTransaction");
});

test("pSTAKE's pools on BSC are shown as no longer run: the page says why and offers no stake", async ({ page }) => {
  await page.goto("/bnb");
  await expect(page.getByTestId("bnb-rate")).toBeVisible();
  // the local chain's pool is run (its operator bot settles unstakes and adds rewards)
  await expect(page.getByTestId("bnb-last-rewards")).toBeVisible();
  await expect(page.getByTestId("bnb-exit-only")).toHaveCount(0);
  await page.getByLabel("BNB network").selectOption("bsc");
  const notice = page.getByTestId("bnb-exit-only");
  await expect(notice).toContainText("This pool is no longer run: you can leave it, not join it");
  await expect(notice).toContainText("BNB Beacon Chain, which shut down on 3 December 2024");
  await page.getByLabel("BNB network").selectOption("bsc-testnet");
  await expect(notice).toBeVisible();
});
