/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The e2e suite builds into its own folder (with its own devnet endpoints) so it never clobbers `npm run build`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Messages reach use-intl precompiled (lib/i18n/compile.ts): its format-only runtime replaces intl-messageformat.
  turbopack: { resolveAlias: { "use-intl/format-message": "use-intl/format-message/format-only" } },
  // `npm run bundle:explain` builds with source maps to attribute each first-visit byte to its module.
  productionBrowserSourceMaps: process.env.BUNDLE_SOURCEMAPS === "1",
  // The devnet and its tests are Node programs beside the app, not part of it.
  outputFileTracingExcludes: { "*": ["devnet/**", ".devnet/**"] },
};

export default nextConfig;
