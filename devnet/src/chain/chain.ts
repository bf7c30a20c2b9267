import { createHash } from "node:crypto";
import { AminoTypes } from "@cosmjs/stargate";
import { TxMsgData } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import { type AnteEnv, runAnte } from "./ante.js";
import { ChainError, SdkErrors, asChainError } from "./errors.js";
import { type AbciEvent, EventManager, makeEvent } from "./events.js";
import { GasMeter, OutOfGasError } from "./gas.js";
import type { Ctx, EncodedAny, ExecMode, Module, MsgHandler, QueryHandler, WakeupSource } from "./module.js";
import type { ChainLog } from "./persist.js";
import { CacheStore, CommittedStore, GasKV, HistoricalKV, type KV, Store } from "./store.js";
import { type DecodedTx, decodeTx } from "./tx.js";
import { type IndexedTx, TxIndex } from "./tx-index.js";
import type { Genesis } from "../genesis.js";
import type { AuthModule } from "../modules/auth.js";
import type { BankModule } from "../modules/bank.js";

// The state machine: BaseApp's CheckTx / FinalizeBlock / Query / Simulate over the module set, plus the
// block store, the tx index and the devnet's time control. Synchronous and deterministic: the same inputs
// give the same blocks, hashes and state.

export interface TxResult {
  code: number;
  codespace: string;
  log: string;
  info: string;
  /** base64 TxMsgData */
  data: string;
  gasWanted: string;
  gasUsed: string;
  events: AbciEvent[];
}

export interface TxRecord {
  hash: string;
  height: number;
  index: number;
  /** base64 TxRaw */
  tx: string;
  result: TxResult;
}

export interface BlockRecord {
  height: number;
  /** block time, ms since the Unix epoch */
  time: number;
  /** the devnet clock (genesis time + advanced time) when the block was made */
  clock: number;
  hash: string;
  lastBlockHash: string;
  appHash: string;
  dataHash: string;
  proposer: string;
  txs: TxRecord[];
  /** finalize_block_events: BeginBlock then EndBlock events, each tagged with its mode */
  events: AbciEvent[];
}

interface LogRecord {
  block?: BlockRecord;
  writes: [string, string | null][];
}

export interface CheckResult {
  code: number;
  codespace: string;
  log: string;
  gasWanted: string;
  gasUsed: string;
}

export interface SimulateResult {
  gasUsed: bigint;
  data: Uint8Array;
  msgResponses: EncodedAny[];
  events: AbciEvent[];
}

export interface QueryResult {
  code: number;
  codespace: string;
  log: string;
  value: Uint8Array;
  height: number;
}

class ExecCtx implements Ctx {
  readonly store: Store;

  constructor(
    readonly kv: KV,
    readonly gas: GasMeter,
    readonly events: EventManager,
    readonly mode: ExecMode,
    readonly height: number,
    readonly time: number,
    readonly chainId: string,
  ) {
    this.store = new Store(gas.limit === null && mode !== "simulate" ? kv : new GasKV(kv, gas));
  }

  with(kv: KV, gas = this.gas, events = this.events): ExecCtx {
    return new ExecCtx(kv, gas, events, this.mode, this.height, this.time, this.chainId);
  }
}

const sha256Hex = (s: string | Uint8Array) => createHash("sha256").update(s).digest("hex").toUpperCase();

export interface ChainOptions {
  genesis: Genesis;
  auth: AuthModule;
  bank: BankModule;
  modules: Module[];
  log: ChainLog | null;
}

interface Snapshot {
  store: CommittedStore;
  blocks: number;
  logOffset: number;
}

export class Chain {
  readonly genesis: Genesis;
  readonly modules: Module[];
  readonly blocks: BlockRecord[] = [];
  private committed = new CommittedStore();
  private checkState: CacheStore;
  private index = new TxIndex();
  private readonly txByHash = new Map<string, TxRecord>();
  private readonly handlers = new Map<string, MsgHandler>();
  private readonly queryRoutes = new Map<string, QueryHandler>();
  private readonly ante: AnteEnv;
  private readonly log: ChainLog | null;
  private readonly snapshots = new Map<number, Snapshot>();
  private nextSnapshotId = 1;
  /** genesis time + time advanced, ms: where the next block's time comes from */
  clock: number;
  /**
   * When on, block times follow the wall clock (plus whatever devnet_advanceTime added since): a lived-in devnet
   * whose history ends now keeps time like a real chain. Off (the default) the clock moves only when told to.
   */
  private wallClock = false;
  /** ms devnet_advanceTime has put the chain ahead of the wall clock */
  private wallOffset = 0;

