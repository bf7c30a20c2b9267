import type { AbciEvent } from "./events.js";

// CometBFT's kv tx indexer and its query language: conditions joined by AND, each `key op value` with
// op one of = < > <= >= CONTAINS, or `key EXISTS`. Values are 'strings', numbers, TIME or DATE literals.

export type Operator = "=" | "<" | ">" | "<=" | ">=" | "CONTAINS" | "EXISTS";

export interface Condition {
  key: string;
  op: Operator;
  value?: string | number;
}

export class QueryParseError extends Error {}

const CONDITION_RE = /^\s*([A-Za-z0-9_.\-/]+)\s*(?:(EXISTS)|(<=|>=|=|<|>|CONTAINS)\s*(?:'([^']*)'|(-?\d+(?:\.\d+)?)|TIME\s+(\S+)|DATE\s+(\S+)))\s*/;

export function parseQuery(query: string): Condition[] {
  const conditions: Condition[] = [];
  let rest = query.trim();
  if (!rest) throw new QueryParseError("empty query");
  for (;;) {
    const m = CONDITION_RE.exec(rest);
    if (!m) throw new QueryParseError(`failed to parse query: unexpected input at "${rest.slice(0, 40)}"`);
    const [, key, exists, op, str, num, time, date] = m;
    if (exists) conditions.push({ key, op: "EXISTS" });
    else if (str !== undefined) conditions.push({ key, op: op as Operator, value: str });
    else if (num !== undefined) conditions.push({ key, op: op as Operator, value: Number(num) });
    else conditions.push({ key, op: op as Operator, value: Date.parse(time ?? `${date}T00:00:00Z`) });
    rest = rest.slice(m[0].length);
    if (!rest) return conditions;
    const and = /^AND\s+/i.exec(rest);
    if (!and) throw new QueryParseError(`failed to parse query: expected AND at "${rest.slice(0, 40)}"`);
    rest = rest.slice(and[0].length);
  }
}

export interface IndexedTx {
  hash: string;
  height: number;
  index: number;
}

function matches(actual: string, c: Condition): boolean {
  if (c.op === "EXISTS") return true;
  if (c.op === "CONTAINS") return actual.includes(String(c.value));
  if (typeof c.value === "number") {
    const n = Number(actual);
    if (Number.isNaN(n)) return false;
    switch (c.op) {
      case "=":
        return n === c.value;
      case "<":
        return n < c.value;
      case ">":
        return n > c.value;
      case "<=":
        return n <= c.value;
      case ">=":
        return n >= c.value;
    }
  }
  if (c.op === "=") return actual === c.value;
  return false;
}

export class TxIndex {
  /** position = insertion order = (height, index) order */
  private readonly txs: IndexedTx[] = [];
  /** "type.key" -> value -> positions */
  private readonly byAttr = new Map<string, Map<string, number[]>>();

  add(tx: IndexedTx, events: AbciEvent[]): void {
    const pos = this.txs.length;
    this.txs.push(tx);
    const put = (key: string, value: string) => {
      let values = this.byAttr.get(key);
      if (!values) this.byAttr.set(key, (values = new Map()));
      const list = values.get(value);
      if (!list) values.set(value, [pos]);
      else if (list[list.length - 1] !== pos) list.push(pos);
    };
    put("tx.hash", tx.hash);
    put("tx.height", String(tx.height));
    for (const e of events) for (const a of e.attributes) if (a.index && e.type) put(`${e.type}.${a.key}`, a.value);
  }

  /** Drops every tx above `height` (devnet_revert). */
  truncate(height: number): void {
    let keep = this.txs.length;
    while (keep > 0 && this.txs[keep - 1].height > height) keep--;
    if (keep === this.txs.length) return;
    this.txs.length = keep;
    for (const values of this.byAttr.values()) {
      for (const [v, list] of values) {
        while (list.length && list[list.length - 1] >= keep) list.pop();
        if (!list.length) values.delete(v);
      }
    }
  }

  search(conditions: Condition[]): IndexedTx[] {
    let result: Set<number> | undefined;
    for (const c of conditions) {
      const values = this.byAttr.get(c.key);
      const hits = new Set<number>();
      if (values) {
        if (c.op === "=" && typeof c.value === "string") {
          for (const p of values.get(c.value) ?? []) hits.add(p);
        } else {
          for (const [v, list] of values) if (matches(v, c)) for (const p of list) hits.add(p);
        }
      }
      result = result ? new Set([...result].filter((p) => hits.has(p))) : hits;
      if (!result.size) break;
    }
    return [...(result ?? [])].sort((a, b) => a - b).map((p) => this.txs[p]);
  }
}
