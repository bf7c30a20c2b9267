import type { JsonRpcRequest, JsonRpcSuccessResponse } from "@cosmjs/json-rpc";
import { isJsonRpcErrorResponse, parseJsonRpcResponse } from "@cosmjs/json-rpc";

// Several RPC endpoints per network. A request goes to the first healthy one; an endpoint that refuses the
// connection, times out, answers 5xx or garbage is marked down for a cooldown and the next one is tried.
// A JSON-RPC error from a healthy node is an answer, not a failure, and is not retried elsewhere.

export interface EndpointHealth {
  url: string;
  healthy: boolean;
  lastError?: string;
}

export class AllEndpointsFailedError extends Error {
  constructor(readonly errors: { url: string; error: string }[]) {
    super(`No RPC endpoint answered: ${errors.map((e) => `${e.url} (${e.error})`).join("; ")}`);
    this.name = "AllEndpointsFailedError";
  }
}

/** A JSON-RPC error answered by a node; `data` carries CometBFT's detail. */
export class RpcResponseError extends Error {
  constructor(
    readonly code: number,
    readonly rpcMessage: string,
    readonly data: string,
  ) {
    super(JSON.stringify({ code, message: rpcMessage, data }));
    this.name = "RpcResponseError";
  }
}

interface State {
  url: string;
  downUntil: number;
  lastError?: string;
}

export class EndpointPool {
  private readonly states: State[];
  private readonly listeners = new Set<() => void>();

  constructor(
    urls: string[],
    private readonly cooldownMs = 30_000,
    private readonly now: () => number = Date.now,
  ) {
    if (!urls.length) throw new Error("a network needs at least one RPC endpoint");
    this.states = urls.map((url) => ({ url, downUntil: 0 }));
  }

  /** Healthy endpoints in configured order, then the ones cooling down (least recently failed first). */
  order(): string[] {
    const t = this.now();
    const up = this.states.filter((s) => s.downUntil <= t);
    const down = this.states.filter((s) => s.downUntil > t).sort((a, b) => a.downUntil - b.downUntil);
    return [...up, ...down].map((s) => s.url);
  }

  markDown(url: string, error: string): void {
    const s = this.states.find((x) => x.url === url)!;
    s.downUntil = this.now() + this.cooldownMs;
    s.lastError = error;
    this.emit();
  }

  markUp(url: string): void {
    const s = this.states.find((x) => x.url === url)!;
    if (s.downUntil === 0 && !s.lastError) return;
    s.downUntil = 0;
    s.lastError = undefined;
    this.emit();
  }

  health(): EndpointHealth[] {
    const t = this.now();
    return this.states.map((s) => ({ url: s.url, healthy: s.downUntil <= t, lastError: s.lastError }));
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

export interface FailoverOptions {
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** A cosmjs RpcClient over an EndpointPool: the same object serves queries and the signing client. */
export class FailoverRpcClient {
  private readonly timeoutMs: number;
  private readonly fetchFn: typeof fetch;
  private nextId = 1;

  constructor(
    readonly pool: EndpointPool,
    opts: FailoverOptions = {},
  ) {
    this.timeoutMs = opts.timeoutMs ?? 5_000;
    this.fetchFn = opts.fetch ?? ((...args) => globalThis.fetch(...args));
  }

  /** Convenience for callers that are not cosmjs: method + params -> result. */
  async call<T>(method: string, params: Record<string, string | number | boolean> = {}): Promise<T> {
    const res = await this.execute({ jsonrpc: "2.0", id: this.nextId++, method, params });
    return res.result as T;
  }

  readonly execute = async (request: JsonRpcRequest): Promise<JsonRpcSuccessResponse> => {
    // A broadcast that may have reached a node is not sent again elsewhere (that could double-submit);
    // only a refused connection, which proves it was not received, moves on.
    const isBroadcast = request.method.startsWith("broadcast_tx");
    const errors: { url: string; error: string }[] = [];
    for (const url of this.pool.order()) {
      let response: Response;
      try {
        response = await this.fetchFn(url, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(request),
          signal: AbortSignal.timeout(this.timeoutMs),
        });
      } catch (e) {
        const timedOut = e instanceof DOMException && (e.name === "TimeoutError" || e.name === "AbortError");
        const error = timedOut ? `no answer within ${this.timeoutMs} ms` : `unreachable (${(e as Error).message})`;
        this.pool.markDown(url, error);
        errors.push({ url, error });
        if (isBroadcast && timedOut) break;
        continue;
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        body = undefined;
      }
      let parsed;
      try {
        parsed = parseJsonRpcResponse(body);
      } catch {
        const error = response.ok ? "answered something that is not JSON-RPC" : `HTTP ${response.status}`;
        this.pool.markDown(url, error);
        errors.push({ url, error });
        continue;
      }
      if (isJsonRpcErrorResponse(parsed)) {
        this.pool.markUp(url);
        throw new RpcResponseError(parsed.error.code, parsed.error.message, String(parsed.error.data ?? ""));
      }
      this.pool.markUp(url);
      return parsed;
    }
    throw new AllEndpointsFailedError(errors);
  };

  readonly disconnect = (): void => {};
}
