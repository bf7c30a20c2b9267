import { readFileSync, readdirSync } from "node:fs";
import { PAGES } from "./pages";
import { join } from "node:path";
import { DEMO_MNEMONIC } from "../devnet/src/genesis";
import { ARCHIVE_URL, DEAD_URL, DEVNET_URL, EVM_URL, FAULTY_URL, MAINNET_LIKE_URL, OSMOSIS_URL, WALLETCONNECT_RELAY_URL } from "./env";
import { expect, test } from "./fixtures";

// The headers on real responses of `next start`, pages that run under them without a single CSP violation, framing
// refused, and no key material in what the browser downloads.

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
      .map(([name, ...values]) => [name, values]),
  );
}

function expectSecurityHeaders(headers: Record<string, string>, url: string) {
  expect(headers["x-content-type-options"], url).toBe("nosniff");
  expect(headers["referrer-policy"], url).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], url).toMatch(/camera=\(\), microphone=\(\), geolocation=\(\)/);
  expect(headers["x-frame-options"], url).toBe("DENY");
  expect(headers["strict-transport-security"], `${url}: no HSTS over plain http`).toBeUndefined();
  const csp = directives(headers["content-security-policy"] ?? "");
  const scripts = csp.get("script-src") ?? [];
  expect(
    scripts.filter((s) => !s.startsWith("'nonce-")),
    url,
  ).toEqual(["'self'", "'strict-dynamic'"]);
  expect(
    scripts.some((s) => /^'nonce-[A-Za-z0-9+/]{22}==/.test(s)),
    url,
  ).toBe(true);
  expect(csp.get("frame-ancestors"), url).toEqual(["'none'"]);
  expect(csp.get("object-src"), url).toEqual(["'none'"]);
  // exactly the endpoints this build is configured with (e2e/run.mjs): the faulty node and the devnet, the
  // devnet's archive endpoint, the mainnet-like devnet and its Osmosis counterparty (core-1's other linked chains
  // and the testnet are the dead port), the EVM chain, the WalletConnect relay
  expect(csp.get("connect-src"), url).toEqual([
    "'self'",
    ...[DEAD_URL, FAULTY_URL, DEVNET_URL, ARCHIVE_URL, MAINNET_LIKE_URL, OSMOSIS_URL, EVM_URL, WALLETCONNECT_RELAY_URL].sort(),
  ]);
  // frames: only WalletConnect's Verify
  expect(csp.get("frame-src"), url).toEqual(["https://verify.walletconnect.org"]);
}

test.describe("security headers", () => {
  test("every page, script, stylesheet and a 404 carry the headers; a fresh nonce per response", async ({ request }) => {
    const nonces = new Set<string>();
    for (const path of [...PAGES, "/no-such-page"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(path === "/no-such-page" ? 404 : 200);
      expectSecurityHeaders(res.headers(), path);
      const nonce = /'nonce-([^']+)'/.exec(res.headers()["content-security-policy"])![1];
      nonces.add(nonce);
      const html = await res.text();
      // every script tag Next wrote carries this response's nonce
      const tags = html.match(/<script\b[^>]*>/g) ?? [];
      expect(tags.length, path).toBeGreaterThan(0);
      for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
      if (path === "/stake") {
        const assets = [...html.matchAll(/\/_next\/static\/[^"]+\.(?:js|css)/g)].map((m) => m[0]);
        expect(assets.some((a) => a.endsWith(".css"))).toBe(true);
        for (const asset of assets.slice(0, 6)) expectSecurityHeaders((await request.get(asset)).headers(), asset);
      }
    }
    expect(nonces.size).toBe(PAGES.length + 1);
  });

  test("HSTS when served over https (behind a TLS proxy)", async ({ request }) => {
    const res = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
    expect(res.headers()["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
  });

  test("every page runs under the policy without a single violation", async ({ page }) => {
    const violations: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        (window as unknown as { __csp: string[] }).__csp ??= [];
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    for (const path of PAGES) {
      await page.goto(path);
      // hydrated: the client-side wallet button is interactive
      await expect(page.getByRole("button", { name: "Connect wallet" })).toBeEnabled();
      await page.waitForLoadState("networkidle");
      const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
      // remote logos are refused by the test's offline router, not by the policy, so they are not violations
      expect([...seen, ...violations], path).toEqual([]);
    }
  });

  test("another site cannot frame the app", async ({ page, baseURL }) => {
    await page.setContent(`<iframe id="f" src="${baseURL}/stake" width="400" height="300"></iframe>`);
    await page.waitForTimeout(1_500);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    // Chromium replaces a refused frame with its error page: the app's document never loads there
    expect(frame.url()).toBe("chrome-error://chromewebdata/");
    expect(await frame.getByRole("heading", { name: "Liquid staking" }).count()).toBe(0);
  });

  test("no key material in the files the browser downloads", async () => {
    const dir = join(process.cwd(), ".next-e2e", "static");
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && /\.(js|css|json)$/.test(f.name));
    expect(files.length).toBeGreaterThan(10);
    // the devnet's demo mnemonic reaches the page only from the devnet itself (devnet_info), never from the bundle;
    // anvil's first two well-known keys (deployer, fee vault) stay in the devnet's Node process
    const secrets = [
      DEMO_MNEMONIC.split(" ").slice(0, 6).join(" "),
      "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
      "59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
      "PRIVATE KEY-----",
    ];
    for (const f of files) {
      const text = readFileSync(join(f.parentPath, f.name), "utf8");
      for (const s of secrets) expect(text.includes(s), `${f.name} contains ${s.slice(0, 12)}...`).toBe(false);
    }
  });
});
