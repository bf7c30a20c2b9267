import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ChainError } from "../chain/errors.js";
import { QueryParseError, parseQuery } from "../chain/tx-index.js";
import { MempoolError, type DevnetNode } from "../node.js";
import type { Acknowledgement, Packet } from "../modules/ibc-transfer.js";
import { Relayer } from "../relayer.js";
import { blockJson, blockMetaJson, statusJson, txJson, txResultJson, validatorsJson } from "./comet-types.js";
import { NODE_VERSION } from "./comet-types.js";

// CometBFT's JSON-RPC over HTTP (POST with a JSON body, single or batch; GET /<method>?arg=value), with CORS,
// plus the devnet_ control methods. A bad request is answered with a JSON-RPC error; nothing a client sends
// can stop the server.

/** CometBFT's default max_body_bytes. */
export const MAX_BODY_BYTES = 1_000_000;
const BROADCAST_COMMIT_TIMEOUT_MS = 10_000;

class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data = "",
  ) {
    super(message);
  }
}

const invalidParams = (data: string) => new RpcError(-32602, "Invalid params", data);
const internal = (data: string) => new RpcError(-32603, "Internal error", data);

type Params = Record<string, unknown>;

/** The abci_query reply shape (value base64 or null; height "0" when the query failed). */
function abciResponse(r: { code: number; codespace: string; log: string; value: string | null; height: number }) {
  return {
    response: { code: r.code, log: r.log, info: "", index: "0", key: null, value: r.value, proofOps: null, height: String(r.height), codespace: r.codespace },
  };
}

function str(params: Params, name: string, fallback?: string): string {
  const v = params[name];
  if (v === undefined || v === null || v === "") {
    if (fallback !== undefined) return fallback;
    throw invalidParams(`missing parameter ${name}`);
  }
  if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") throw invalidParams(`${name} must be a string`);
  return String(v);
}

function int(params: Params, name: string, fallback?: number): number {
  const raw = str(params, name, fallback === undefined ? undefined : String(fallback));
  if (!/^-?\d+$/.test(raw)) throw invalidParams(`${name}: invalid integer ${JSON.stringify(raw)}`);
  return Number(raw);
}

function bytesParam(params: Params, name: string): Uint8Array {
  const raw = str(params, name);
  if (/^0x[0-9a-fA-F]*$/.test(raw)) return Buffer.from(raw.slice(2), "hex");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(raw)) throw invalidParams(`${name} must be base64`);
  return Buffer.from(raw, "base64");
}

export class RpcServer {
  private server: Server | null = null;
  port = 0;

  /** the simulated relayer to a counterparty devnet (--relay-to), if this devnet runs one */
  relayer: Relayer | null = null;

  constructor(private readonly node: DevnetNode) {}

  private get chain() {
    return this.node.chain;
  }

  /** The earliest height served: the first block, or with --keep-blocks the start of the kept window. */
  private get earliest(): number {
    const first = this.chain.blocks[0]?.height ?? 1;
    const keep = this.node.keepBlocks;
    return keep ? Math.max(first, this.chain.height - keep + 1) : first;
  }

  /** CometBFT's getHeight: a pruned or future height is refused as a node refuses it. */
  private servedHeight(height: number): number {
    if (height > this.chain.height) throw internal(`height ${height} must be less than or equal to the current blockchain height ${this.chain.height}`);
    if (height < this.earliest) throw internal(`height ${height} is not available, lowest height is ${this.earliest}`);
    return height;
  }