  constructor(opts: ChainOptions) {
    this.genesis = opts.genesis;
    this.modules = [opts.auth, opts.bank, ...opts.modules];
    this.log = opts.log;
    this.clock = Date.parse(this.genesis.genesisTime);
    const amino = {};
    for (const m of this.modules) {
      for (const h of m.msgs ?? []) this.handlers.set(h.typeUrl, h);
      for (const q of m.queries ?? []) this.queryRoutes.set(q.path, q);
      Object.assign(amino, m.amino ?? {});
    }
    this.ante = {
      auth: opts.auth,
      bank: opts.bank,
      aminoTypes: new AminoTypes(amino),
      minGasPrices: this.genesis.params.minGasPrices,
      maxMemoCharacters: 256,
      maxGasPerTx: this.genesis.params.maxGasPerTx,
      unmetered: (ctx, fn) => {
        const exec = ctx as ExecCtx;
        fn(exec.with(exec.kv, new GasMeter(null)));
      },
    };
    this.checkState = new CacheStore(this.committed);
  }

  get chainId(): string {
    return this.genesis.chainId;
  }

  get height(): number {
    return this.blocks.length ? this.blocks[this.blocks.length - 1].height : 0;
  }

  get latest(): BlockRecord {
    return this.blocks[this.blocks.length - 1];
  }

  /** Replays the log if there is one, else runs genesis and makes block 1. */
  start(): void {
    const records = this.log?.readAll<LogRecord>() ?? [];
    if (records.length) {
      for (const r of records) this.apply(r);
      this.checkState = new CacheStore(this.committed);
      return;
    }
    const cache = new CacheStore(this.committed);
    const ctx = this.ctx(cache, "block", 0, this.clock, null);
    for (const m of this.modules) m.initGenesis?.(ctx, this.genesis);
    const record: LogRecord = { writes: cache.changes() };
    for (const [k, v] of record.writes) this.committed.write(k, v, 0);
    this.log?.append(record);
    this.apply({ writes: [] }, false);
    this.makeBlock([]);
  }

  private apply(record: LogRecord, writeState = true): void {
    if (writeState) {
      const height = record.block?.height ?? 0;
      for (const [k, v] of record.writes) this.committed.write(k, v, height);
    }
    const block = record.block;
    if (!block) return;
    this.blocks.push(block);
    this.clock = block.clock;
    for (const t of block.txs) {
      this.txByHash.set(t.hash, t);
      this.index.add({ hash: t.hash, height: t.height, index: t.index }, t.result.events);
    }
  }

  private ctx(kv: KV, mode: ExecMode, height: number, time: number, gasLimit: bigint | null): ExecCtx {
    return new ExecCtx(kv, new GasMeter(gasLimit), new EventManager(), mode, height, time, this.chainId);
  }

  private decode(bytes: Uint8Array): DecodedTx {
    return decodeTx(bytes, this.handlers);
  }

  /** CheckTx: decode and ante against the mempool's state; a passing tx's fee and sequence stay there. */
  checkTx(bytes: Uint8Array): CheckResult {
    let gasWanted = 0n;
    const cache = new CacheStore(this.checkState);
    const ctx = this.ctx(cache, "check", this.height + 1, this.latest?.time ?? this.clock, null);
    try {
      const tx = this.decode(bytes);
      gasWanted = tx.authInfo.fee?.gasLimit ?? 0n;
      const metered = ctx.with(cache, new GasMeter(gasWanted));
      this.runGuarded(metered, () => runAnte(metered, tx, this.ante));
      cache.commit();
      return { code: 0, codespace: "", log: "", gasWanted: gasWanted.toString(), gasUsed: metered.gas.consumed.toString() };
    } catch (e) {
      const err = asChainError(e);
      return { code: err.code, codespace: err.codespace, log: err.message, gasWanted: gasWanted.toString(), gasUsed: "0" };
    }
  }

