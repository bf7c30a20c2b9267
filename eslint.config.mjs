import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // Tests and benchmarks read loosely typed JSON-RPC replies.
    files: ["e2e/**/*.ts", "devnet/test/**/*.ts", "devnet/bench/**/*.ts", "**/*.test.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Playwright fixtures call `use()`, which is not React's hook.
    files: ["e2e/**/*.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  { ignores: [".next*/**", ".tmp/**", "node_modules/**", ".devnet/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
