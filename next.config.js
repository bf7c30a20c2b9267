/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The devnet and its tests are Node programs beside the app, not part of it.
  outputFileTracingExcludes: { "*": ["devnet/**", ".devnet/**"] },
};

export default nextConfig;