  private readonly methods: Record<string, (p: Params) => unknown | Promise<unknown>> = {
    health: () => ({}),
    status: () => statusJson(this.chain.latest, this.chain.block(this.earliest)!, this.chain.genesis, this.port),
    abci_info: () => ({
      response: {
        data: "persistenceCore",
        version: "devnet",
        app_version: "0",
        last_block_height: String(this.chain.height),
        last_block_app_hash: Buffer.from(this.chain.latest.appHash, "hex").toString("base64"),
      },
    }),
    abci_query: (p) => {
      const path = str(p, "path");
      const dataHex = str(p, "data", "");
      if (!/^(0x)?[0-9a-fA-F]*$/.test(dataHex) || dataHex.replace(/^0x/, "").length % 2) throw invalidParams("data must be hex");
      const height = int(p, "height", 0);
      if (height > this.chain.height) {
        return abciResponse({
          code: 26,
          codespace: "sdk",
          log: `cannot query with height in the future; please provide a valid height: invalid height`,
          value: null,
          height: 0,
        });
      }
      if (height > 0 && height < this.earliest) {
        return abciResponse({
          code: 26,
          codespace: "sdk",
          log: `failed to load state at height ${height}; version does not exist (latest height: ${this.chain.height}): invalid height`,
          value: null,
          height: 0,
        });
      }
      const r = this.chain.query(path, Buffer.from(dataHex.replace(/^0x/, ""), "hex"), height);
      return abciResponse({ ...r, value: r.code === 0 ? Buffer.from(r.value).toString("base64") : null });
    },
    broadcast_tx_sync: (p) => {
      const r = this.submit(bytesParam(p, "tx"));
      return { code: r.code, data: "", log: r.log, codespace: r.codespace, hash: r.hash };
    },
    broadcast_tx_async: (p) => {
      const r = this.submit(bytesParam(p, "tx"));
      return { code: 0, data: "", log: "", codespace: "", hash: r.hash };
    },
    broadcast_tx_commit: async (p) => {
      const r = this.submit(bytesParam(p, "tx"));
      const checkTx = { code: r.code, data: null, log: r.log, info: "", gas_wanted: r.gasWanted, gas_used: r.gasUsed, events: [], codespace: r.codespace };
      if (r.code !== 0)
        return {
          check_tx: checkTx,
          tx_result: txResultJson({ code: 0, codespace: "", log: "", info: "", data: "", gasWanted: "0", gasUsed: "0", events: [] }),
          hash: r.hash,
          height: "0",
        };
      const t = await this.node.waitForTx(r.hash, BROADCAST_COMMIT_TIMEOUT_MS);
      if (!t) throw internal("timed out waiting for tx to be included in a block");
      return { check_tx: checkTx, tx_result: txResultJson(t.result), hash: t.hash, height: String(t.height) };
    },
    tx: (p) => {
      const raw = str(p, "hash");
      const hex = /^(0x)?[0-9a-fA-F]{64}$/.test(raw) ? raw.replace(/^0x/, "") : Buffer.from(raw, "base64").toString("hex");
      const t = this.chain.getTx(hex);
      if (!t) throw internal(`tx (${hex.toUpperCase()}) not found`);
      return txJson(t);
    },
    tx_search: (p) => {
      let conditions;
      try {
        conditions = parseQuery(str(p, "query").replace(/^"|"$/g, ""));
      } catch (e) {
        if (e instanceof QueryParseError) throw internal(e.message);
        throw e;
      }
      const order = str(p, "order_by", "asc");
      if (order !== "asc" && order !== "desc" && order !== "") throw internal(`expected order_by to be either "asc" or "desc" or empty, got ${order}`);
      let found = this.chain.searchTxs(conditions);
      if (order === "desc") found = found.reverse();
      const perPage = Math.min(Math.max(int(p, "per_page", 30), 1), 100);
      const pages = Math.max(1, Math.ceil(found.length / perPage));
      const page = int(p, "page", 1);
      if (page < 1 || page > pages) throw internal(`page should be within [1, ${pages}] range, given ${page}`);
      const txs = found.slice((page - 1) * perPage, page * perPage).map((i) => txJson(this.chain.getTx(i.hash)!));
      return { txs, total_count: String(found.length) };
    },
    block: (p) => {
      const b = this.blockAt(p);
      return blockJson(b, this.chain.block(b.height - 1), this.chain.genesis);
    },
    block_results: (p) => {
      const b = this.blockAt(p);
      return {
        height: String(b.height),
        txs_results: b.txs.length ? b.txs.map((t) => txResultJson(t.result)) : null,
        finalize_block_events: b.events,
        validator_updates: [],
        consensus_param_updates: null,
        app_hash: Buffer.from(b.appHash, "hex").toString("base64"),
      };
    },
    blockchain: (p) => {
      const last = this.chain.height;
      const first = this.earliest;
      let max = int(p, "maxHeight", 0) || last;
      max = Math.min(max, last);
      let min = int(p, "minHeight", 0) || first;
      min = Math.max(min, first, max - 19);
      if (min > max) throw internal(`min height ${min} can't be greater than max height ${max}`);
      const metas = [];
      for (let h = max; h >= min; h--) metas.push(blockMetaJson(this.chain.block(h)!, this.chain.genesis));
      return { last_height: String(last), block_metas: metas };
    },
    validators: (p) => {
      const height = this.servedHeight(int(p, "height", this.chain.height));
      const all = validatorsJson(this.chain.genesis);
      const perPage = Math.min(Math.max(int(p, "per_page", 30), 1), 100);
      const page = int(p, "page", 1);
      const pages = Math.max(1, Math.ceil(all.length / perPage));
      if (page < 1 || page > pages) throw internal(`page should be within [1, ${pages}] range, given ${page}`);
      const validators = all.slice((page - 1) * perPage, page * perPage);
      return { block_height: String(height), validators, count: String(validators.length), total: String(all.length) };
    },

    devnet_info: () => ({
      chain_id: this.chain.chainId,
      genesis_time: this.chain.genesis.genesisTime,
      chain_time: new Date(this.chain.latest.time).toISOString(),
      height: String(this.chain.height),
      block_time_ms: this.node.blockTimeMs,
      node_version: NODE_VERSION,
      demo: { address: this.chain.genesis.demo.addresses[0], addresses: this.chain.genesis.demo.addresses, mnemonic: this.chain.genesis.demo.mnemonic },
      min_gas_prices: this.chain.genesis.params.minGasPrices,
      profile: this.chain.genesis.profile,
      contracts: this.node.app.wasm.addresses,
    }),
    devnet_fund: (p) => {
      const coins = p.coins;
      if (!Array.isArray(coins)) throw invalidParams("coins must be an array of {denom, amount}");
      const block = this.node.fund(
        str(p, "address"),
        coins.map((c) => ({ denom: String(c?.denom ?? ""), amount: String(c?.amount ?? "") })),
      );
      return { height: String(block.height) };
    },
    devnet_advanceTime: (p) => {
      const seconds = Number(str(p, "seconds"));
      if (!Number.isFinite(seconds) || seconds < 0) throw invalidParams("seconds must be a non-negative number");
      const blocks = this.node.advanceTime(seconds);
      return { height: String(this.chain.height), chain_time: new Date(this.chain.latest.time).toISOString(), blocks: blocks.length };
    },
    devnet_setValidatorJailed: (p) => {
      const jailed = str(p, "jailed", "true") === "true";
      const block = this.node.setValidatorJailed(str(p, "validator"), jailed);
      return { height: String(block.height), jailed };
    },
    devnet_failUnbonding: (p) => ({ height: String(this.node.failUnbonding(str(p, "chain_id"), int(p, "epoch")).height) }),
    devnet_slashHost: (p) => ({ height: String(this.node.slashHost(str(p, "chain_id"), str(p, "fraction")).height) }),
    devnet_setPrice: (p) => ({ height: String(this.node.setPrice(str(p, "denom"), str(p, "price")).height) }),
    // IBC, for the simulated relayer (devnet/src/relayer.ts), which is trusted: no proofs
    devnet_ibcPending: () => ({ packets: this.node.ibcPending() }),
    devnet_ibcReceive: (p) => {
      const packet = p.packet as Packet | undefined;
      if (!packet || typeof packet !== "object" || !packet.data) throw invalidParams("packet is required");
      return this.ibc(() => this.node.ibcReceive(packet));
    },
    devnet_ibcAcknowledge: (p) => {
      const ack = p.ack as Acknowledgement | undefined;
      if (!ack || typeof ack !== "object") throw invalidParams("ack is required");
      return this.ibc(() => ({ height: String(this.node.ibcAcknowledge(str(p, "channel"), str(p, "sequence"), ack).height) }));
    },
    devnet_ibcTimeout: (p) => this.ibc(() => ({ height: String(this.node.ibcTimeout(str(p, "channel"), str(p, "sequence")).height) })),
    devnet_relayer: (p) => {
      if (!this.relayer) throw invalidParams("this devnet runs no relayer (start it with --relay-to <url>)");
      if (p.paused !== undefined) this.relayer.paused = p.paused === true || p.paused === "true";
      return { counterparty: this.relayer.counterpartyUrl, paused: this.relayer.paused, ...this.relayer.counts };
    },
    devnet_snapshot: () => ({ id: String(this.node.snapshot()) }),
    devnet_revert: (p) => {
      const id = int(p, "id");
      if (!this.node.revert(id)) throw invalidParams(`unknown snapshot id ${id}`);
      return { reverted: true, height: String(this.chain.height) };
    },
  };

