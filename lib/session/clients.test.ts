import { afterEach, describe, expect, it, vi } from "vitest";

// History reads go to the network's archive endpoints when configured (public nodes are pruned), else to its one RPC
// client; the CSP lets the page reach the archive and nothing more.

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("the client for reads of the past", () => {
  it("is the archive when NEXT_PUBLIC_CORE1_ARCHIVE_RPC names one, and the CSP allows its origin", async () => {
    vi.stubEnv("NEXT_PUBLIC_CORE1_ARCHIVE_RPC", "https://archive.example:8443/rpc, https://archive2.example");
    const { historyRpcFor, rpcFor } = await import("./clients");
    const { connectOrigins } = await import("@/lib/security/sources");
    expect(historyRpcFor("core-1")).not.toBe(rpcFor("core-1"));
    expect(historyRpcFor("core-1").pool.order()).toEqual(["https://archive.example:8443/rpc", "https://archive2.example"]);
    expect(historyRpcFor("core-1")).toBe(historyRpcFor("core-1"));
    expect(connectOrigins()).toEqual(expect.arrayContaining(["https://archive.example:8443", "https://archive2.example"]));
  });

  it("is the network's own RPC client when no archive is configured", async () => {
    vi.stubEnv("NEXT_PUBLIC_CORE1_ARCHIVE_RPC", "");
    const { historyRpcFor, rpcFor } = await import("./clients");
    expect(historyRpcFor("core-1")).toBe(rpcFor("core-1"));
    expect(historyRpcFor("devnet")).toBe(rpcFor("devnet"));
  });
});
