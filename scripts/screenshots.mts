// npm run screenshots -- [outDir]: every page at a phone width (390x844, touch) and a desktop width (1280x800),
// signed out and with the demo account, saved as PNGs; prints each page's document width against the viewport and,
// when wider, the elements that stick out. Needs a devnet and the app already running (APP_URL, default
// http://127.0.0.1:3000, the app built for that devnet), e.g. after `npm run dev`.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../e2e/env";
import { PAGES } from "../e2e/pages";

const APP_URL = process.env.APP_URL ?? "http://127.0.0.1:3000";
const OUT = process.argv[2] ?? "screenshots";
const SIZES = [
  { name: "390", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
  { name: "1280", viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
];

/** The document's width, the header's height, and up to five elements whose right edge passes the viewport. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > vw + 1 && el.getClientRects().length)
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= vw + 1)
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}.${[...el.classList].slice(0, 4).join(".")} (${Math.round(el.getBoundingClientRect().right)})`,
      );
    const header = document.querySelector("header")?.getBoundingClientRect().height ?? 0;
    return { vw, doc: document.documentElement.scrollWidth, header: Math.round(header), wide };
  });
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  for (const signedIn of [false, true]) {
    const context = await browser.newContext({ baseURL: APP_URL, viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.hasTouch });
    await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort("internetdisconnected"));
    const page = await context.newPage();
    if (signedIn) {
      await page.goto("/");
      await page
        .getByRole("button", { name: /demo account/i })
        .first()
        .click();
      await page.getByTestId("account-address").first().waitFor();
    }
    for (const path of PAGES) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(300);
      const m = await measure(page);
      const file = join(OUT, `${path === "/" ? "home" : path.slice(1).replaceAll("/", "-")}-${size.name}${signedIn ? "-signed-in" : ""}.png`);
      await page.screenshot({ path: file, fullPage: true });
      const verdict = m.doc > m.vw ? `WIDER ${m.doc}px ${m.wide.join(", ")}` : "fits";
      console.log(`${size.name.padStart(4)} ${signedIn ? "in " : "out"} ${path.padEnd(11)} header ${m.header}px  ${verdict}`);
      if (path === "/" && size.isMobile && !signedIn) {
        // the phone's menu, open
        await page.getByRole("button", { name: "Menu" }).click();
        await page.screenshot({ path: join(OUT, "menu-390.png") });
        await page.getByRole("button", { name: "Menu" }).click();
      }
    }
    await context.close();
  }
}
await browser.close();