  /** A relayer's call: a packet this chain does not know is the caller's mistake, said as invalid params. */
  private ibc<T>(run: () => T): T {
    try {
      return run();
    } catch (e) {
      if (e instanceof RangeError) throw invalidParams(e.message);
      throw e;
    }
  }

  private submit(bytes: Uint8Array) {
    try {
      return this.node.submit(bytes);
    } catch (e) {
      if (e instanceof MempoolError) throw internal(e.message);
      throw e;
    }
  }

  private blockAt(p: Params) {
    const height = this.servedHeight(int(p, "height", 0) || this.chain.height);
    const b = this.chain.block(height);
    if (!b) throw internal(`height ${height} must be less than or equal to the current blockchain height ${this.chain.height}`);
    return b;
  }

  /** Runs one JSON-RPC call; always yields a response object. */
  async call(request: unknown): Promise<object> {
    const req = request as { jsonrpc?: unknown; id?: unknown; method?: unknown; params?: unknown };
    const id = req && typeof req === "object" && "id" in req ? req.id : -1;
    try {
      if (!req || typeof req !== "object" || typeof req.method !== "string") throw new RpcError(-32600, "Invalid Request", "method is required");
      const fn = Object.hasOwn(this.methods, req.method) ? this.methods[req.method] : undefined;
      if (!fn) return { jsonrpc: "2.0", id, error: { code: -32601, message: "Method not found", data: "" } };
      const params = req.params ?? {};
      if (typeof params !== "object" || Array.isArray(params)) throw invalidParams("params must be an object");
      return { jsonrpc: "2.0", id, result: await fn(params as Params) };
    } catch (e) {
      if (e instanceof RpcError) return { jsonrpc: "2.0", id, error: { code: e.code, message: e.message, data: e.data } };
      if (e instanceof ChainError || e instanceof RangeError)
        return { jsonrpc: "2.0", id, error: { code: -32602, message: "Invalid params", data: e.message } };
      console.error("devnet: internal error", e);
      return { jsonrpc: "2.0", id, error: { code: -32603, message: "Internal error", data: (e as Error).message } };
    }
  }

