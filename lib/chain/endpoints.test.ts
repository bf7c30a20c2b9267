import { english } from "@/lib/i18n/english";
import { afterAll, describe, expect, it } from "vitest";
import { startTestDevnet } from "@/devnet/test/helpers";
import { detectCapabilities } from "./capabilities";
import { AllEndpointsFailedError, EndpointPool, FailoverRpcClient, RpcResponseError } from "./endpoints";

const ok = (result: unknown) => new Response(JSON.stringify({ jsonrpc: "2.0", id: 1, result }), { status: 200 });

function scripted(handlers: Record<string, () => Response | Promise<Response>>) {
  const calls: string[] = [];
  const fetchFn = (async (url: string | URL | Request) => {
    const u = String(url);
    calls.push(u);
    return handlers[u]();
  }) as typeof fetch;
  return { calls, fetchFn };
}

describe("endpoint failover", () => {
  it("uses the first endpoint while it answers", async () => {
    const { calls, fetchFn } = scripted({ a: () => ok({ n: 1 }), b: () => ok({ n: 2 }) });
    const rpc = new FailoverRpcClient(new EndpointPool(["a", "b"]), { fetch: fetchFn });
    expect(await rpc.call("status")).toEqual({ n: 1 });
    expect(calls).toEqual(["a"]);
  });

  it("skips a dead endpoint, then retries it after the cooldown", async () => {
    let now = 0;
    let aDead = true;
    const { calls, fetchFn } = scripted({
      a: () => (aDead ? Promise.reject(new TypeError("fetch failed")) : ok("from a")),
      b: () => ok("from b"),
    });
    const pool = new EndpointPool(["a", "b"], 30_000, () => now);
    const rpc = new FailoverRpcClient(pool, { fetch: fetchFn });
    expect(await rpc.call("status")).toBe("from b");
    expect(pool.health()).toEqual([
      { url: "a", healthy: false, lastError: "unreachable (fetch failed)" },
      { url: "b", healthy: true, lastError: undefined },
    ]);
    expect(await rpc.call("status")).toBe("from b");
    expect(calls).toEqual(["a", "b", "b"]); // a is not retried while cooling down
    now = 31_000;
    aDead = false;
    expect(await rpc.call("status")).toBe("from a");
    expect(pool.health()[0].healthy).toBe(true);
  });

  it("treats 5xx, garbage and hanging nodes as down", async () => {
    const { fetchFn } = scripted({
      a: () => new Response("<html>bad gateway</html>", { status: 502 }),
      b: () => new Response("not json at all", { status: 200 }),
      c: () => new Promise<Response>(() => {}),
      d: () => ok("d"),
    });
    const slowFetch = ((url: string, init: RequestInit) =>
      url === "c"
        ? new Promise((_, reject) => init.signal!.addEventListener("abort", () => reject(new DOMException("timeout", "TimeoutError"))))
        : fetchFn(url, init)) as typeof fetch;
    const pool = new EndpointPool(["a", "b", "c", "d"]);
    const rpc = new FailoverRpcClient(pool, { fetch: slowFetch, timeoutMs: 50 });
    expect(await rpc.call("status")).toBe("d");
    expect(pool.health().map((h) => h.lastError)).toEqual(["HTTP 502", "answered something that is not JSON-RPC", "no answer within 50 ms", undefined]);
  });

  it("does not fail over on a JSON-RPC error: the node answered", async () => {
    const { calls, fetchFn } = scripted({
      a: () => new Response(JSON.stringify({ jsonrpc: "2.0", id: 1, error: { code: -32603, message: "Internal error", data: "tx not found" } })),
      b: () => ok("b"),
    });
    const rpc = new FailoverRpcClient(new EndpointPool(["a", "b"]), { fetch: fetchFn });
    await expect(rpc.call("tx")).rejects.toBeInstanceOf(RpcResponseError);
    expect(calls).toEqual(["a"]);
  });

  it("does not resend a broadcast that timed out (it may have been received)", async () => {
    const { calls, fetchFn } = scripted({ a: () => Promise.reject(new DOMException("timeout", "TimeoutError")), b: () => ok("b") });
    const rpc = new FailoverRpcClient(new EndpointPool(["a", "b"]), { fetch: fetchFn });
    await expect(rpc.call("broadcast_tx_sync", { tx: "" })).rejects.toBeInstanceOf(AllEndpointsFailedError);
    expect(calls).toEqual(["a"]);
  });

  it("reports every endpoint's failure when none answers", async () => {
    const { fetchFn } = scripted({ a: () => Promise.reject(new TypeError("refused")), b: () => new Response("", { status: 500 }) });
    const rpc = new FailoverRpcClient(new EndpointPool(["a", "b"]), { fetch: fetchFn });
    await expect(rpc.call("status")).rejects.toThrow(/No RPC endpoint answered: a \(unreachable \(refused\)\); b \(HTTP 500\)/);
  });
});

