import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["devnet/test/**/*.test.ts", "lib/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    reporters: ["default"],
  },
});
