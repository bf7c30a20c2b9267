import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { APP_PORT } from "./env";
import { expect, test } from "./evm-wallet";
import { visitSignedIn } from "./pages";

// Every page in Chinese and in Korean, with the demo account and the EVM test wallet connected, shows none of the
// English catalogue's sentences: the UI text lives in the catalogues, and the pages use them. (Chain data such as a
// validator's moniker or a token's name is not UI text and is not checked.)

/** The English catalogue's sentences without arguments, of two words or more: what must not show in another language. */
function englishSentences(): string[] {
  const flat = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === "object" ? flat(v) : [v as string]));
  const en = JSON.parse(readFileSync("messages/en.json", "utf8")) as object;
  return [...new Set(flat(en))].filter((s) => !s.includes("{") && /[a-z]+ [a-z]+/i.test(s) && s !== "stkBNB / BNB");
}

async function englishOn(page: Page, sentences: string[]): Promise<string[]> {
  const text = await page.locator("body").innerText();
  return sentences.filter((s) => text.includes(s));
}

for (const locale of ["zh", "ko"] as const) {
  test(`every page in ${locale} shows no English UI sentence`, async ({ page, context, evmWallet }) => {
    expect(evmWallet.address).toBeTruthy();
    const sentences = englishSentences();
    expect(sentences.length).toBeGreaterThan(300);
    // the control: the same search finds English on the English page
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    expect((await englishOn(page, sentences)).length).toBeGreaterThan(3);
    await context.addCookies([{ name: "plsh-locale", value: locale, url: `http://127.0.0.1:${APP_PORT}` }]);
    const catalogue = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as { wallet: { tryDemo: string } };
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await page.getByRole("button", { name: catalogue.wallet.tryDemo }).click();
    await expect(page.getByTestId("balances")).toBeVisible();
    await visitSignedIn(page, async (path) => {
      const left = await englishOn(page, sentences);
      console.log(`${locale} ${path}: ${left.length} English sentences of ${sentences.length}`);
      expect(left, `${locale} ${path}`).toEqual([]);
    });
  });
}
