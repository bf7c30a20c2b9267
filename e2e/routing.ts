import type { Page } from "@playwright/test";

// A page whose requests to some chain addresses reach another local chain instead (a lived-in or a pruned devnet put
// behind the app's own endpoints), and the page errors it raises.

/** Sends the page's requests for `address` (a URL prefix pattern) to the chain on `port`. */
export async function routeChain(page: Page, address: RegExp, port: number): Promise<void> {
  await page.route(address, async (route) => {
    const response = await route.fetch({ url: route.request().url().replace(address, `http://127.0.0.1:${port}`) });
    await route.fulfill({ response });
  });
}

/** The uncaught errors of the page from now on. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}
