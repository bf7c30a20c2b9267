// npm run bench:web: the JavaScript a first visit downloads (gzip-compressed bytes of every script response in
// Chromium until the network is idle, lazy chunks included), for each route of a production build, against an
// empty Next.js page built with the same version; then how many requests per second `next start` serves on the
// heaviest pages (each page is rendered per request, for its CSP nonce), 8 at a time for 5 s each.
// Prints figures; asserts nothing.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { createRequire } from "node:module";

// Next's CLI run directly by Node (not through npx), so stopping it stops the server.
const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");

const ROUTES = ["/", "/stake", "/pools", "/pools/1", "/swap", "/portfolio", "/lend", "/routes", "/recover", "/bnb"];
const root = resolve(".");

function build(cwd, distDir) {
  const r = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd,
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir },
  });
  if (r.status !== 0) throw new Error(`next build failed in ${cwd}`);
}

async function serve(cwd, distDir, port) {
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd,
    stdio: "ignore",
    env: { ...process.env, NEXT_DIST_DIR: distDir },
  });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}/`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error("next start did not come up");
}

/** Every JavaScript response of a first visit (fresh browser profile, no wallet), until the network is idle. */
async function firstVisitJs(port, route) {
  const { chromium } = await import("playwright-core");
  const { execSync } = await import("node:child_process");
  const executablePath = process.env.CHROMIUM_PATH || execSync("command -v chromium", { encoding: "utf8" }).trim();
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const page = await browser.newPage();
  const urls = new Set();
  page.on("response", (r) => {
    if (r.url().startsWith(`http://127.0.0.1:${port}/`) && /javascript/.test(r.headers()["content-type"] ?? "")) urls.add(r.url());
  });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort());
  await page.goto(`http://127.0.0.1:${port}${route}`, { waitUntil: "networkidle" });
  await page.waitForTimeout(1500);
  await browser.close();
  let raw = 0;
  let gz = 0;
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    raw += body.length;
    gz += gzipSync(body).length;
  }
  return { files: urls.size, raw, gz };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** Closed-loop load: `concurrency` clients requesting `route` back to back for `ms`; requests per second, median latency. */
async function requestsPerSecond(port, route, concurrency = 8, ms = 5_000) {
  const url = `http://127.0.0.1:${port}${route}`;
  for (let i = 0; i < 5; i++) await (await fetch(url)).arrayBuffer(); // warm the route
  const latencies = [];
  let failed = 0;
  const end = Date.now() + ms;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const t0 = performance.now();
        const res = await fetch(url);
        await res.arrayBuffer();
        if (res.status !== 200) failed++;
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / seconds, median: latencies[Math.floor(latencies.length / 2)], failed };
}

// An empty Next.js app of the same version, outside the project (inside it, Next took the project's proxy.ts and
// lockfile for its own and the build failed), resolving the project's node_modules through a link.
const empty = mkdtempSync(join(tmpdir(), "next-empty-"));
mkdirSync(join(empty, "app"), { recursive: true });
symlinkSync(join(root, "node_modules"), join(empty, "node_modules"), "dir");
// Turbopack compiles only files under its root: make that the folder holding both (the link points outside)
const shared =
  root
    .split(sep)
    .filter((part, i) => empty.split(sep)[i] === part)
    .join(sep) || sep;
writeFileSync(join(empty, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(shared)} } };\n`);
writeFileSync(join(empty, "package.json"), JSON.stringify({ name: "empty", private: true, type: "module" }));
writeFileSync(
  join(empty, "app/layout.tsx"),
  'export default function L({ children }: { children: React.ReactNode }) { return <html lang="en"><body>{children}</body></html>; }\n',
);
writeFileSync(join(empty, "app/page.tsx"), "export default function P() { return <main>empty</main>; }\n");
writeFileSync(
  join(empty, "tsconfig.json"),
  JSON.stringify({
    compilerOptions: {
      jsx: "react-jsx",
      strict: true,
      module: "esnext",
      moduleResolution: "bundler",
      skipLibCheck: true,
      noEmit: true,
      lib: ["dom", "esnext"],
      isolatedModules: true,
      esModuleInterop: true,
    },
  }),
);

console.log("building the app and an empty Next.js page (same version)…");
build(root, ".next-bench");
build(empty, ".next");
const app = await serve(root, ".next-bench", 3207);
const base = await serve(empty, ".next", 3208);
try {
  const baseline = await firstVisitJs(3208, "/");
  console.log(`empty Next.js page: ${kb(baseline.gz)} compressed (${kb(baseline.raw)} raw, ${baseline.files} scripts)`);
  for (const route of ROUTES) {
    const r = await firstVisitJs(3207, route);
    console.log(
      `app ${route}: ${kb(r.gz)} compressed (${kb(r.raw)} raw, ${r.files} scripts) = ${(r.gz / baseline.gz).toFixed(2)}x the empty page (target <= 1.5x)`,
    );
  }
  const emptyLoad = await requestsPerSecond(3208, "/");
  console.log(`server: empty Next.js page ${emptyLoad.rps.toFixed(0)} requests/s (median ${emptyLoad.median.toFixed(1)} ms)`);
  for (const route of ["/", "/stake", "/portfolio", "/pools/1", "/bnb"]) {
    const r = await requestsPerSecond(3207, route);
    console.log(
      `server: app ${route} ${r.rps.toFixed(0)} requests/s (median ${r.median.toFixed(1)} ms, 8 concurrent${r.failed ? `, ${r.failed} not 200` : ""})`,
    );
  }
} finally {
  app.kill("SIGTERM");
  base.kill("SIGTERM");
  rmSync(empty, { recursive: true, force: true });
}
