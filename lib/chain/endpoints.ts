import type { JsonRpcRequest, JsonRpcSuccessResponse } from "@cosmjs/json-rpc";
import { isRpcFailure, parseRpcAnswer, type RpcAnswer } from "./json-rpc";

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
  /** reads made in the same tick go out as one JSON-RPC batch of at most this many (1 = no batching) */
  maxBatch?: number;
}

interface Pending {
  request: JsonRpcRequest;
  resolve: (result: unknown) => void;
  reject: (error: unknown) => void;
}

/** A cosmjs RpcClient over an EndpointPool: the same object serves queries and the signing client. */
export class FailoverRpcClient {
  private readonly timeoutMs: number;
  private readonly fetchFn: typeof fetch;
  private readonly maxBatch: number;
  private nextId = 1;
  private queue: Pending[] = [];
  /** endpoints that answered a batch with something else than an array (some proxies): sent one by one */
  private readonly noBatch = new Set<string>();

  constructor(
    readonly pool: EndpointPool,
    opts: FailoverOptions = {},
  ) {
    this.timeoutMs = opts.timeoutMs ?? 5_000;
    this.fetchFn = opts.fetch ?? ((...args) => globalThis.fetch(...args));
    this.maxBatch = Math.max(1, opts.maxBatch ?? 1);
  }

  /**
   * Convenience for callers that are not cosmjs: method + params -> result. Reads issued together (a page's
   * queries) share one HTTP request when batching is on.
   */
  call<T>(method: string, params: Record<string, string | number | boolean> = {}): Promise<T> {
    const request: JsonRpcRequest = { jsonrpc: "2.0", id: this.nextId++, method, params };
    if (this.maxBatch === 1) return this.execute(request).then((r) => r.result as T);
    return new Promise<T>((resolve, reject) => {
      if (!this.queue.length) setTimeout(() => this.flush(), 0);
      this.queue.push({ request, resolve: resolve as (r: unknown) => void, reject });
    });
  }

  private flush(): void {
    const queued = this.queue;
    this.queue = [];
    for (let i = 0; i < queued.length; i += this.maxBatch) void this.sendBatch(queued.slice(i, i + this.maxBatch));
  }

  private async sendBatch(batch: Pending[]): Promise<void> {
    if (batch.length === 1) {
      const [p] = batch;
      return this.execute(p.request).then((r) => p.resolve(r.result), p.reject);
    }
    let answers: unknown[];
    try {
      answers = await this.post(
        batch.map((p) => p.request),
        (body) => Array.isArray(body),
      );
    } catch (e) {
      if (e instanceof BatchRefusedError) return void (await Promise.all(batch.map((p) => this.sendBatch([p]))));
      for (const p of batch) p.reject(e);
      return;
    }
    const byId = new Map<unknown, unknown>(answers.map((a) => [(a as { id?: unknown })?.id, a]));
    for (const p of batch) {
      const answer = byId.get(p.request.id);
      try {
        const parsed = parseRpcAnswer(answer);
        if (isRpcFailure(parsed)) p.reject(new RpcResponseError(parsed.error.code, parsed.error.message, String(parsed.error.data ?? "")));
        else p.resolve(parsed.result);
      } catch {
        p.reject(new RpcResponseError(-32603, "the node left this request of a batch unanswered", ""));
      }
    }
  }

  readonly execute = async (request: JsonRpcRequest): Promise<JsonRpcSuccessResponse> => {
    let parsed: RpcAnswer | undefined;
    await this.post(request, (body) => {
      try {
        parsed = parseRpcAnswer(body);
        return true;
      } catch {
        return false;
      }
    });
    if (isRpcFailure(parsed!)) throw new RpcResponseError(parsed.error.code, parsed.error.message, String(parsed.error.data ?? ""));
    return parsed!;
  };

  /**
   * POSTs a request (or a batch) to the first healthy endpoint, moving on from one that refuses, hangs or
   * answers something `valid` rejects. A broadcast that may have reached a node is not sent again elsewhere
   * (that could double-submit); only a refused connection, which proves it was not received, moves on.
   */
  private async post<T>(body: JsonRpcRequest | JsonRpcRequest[], valid: (body: unknown) => boolean): Promise<T> {
    const isBatch = Array.isArray(body);
    const isBroadcast = !isBatch && body.method.startsWith("broadcast_tx");
    const errors: { url: string; error: string }[] = [];
    for (const url of this.pool.order()) {
      if (isBatch && this.noBatch.has(url)) continue;
      let response: Response;
      try {
        response = await this.fetchFn(url, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body),
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
      let answer: unknown;
      try {
        answer = await response.json();
      } catch {
        answer = undefined;
      }
      if (!valid(answer)) {
        // a healthy node that answers a batch with one JSON-RPC object does not take batches
        if (isBatch && response.ok && answer && typeof answer === "object") {
          this.noBatch.add(url);
          throw new BatchRefusedError();
        }
        const error = response.ok ? "answered something that is not JSON-RPC" : `HTTP ${response.status}`;
        this.pool.markDown(url, error);
        errors.push({ url, error });
        continue;
      }
      this.pool.markUp(url);
      return answer as T;
    }
    if (isBatch && !errors.length) throw new BatchRefusedError();
    throw new AllEndpointsFailedError(errors);
  }

  readonly disconnect = (): void => {};
}

class BatchRefusedError extends Error {}