  private cors(req: IncomingMessage, res: ServerResponse): void {
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    res.setHeader("Access-Control-Allow-Headers", req.headers["access-control-request-headers"] ?? "Content-Type");
    res.setHeader("Access-Control-Max-Age", "600");
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
    res.end(text);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    this.cors(req, res);
    if (req.method === "OPTIONS") {
      res.writeHead(204).end();
      return;
    }
    if (req.method === "GET") {
      const url = new URL(req.url ?? "/", "http://localhost");
      const method = url.pathname.replace(/^\//, "");
      if (!method) return this.send(res, 200, { jsonrpc: "2.0", id: -1, result: { methods: Object.keys(this.methods) } });
      const params: Params = {};
      for (const [k, v] of url.searchParams) params[k] = v.replace(/^"(.*)"$/, "$1");
      return this.send(res, 200, await this.call({ jsonrpc: "2.0", id: -1, method, params }));
    }
    if (req.method !== "POST")
      return this.send(res, 405, { jsonrpc: "2.0", id: -1, error: { code: -32600, message: "Invalid Request", data: "only GET and POST are supported" } });
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY_BYTES) {
        res.setHeader("Connection", "close");
        this.send(res, 413, {
          jsonrpc: "2.0",
          id: -1,
          error: { code: -32600, message: "Invalid Request", data: `request body too large (max ${MAX_BODY_BYTES} bytes)` },
        });
        req.destroy();
        return;
      }
      chunks.push(chunk as Buffer);
    }
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch (e) {
      return this.send(res, 500, { jsonrpc: "2.0", id: -1, error: { code: -32700, message: "Parse error. Invalid JSON", data: (e as Error).message } });
    }
    if (Array.isArray(body)) {
      if (!body.length) return this.send(res, 500, { jsonrpc: "2.0", id: -1, error: { code: -32600, message: "Invalid Request", data: "empty batch" } });
      const out = [];
      for (const r of body) out.push(await this.call(r));
      return this.send(res, 200, out);
    }
    return this.send(res, 200, await this.call(body));
  }

  listen(port: number, host = "127.0.0.1"): Promise<number> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e) => {
        console.error("devnet: request failed", e);
        if (!res.headersSent) this.send(res, 500, { jsonrpc: "2.0", id: -1, error: { code: -32603, message: "Internal error", data: String(e) } });
      });
    });
    this.server.keepAliveTimeout = 30_000;
    return new Promise((resolve, reject) => {
      this.server!.once("error", reject);
      this.server!.listen(port, host, () => {
        this.port = (this.server!.address() as AddressInfo).port;
        resolve(this.port);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server) return resolve();
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}

/** Starts a node and its RPC server: the entry point for the CLI and for tests. */
export async function startDevnet(opts: import("../node.js").NodeOptions & { port?: number; relayTo?: string; relayEveryMs?: number }) {
  const { DevnetNode } = await import("../node.js");
  const node = new DevnetNode(opts);
  const server = new RpcServer(node);
  const port = await server.listen(opts.port ?? 26657);
  if (opts.relayTo) {
    server.relayer = new Relayer(node, opts.relayTo, (line) => console.error(line));
    server.relayer.start(opts.relayEveryMs);
  }
  return {
    node,
    server,
    port,
    url: `http://127.0.0.1:${port}`,
    async stop() {
      server.relayer?.stop();
      await server.close();
      node.close();
    },
  };
}