  /** Turns an out-of-gas panic into the SDK's code 11 error. */
  private runGuarded<T>(ctx: ExecCtx, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      if (e instanceof OutOfGasError) throw ctx.gas.outOfGas(e);
      throw e;
    }
  }

  private runMsgs(ctx: ExecCtx, tx: DecodedTx): EncodedAny[] {
    return tx.msgs.map((m, i) => {
      const before = ctx.events.events.length;
      let res: EncodedAny;
      try {
        res = m.handler.handle(ctx, m.value);
      } catch (e) {
        if (e instanceof ChainError) throw e.wrap(`failed to execute message; message index: ${i}`);
        throw e;
      }
      const produced = ctx.events.events.splice(before);
      const msgEvent = makeEvent("message", {
        action: m.typeUrl,
        sender: m.handler.signers(m.value)[0] ?? "",
        module: m.typeUrl.slice(1).split(".")[1] ?? "",
      });
      for (const e of [msgEvent, ...produced]) e.attributes.push({ key: "msg_index", value: String(i), index: true });
      ctx.events.push(msgEvent, ...produced);
      return res;
    });
  }

  /** Simulate: ante without signature checks, then the Msgs, on a throwaway copy of the latest state. */
  simulate(bytes: Uint8Array): SimulateResult {
    const cache = new CacheStore(this.committed);
    const ctx = this.ctx(cache, "simulate", this.height + 1, this.latest.time, null);
    const tx = this.decode(bytes);
    try {
      runAnte(ctx, tx, this.ante);
      const msgResponses = this.runMsgs(ctx, tx);
      const data = TxMsgData.encode(TxMsgData.fromPartial({ msgResponses })).finish();
      return { gasUsed: ctx.gas.consumed, data, msgResponses, events: ctx.events.events };
    } catch (e) {
      const err = asChainError(e);
      throw new ChainError(err.codespace, err.code, `${err.message} With gas wanted: '18446744073709551615' and gas used: '${ctx.gas.consumed}' `);
    }
  }

  private deliverTx(block: CacheStore, bytes: Uint8Array, height: number, time: number, index: number): TxRecord {
    const record = (result: Partial<TxResult>): TxRecord => ({
      hash: sha256Hex(bytes),
      height,
      index,
      tx: Buffer.from(bytes).toString("base64"),
      result: { code: 0, codespace: "", log: "", info: "", data: "", gasWanted: "0", gasUsed: "0", events: [], ...result },
    });
    const failure = (e: unknown, gasWanted: bigint, gasUsed: bigint, events: AbciEvent[]) => {
      const err = asChainError(e);
      return record({ code: err.code, codespace: err.codespace, log: err.message, gasWanted: String(gasWanted), gasUsed: String(gasUsed), events });
    };
    let tx: DecodedTx;
    try {
      tx = this.decode(bytes);
    } catch (e) {
      return failure(e, 0n, 0n, []);
    }
    const gasWanted = tx.authInfo.fee?.gasLimit ?? 0n;
    const anteCache = new CacheStore(block);
    const ctx = this.ctx(anteCache, "deliver", height, time, gasWanted);
    try {
      this.runGuarded(ctx, () => runAnte(ctx, tx, this.ante));
    } catch (e) {
      return failure(e, gasWanted, ctx.gas.consumed, []);
    }
    anteCache.commit();
    const anteEvents = ctx.events.events;
    const msgCache = new CacheStore(block);
    const msgCtx = ctx.with(msgCache, ctx.gas, new EventManager());
    try {
      const msgResponses = this.runGuarded(msgCtx, () => this.runMsgs(msgCtx, tx));
      msgCache.commit();
      const data = Buffer.from(TxMsgData.encode(TxMsgData.fromPartial({ msgResponses })).finish()).toString("base64");
      return record({ data, gasWanted: String(gasWanted), gasUsed: String(ctx.gas.consumed), events: [...anteEvents, ...msgCtx.events.events] });
    } catch (e) {
      return failure(e, gasWanted, ctx.gas.consumed, anteEvents);
    }
  }

  /** The time the next block gets: the devnet clock, and always after the previous block. */
  nextBlockTime(): number {
    this.syncWallClock();
    return Math.max(this.clock, (this.latest?.time ?? this.clock - 1) + 1);
  }

  /** From now on, block times follow the wall clock (never going back: a clock ahead of it waits for it). */
  followWallClock(): void {
    this.wallClock = true;
    this.wallOffset = 0;
    this.syncWallClock();
  }

  private syncWallClock(): void {
    if (this.wallClock) this.clock = Math.max(this.clock, Date.now() + this.wallOffset);
  }

  /**
   * FinalizeBlock + Commit: BeginBlock hooks, the txs, EndBlock hooks, then one durable log record. A devnet
   * control action (devnet_fund, ...) runs first in BeginBlock, so it is committed like everything else.
   */
  makeBlock(txs: Uint8Array[], time = this.nextBlockTime(), control?: (ctx: Ctx) => void): BlockRecord {
    const height = this.height + 1;
    const cache = new CacheStore(this.committed);
    const events: AbciEvent[] = [];
    const hook = (mode: "BeginBlock" | "EndBlock", run: (ctx: Ctx) => void) => {
      const ctx = this.ctx(cache, "block", height, time, null);
      run(ctx);
      for (const e of ctx.events.events) e.attributes.push({ key: "mode", value: mode, index: true });
      events.push(...ctx.events.events);
    };
    hook("BeginBlock", (ctx) => {
      control?.(ctx);
      for (const m of this.modules) m.beginBlock?.(ctx);
    });
    const records = txs.map((bytes, i) => this.deliverTx(cache, bytes, height, time, i));
    hook("EndBlock", (ctx) => {
      for (const m of this.modules) m.endBlock?.(ctx);
    });
    const writes = cache.changes();
    for (const [k, v] of writes) this.committed.write(k, v, height);
    const lastBlockHash = this.latest?.hash ?? "";
    const appHash = sha256Hex(`${this.latest?.appHash ?? ""}${JSON.stringify(writes)}`);
    const dataHash = sha256Hex(records.map((r) => r.hash).join(""));
    const proposer = this.genesis.validators.length
      ? sha256Hex(Buffer.from(this.genesis.validators[height % this.genesis.validators.length].consensusPubkey, "base64")).slice(0, 40)
      : "";
    const hash = sha256Hex(JSON.stringify({ chainId: this.chainId, height, time, lastBlockHash, appHash, dataHash, proposer }));
    const block: BlockRecord = { height, time, clock: Math.max(this.clock, time), hash, lastBlockHash, appHash, dataHash, proposer, txs: records, events };
    this.log?.append({ block, writes } satisfies LogRecord);
    this.apply({ block, writes: [] }, false);
    this.checkState = new CacheStore(this.committed);
    return block;
  }

  /** devnet_advanceTime: blocks at every module wakeup (epoch ends, maturities) inside, then one at the end. */
  advanceTime(seconds: number): BlockRecord[] {
    this.syncWallClock();
    if (this.wallClock) this.wallOffset += Math.round(seconds * 1000);
    const from = this.latest.time;
    const target = this.clock + Math.round(seconds * 1000);
    const ctx = this.ctx(new CacheStore(this.committed), "query", this.height, from, null);
    const times = new Set<number>();
    for (const m of this.modules) {
      for (const t of (m as Partial<WakeupSource>).wakeups?.(ctx, from, target) ?? []) if (t > from && t < target) times.add(t);
    }
    const made: BlockRecord[] = [];
    for (const t of [...times].sort((a, b) => a - b)) {
      this.clock = t;
      made.push(this.makeBlock([], t));
    }
    this.clock = target;
    made.push(this.makeBlock([]));
    return made;
  }

  /** Reads the latest committed state (what a relayer or a control method looks at before acting). */
  readState<T>(read: (ctx: Ctx) => T): T {
    return read(this.ctx(new CacheStore(this.committed), "query", this.height, this.latest.time, null));
  }

  /** Runs a devnet control action (e.g. devnet_fund) in its own block so it is durable like everything else. */
  controlBlock(action: (ctx: Ctx) => void): BlockRecord {
    const height = this.height + 1;
    const time = this.nextBlockTime();
    // Apply the action first in a scratch cache to fail before a block is made.
    action(this.ctx(new CacheStore(this.committed), "block", height, time, null));
    return this.makeBlock([], time, action);
  }

  /** A gRPC query at the latest height, or at a past one (the devnet keeps every version, like an archive node). */
  query(path: string, data: Uint8Array, atHeight = 0): QueryResult {
    const handler = this.queryRoutes.get(path);
    const height = atHeight > 0 && atHeight < this.height ? atHeight : this.height;
    if (!handler) {
      const err = SdkErrors.unknownRequest.with("unknown query path");
      return { code: err.code, codespace: err.codespace, log: err.message, value: new Uint8Array(), height: 0 };
    }
    try {
      let req: unknown;
      try {
        req = handler.request.decode(data);
      } catch (e) {
        throw new ChainError("sdk", 18, `rpc error: code = InvalidArgument desc = failed to decode request: ${(e as Error).message}`);
      }
      if (path === "/cosmos.tx.v1beta1.Service/Simulate") {
        // Simulation needs the chain, not just a store.
        return { code: 0, codespace: "", log: "", value: this.simulateQuery(handler, req), height };
      }
      const base: KV = height === this.height ? this.committed : new HistoricalKV(this.committed, height);
      const ctx = this.ctx(new CacheStore(base), "query", height, this.block(height)?.time ?? this.latest.time, null);
      const res = handler.handle(ctx, req);
      return { code: 0, codespace: "", log: "", value: handler.response.encode(res).finish(), height };
    } catch (e) {
      const err = asChainError(e);
      return { code: err.code, codespace: err.codespace, log: err.message, value: new Uint8Array(), height: 0 };
    }
  }

  private simulateQuery(handler: QueryHandler, req: unknown): Uint8Array {
    const { txBytes } = req as { txBytes: Uint8Array };
    if (!txBytes?.length) throw SdkErrors.invalidRequest.with("empty txBytes is not allowed");
    const sim = this.simulate(txBytes);
    const res = handler.response.fromPartial({
      gasInfo: { gasWanted: 0n, gasUsed: sim.gasUsed },
      result: { data: sim.data, log: "", events: sim.events, msgResponses: sim.msgResponses },
    });
    return handler.response.encode(res).finish();
  }

  getTx(hash: string): TxRecord | undefined {
    return this.txByHash.get(hash.toUpperCase());
  }

  searchTxs(conditions: Parameters<TxIndex["search"]>[0]): IndexedTx[] {
    return this.index.search(conditions);
  }

  block(height: number): BlockRecord | undefined {
    const first = this.blocks[0]?.height ?? 1;
    return this.blocks[height - first];
  }

  snapshot(): number {
    const id = this.nextSnapshotId++;
    this.snapshots.set(id, { store: this.committed.clone(), blocks: this.blocks.length, logOffset: this.log?.offset ?? 0 });
    return id;
  }

  /** Restores a snapshot (consuming it and every later one), on disk as well. */
  revert(id: number): boolean {
    const snap = this.snapshots.get(id);
    if (!snap) return false;
    for (const other of [...this.snapshots.keys()]) if (other >= id) this.snapshots.delete(other);
    this.committed = snap.store;
    for (const b of this.blocks.splice(snap.blocks)) for (const t of b.txs) this.txByHash.delete(t.hash);
    this.index.truncate(this.height);
    this.clock = this.latest.clock;
    // following the wall clock, a reverted chain keeps only the part of an advance its own blocks recorded
    this.wallOffset = this.wallClock ? Math.max(0, this.clock - Date.now()) : 0;
    this.checkState = new CacheStore(this.committed);
    this.log?.truncate(snap.logOffset);
    return true;
  }
}
