/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The e2e suite builds into its own folder (with its own devnet endpoints) so it never clobbers `npm run build`.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The devnet and its tests are Node programs beside the app, not part of it.
  outputFileTracingExcludes: { "*": ["devnet/**", ".devnet/**"] },
};

export default nextConfig;
