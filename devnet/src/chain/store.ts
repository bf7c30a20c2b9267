import { GasCosts, type GasMeter } from "./gas.js";

// State is a key/value map of strings. Keys are '/'-separated paths ("bank/balances/<addr>/<denom>"); values
// are JSON. Prefix listing is what queries and iteration need, so the committed store indexes every prefix that
// ends at a '/'.

export interface KV {
  get(key: string): string | undefined;
  set(key: string, value: string): void;
  delete(key: string): void;
  /** Keys under `prefix` (which ends with '/'), ascending. */
  keys(prefix: string): string[];
}

function parentPrefixes(key: string): string[] {
  const out: string[] = [];
  for (let i = key.indexOf("/"); i !== -1; i = key.indexOf("/", i + 1)) out.push(key.slice(0, i + 1));
  return out;
}

interface Version {
  /** the height of the block whose write replaced `prev` */
  height: number;
  prev: string | undefined;
}

export class CommittedStore implements KV {
  private readonly data = new Map<string, string>();
  private readonly byPrefix = new Map<string, Set<string>>();
  /** per key, the value each committed write replaced: what lets a query read any past height */
  private readonly history = new Map<string, Version[]>();

  get size(): number {
    return this.data.size;
  }

  get(key: string): string | undefined {
    return this.data.get(key);
  }

  set(key: string, value: string): void {
    if (!this.data.has(key)) {
      for (const p of parentPrefixes(key)) {
        let set = this.byPrefix.get(p);
        if (!set) this.byPrefix.set(p, (set = new Set()));
        set.add(key);
      }
    }
    this.data.set(key, value);
  }

  delete(key: string): void {
    if (!this.data.delete(key)) return;
    for (const p of parentPrefixes(key)) {
      const set = this.byPrefix.get(p);
      set?.delete(key);
      if (set && set.size === 0) this.byPrefix.delete(p);
    }
  }

  keys(prefix: string): string[] {
    return [...(this.byPrefix.get(prefix) ?? [])].sort();
  }

  entries(): IterableIterator<[string, string]> {
    return this.data.entries();
  }

  /** Commits a block's write, remembering the value it replaces. */
  write(key: string, value: string | null, height: number): void {
    const prev = this.data.get(key);
    if ((value ?? undefined) === prev) return;
    let versions = this.history.get(key);
    if (!versions) this.history.set(key, (versions = []));
    versions.push({ height, prev });
    if (value === null) this.delete(key);
    else this.set(key, value);
  }

  /** The value as it was after block `height` was committed. */
  getAt(key: string, height: number): string | undefined {
    const versions = this.history.get(key);
    if (versions) for (const v of versions) if (v.height > height) return v.prev;
    return this.data.get(key);
  }

  keysAt(prefix: string, height: number): string[] {
    const keys = new Set(this.keys(prefix));
    for (const k of this.history.keys()) if (k.startsWith(prefix)) keys.add(k);
    return [...keys].filter((k) => this.getAt(k, height) !== undefined).sort();
  }

  clone(): CommittedStore {
    const copy = new CommittedStore();
    for (const [k, v] of this.data) copy.set(k, v);
    for (const [k, versions] of this.history) copy.history.set(k, [...versions]);
    return copy;
  }
}

/** A read-only view of the committed state at a past height (for abci_query with a height). */
export class HistoricalKV implements KV {
  constructor(
    private readonly store: CommittedStore,
    private readonly height: number,
  ) {}

  get(key: string): string | undefined {
    return this.store.getAt(key, this.height);
  }

  set(): void {
    throw new Error("historical state is read-only");
  }

  delete(): void {
    throw new Error("historical state is read-only");
  }

  keys(prefix: string): string[] {
    return this.store.keysAt(prefix, this.height);
  }
}

/** Buffers writes over a parent; `commit()` applies them, dropping the cache discards them (tx atomicity). */
export class CacheStore implements KV {
  private readonly writes = new Map<string, string | null>();

  constructor(private readonly parent: KV) {}

  get(key: string): string | undefined {
    const w = this.writes.get(key);
    if (w === null) return undefined;
    return w ?? this.parent.get(key);
  }

  set(key: string, value: string): void {
    this.writes.set(key, value);
  }

  delete(key: string): void {
    this.writes.set(key, null);
  }

  keys(prefix: string): string[] {
    const keys = new Set(this.parent.keys(prefix));
    for (const [k, v] of this.writes) {
      if (!k.startsWith(prefix)) continue;
      if (v === null) keys.delete(k);
      else keys.add(k);
    }
    return [...keys].sort();
  }

  /** Writes in the order they were first made: what the persistence log records for a block. */
  changes(): [string, string | null][] {
    return [...this.writes];
  }

  commit(): void {
    for (const [k, v] of this.writes) {
      if (v === null) this.parent.delete(k);
      else this.parent.set(k, v);
    }
    this.writes.clear();
  }
}

/** Charges the SDK's KV gas costs for every access to the wrapped store. */
export class GasKV implements KV {
  constructor(
    private readonly inner: KV,
    private readonly meter: GasMeter,
  ) {}

  get(key: string): string | undefined {
    const value = this.inner.get(key);
    this.meter.consume(GasCosts.readCostFlat, "ReadFlat");
    this.meter.consume(GasCosts.readCostPerByte * (key.length + (value?.length ?? 0)), "ReadPerByte");
    return value;
  }

  set(key: string, value: string): void {
    this.meter.consume(GasCosts.writeCostFlat, "WriteFlat");
    this.meter.consume(GasCosts.writeCostPerByte * (key.length + value.length), "WritePerByte");
    this.inner.set(key, value);
  }

  delete(key: string): void {
    this.meter.consume(GasCosts.deleteCost, "Delete");
    this.inner.delete(key);
  }

  keys(prefix: string): string[] {
    const keys = this.inner.keys(prefix);
    for (const k of keys) {
      this.meter.consume(GasCosts.iterNextCostFlat, "IterNextFlat");
      this.meter.consume(GasCosts.readCostPerByte * k.length, "ReadPerByte");
    }
    return keys;
  }
}

/** JSON helpers over a KV: modules keep typed records, the store keeps strings. */
export class Store {
  constructor(readonly kv: KV) {}

  get<T>(key: string): T | undefined {
    const raw = this.kv.get(key);
    return raw === undefined ? undefined : (JSON.parse(raw) as T);
  }

  set<T>(key: string, value: T): void {
    this.kv.set(key, JSON.stringify(value));
  }

  delete(key: string): void {
    this.kv.delete(key);
  }

  has(key: string): boolean {
    return this.kv.get(key) !== undefined;
  }

  keys(prefix: string): string[] {
    return this.kv.keys(prefix);
  }

  /** Entries under a prefix with the prefix stripped from the key. */
  list<T>(prefix: string): { key: string; value: T }[] {
    return this.kv.keys(prefix).map((k) => ({ key: k.slice(prefix.length), value: this.get<T>(k) as T }));
  }
}