describe("batched reads", () => {
  function batchingNode(opts: { takesBatches: boolean }) {
    const bodies: unknown[] = [];
    const fetchFn = (async (_url: string | URL | Request, init?: RequestInit) => {
      const body = JSON.parse(String(init!.body));
      bodies.push(body);
      const answer = (r: { id: number; method: string }) =>
        r.method === "bad"
          ? { jsonrpc: "2.0", id: r.id, error: { code: -32601, message: "Method not found" } }
          : { jsonrpc: "2.0", id: r.id, result: r.method };
      if (!Array.isArray(body)) return new Response(JSON.stringify(answer(body)));
      if (!opts.takesBatches) return new Response(JSON.stringify({ jsonrpc: "2.0", id: -1, error: { code: -32600, message: "batch not supported" } }));
      return new Response(JSON.stringify(body.map(answer).reverse())); // order is not promised
    }) as typeof fetch;
    return { bodies, fetchFn };
  }

  it("sends reads issued together as one HTTP request and answers each by id", async () => {
    const { bodies, fetchFn } = batchingNode({ takesBatches: true });
    const rpc = new FailoverRpcClient(new EndpointPool(["a"]), { fetch: fetchFn, maxBatch: 3 });
    const results = await Promise.allSettled(["m1", "m2", "bad", "m4"].map((m) => rpc.call(m)));
    expect(results.map((r) => (r.status === "fulfilled" ? r.value : (r.reason as RpcResponseError).rpcMessage))).toEqual([
      "m1",
      "m2",
      "Method not found",
      "m4",
    ]);
    // 4 reads, at most 3 per batch: two HTTP requests, the second a single request
    expect(bodies.map((b) => (Array.isArray(b) ? b.length : 1))).toEqual([3, 1]);
  });

  it("falls back to one request per read on a node that refuses batches", async () => {
    const { bodies, fetchFn } = batchingNode({ takesBatches: false });
    const rpc = new FailoverRpcClient(new EndpointPool(["a"]), { fetch: fetchFn, maxBatch: 10 });
    expect(await Promise.all([rpc.call("x"), rpc.call("y")])).toEqual(["x", "y"]);
    expect(await Promise.all([rpc.call("z"), rpc.call("w")])).toEqual(["z", "w"]);
    // the refused batch once, then single requests only
    expect(bodies.map((b) => (Array.isArray(b) ? b.length : 1))).toEqual([2, 1, 1, 1, 1]);
  });
});

describe("against the devnet", () => {
  const devnets: Awaited<ReturnType<typeof startTestDevnet>>[] = [];
  afterAll(async () => {
    for (const d of devnets) await d.stop().catch(() => {});
  });

  it("keeps answering through the second node when the first dies mid-session", async () => {
    const first = await startTestDevnet();
    const second = await startTestDevnet();
    devnets.push(first, second);
    const pool = new EndpointPool([first.url, second.url]);
    const rpc = new FailoverRpcClient(pool, { timeoutMs: 2_000 });
    const a = await rpc.call<{ node_info: { network: string } }>("status");
    expect(a.node_info.network).toBe("devnet-1");
    await first.stop();
    const started = performance.now();
    const b = await rpc.call<{ node_info: { network: string } }>("status");
    expect(b.node_info.network).toBe("devnet-1");
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(pool.health()[0].healthy).toBe(false);
  });

  it("detects what a chain serves and what it lacks (the devnet, and one run as core-1 is today)", async () => {
    const devnet = await startTestDevnet();
    const mainnetLike = await startTestDevnet({ profile: "mainnet", chainId: "core-1" });
    devnets.push(devnet, mainnetLike);
    const caps = await detectCapabilities(new FailoverRpcClient(new EndpointPool([devnet.url])));
    expect(Object.values(caps).map((c) => c.available)).toEqual([true, true, true, true]);
    const core1 = await detectCapabilities(new FailoverRpcClient(new EndpointPool([mainnetLike.url])));
    expect(core1.liquidstake.available).toBe(true);
    expect(core1.liquidstakeibc).toMatchObject({ available: false });
    expect(english(core1.liquidstakeibc.note!)).toMatch(/removed from core-1/);
  });
});
