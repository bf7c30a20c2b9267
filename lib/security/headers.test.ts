import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, originOf, securityHeaders } from "./headers";
import { connectOrigins } from "./sources";

const base = { nonce: "abc", dev: false, https: false, connect: ["https://rpc.b", "https://rpc.a"] };

describe("security headers", () => {
  it("allows scripts by nonce only, no eval outside next dev", () => {
    expect(contentSecurityPolicy(base)).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(contentSecurityPolicy(base)).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy({ ...base, dev: true })).toContain("'strict-dynamic' 'unsafe-eval';");
  });

  it("lists the endpoints once, sorted, and nothing else to connect to", () => {
    expect(contentSecurityPolicy({ ...base, connect: ["https://rpc.b", "https://rpc.a", "https://rpc.b"] })).toContain(
      "connect-src 'self' https://rpc.a https://rpc.b;",
    );
  });

  it("sends HSTS only over https", () => {
    expect(securityHeaders(base)["Strict-Transport-Security"]).toBeUndefined();
    expect(securityHeaders({ ...base, https: true })["Strict-Transport-Security"]).toMatch(/^max-age=\d+/);
  });

  it("frames nothing, unless WalletConnect is configured: then its Verify origin alone", () => {
    expect(contentSecurityPolicy(base)).toContain("frame-src 'none';");
    expect(contentSecurityPolicy({ ...base, frames: ["https://verify.walletconnect.org"] })).toContain("frame-src https://verify.walletconnect.org;");
  });

  it("reduces URLs to origins and ignores what is not http(s) or a websocket", () => {
    expect(originOf("https://rpc.example:443/path?x=1")).toBe("https://rpc.example");
    expect(originOf("wss://relay.walletconnect.org")).toBe("wss://relay.walletconnect.org");
    expect(originOf("http://127.0.0.1:26657")).toBe("http://127.0.0.1:26657");
    expect(originOf("javascript:alert(1)")).toBeUndefined();
    expect(originOf("not a url")).toBeUndefined();
  });

  it("makes a different 128-bit nonce each time", () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(newNonce()).not.toBe(a);
  });

  it("takes the endpoints from the network config: every Cosmos and EVM RPC", () => {
    const origins = connectOrigins();
    expect(origins).toContain("http://127.0.0.1:26657");
    expect(origins).toContain("http://127.0.0.1:8545");
    expect(origins).toContain("https://rpc.core.persistence.one");
    expect(origins.every((o) => /^https?:\/\/[^/]+$/.test(o))).toBe(true);
  });
});
