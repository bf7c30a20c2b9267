import { ALICE, expect, test } from "./fixtures";

// The UI in Chinese and Korean: the switcher, the choice kept across visits, the browser's language by default,
// and a stake done entirely in Chinese with dates written the Chinese way.

const switcher = (page: import("@playwright/test").Page) => page.getByRole("combobox", { name: /^(Language|语言|언어)$/ });

test("switch to Chinese, stake in Chinese, keep the choice, then Korean", async ({ page, chain }) => {
  await page.goto("/stake");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await switcher(page).selectOption("zh");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh");
  const nav = page.getByRole("navigation", { name: "主导航" });
  await expect(nav.getByRole("link", { name: "质押" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "资产" })).toBeVisible();

  await page.getByRole("button", { name: "使用演示账户试用" }).click();
  const amount = page.getByLabel("要质押的 XPRT");
  await amount.fill("abc");
  await expect(amount).toHaveAccessibleDescription(/请输入数字，例如 12\.5。/);
  await amount.fill("10");
  await expect(page.getByTestId("stake-receive")).toHaveText("10 stkXPRT");
  await page.getByRole("button", { name: "质押", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "确认详情" })).toBeVisible();
  await expect(dialog).toContainText("网络手续费");
  await dialog.getByRole("button", { name: "确认并签名" }).click();
  await expect(dialog.getByRole("heading", { name: "完成" })).toBeVisible();
  await dialog.getByRole("button", { name: "关闭" }).click();
  expect(await chain.balance(ALICE, "stk/uxprt")).toBe(10_000_000n);

  // dates by locale: "2026年1月1日 00:00（UTC）"
  await page.getByRole("tab", { name: "解除质押" }).click();
  await expect(page.getByTestId("unstake-eta")).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}（UTC）$/);

  // the choice is remembered
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh");
  await expect(page.getByRole("tab", { name: "解除质押" })).toBeVisible();

  await switcher(page).selectOption("ko");
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await page.getByRole("tab", { name: "언스테이킹" }).click();
  // "2026. 1. 1. 오전 12:00 (UTC)"
  await expect(page.getByTestId("unstake-eta")).toHaveText(/^\d{4}\. \d{1,2}\. \d{1,2}\. .+ \(UTC\)$/);
  await expect(page.getByRole("heading", { name: "대기 중인 언본딩" })).toBeVisible();
});

test.describe("a browser set to Korean", () => {
  test.use({ locale: "ko-KR" });

  test("gets the Korean UI on its first visit, before any choice", async ({ page }) => {
    await page.goto("/stake");
    await expect(page.locator("html")).toHaveAttribute("lang", "ko");
    await expect(page.getByRole("button", { name: "지갑 연결", exact: true })).toBeVisible();
    await expect(switcher(page)).toHaveValue("ko");
  });
});
