// npm run bundle:explain [route...]: where a first visit's JavaScript comes from. Builds the app with source maps,
// visits each route in Chromium as bench:web does (fresh profile, until the network is idle), and splits every
// loaded script's gzip bytes over the modules its source map names (by their share of the script's characters).
// Prints the largest packages and project folders per route. A tool for finding savings; asserts nothing.
import { spawn, spawnSync, execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { gzipSync } from "node:zlib";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const NEXT_BIN = require.resolve("next/dist/bin/next");
const { decode } = require("@jridgewell/sourcemap-codec");

const DIST = ".next-explain";
const PORT = 3219;
const routes = process.argv.slice(2).filter((a) => a.startsWith("/"));
const ROUTES = routes.length ? routes : ["/", "/stake", "/pools", "/pools/1", "/swap", "/portfolio", "/lend", "/routes", "/recover", "/bnb"];
const TOP = Number(process.env.TOP || 25);

if (!process.argv.includes("--no-build")) {
  const r = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: DIST, BUNDLE_SOURCEMAPS: "1" },
  });
  if (r.status !== 0) throw new Error("next build failed");
}

const server = spawn(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(PORT)], {
  stdio: "ignore",
  env: { ...process.env, NEXT_DIST_DIR: DIST },
});
for (let i = 0; ; i++) {
  try {
    await fetch(`http://127.0.0.1:${PORT}/`);
    break;
  } catch {
    if (i > 100) throw new Error("next start did not come up");
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** A package (`npm:name`) or a project folder (two levels) for a source-map source. */
function owner(source) {
  const s = decodeURIComponent(source).replace(/^turbopack:\/\/\/?(\[project\]\/)?/, "");
  if (process.env.FILES) return s;
  const m = s.match(/node_modules\/((@[^/]+\/)?[^/]+)/);
  if (m) return `npm:${m[1]}`;
  return s.split("/").slice(0, 2).join("/");
}

/** Characters of `code` attributed to each source through the map's segments (a line's bytes go to its segments). */
function charsBySource(code, map) {
  const out = new Map();
  const add = (k, n) => out.set(k, (out.get(k) ?? 0) + n);
  const sections = map.sections ?? [{ offset: { line: 0, column: 0 }, map }];
  const lines = code.split("\n");
  for (let si = 0; si < sections.length; si++) {
    const { offset, map: m } = sections[si];
    const next = sections[si + 1]?.offset;
    const decoded = decode(m.mappings);
    decoded.forEach((segs, li) => {
      const line = offset.line + li;
      const text = lines[line] ?? "";
      const startCol = li === 0 ? offset.column : 0;
      for (let j = 0; j < segs.length; j++) {
        const col = segs[j][0] + startCol;
        let end = j + 1 < segs.length ? segs[j + 1][0] + startCol : text.length;
        if (next && line === next.line && j + 1 === segs.length) end = Math.min(end, next.column);
        const src = segs[j].length > 1 ? owner(m.sources[segs[j][1]]) : "(unmapped)";
        add(src, Math.max(0, end - col));
      }
    });
  }
  return out;
}

const { chromium } = await import("playwright-core");
const executablePath = process.env.CHROMIUM_PATH || execSync("command -v chromium", { encoding: "utf8" }).trim();
const browser = await chromium.launch({
  executablePath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
try {
  for (const route of ROUTES) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const urls = new Set();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text())); // a page that failed to render ships less
    page.on("response", (r) => {
      if (r.url().startsWith(`http://127.0.0.1:${PORT}/`) && /javascript/.test(r.headers()["content-type"] ?? "")) urls.add(r.url());
    });
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort());
    await page.goto(`http://127.0.0.1:${PORT}${route}`, { waitUntil: "networkidle" });
    await page.waitForTimeout(1500);
    await context.close();
    const total = new Map();
    let gzTotal = 0;
    for (const url of urls) {
      const path = new URL(url).pathname.replace(/^\/_next\//, "");
      const code = readFileSync(join(DIST, path), "utf8");
      const gz = gzipSync(code).length;
      gzTotal += gz;
      let chars;
      try {
        const mapName = code.match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1] ?? `${path.split("/").pop()}.map`;
        chars = charsBySource(code, JSON.parse(readFileSync(join(DIST, dirname(path), mapName), "utf8")));
      } catch {
        chars = new Map([["(no map) " + path, code.length]]);
      }
      const sum = [...chars.values()].reduce((a, b) => a + b, 0) || 1;
      for (const [k, n] of chars) total.set(k, (total.get(k) ?? 0) + (gz * n) / sum);
    }
    console.log(`\n${route}: ${urls.size} scripts, ${(gzTotal / 1024).toFixed(1)} KB gzip`);
    for (const e of errors.filter((e) => !e.includes("ERR_CONNECTION_REFUSED"))) console.log(`  page error: ${e.slice(0, 200)}`);
    for (const [k, n] of [...total].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${(n / 1024).toFixed(1).padStart(7)} KB  ${k}`);
  }
} finally {
  await browser.close();
  server.kill();
}
