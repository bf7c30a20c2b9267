import type { FailoverRpcClient } from "./endpoints";

// The node's tx index (CometBFT tx_search), read page by page: the account's history and the DEX's swap events
// both come from here.

export interface RawEvent {
  type: string;
  attributes: { key: string; value: string }[];
}

export interface RawTx {
  hash: string;
  height: string;
  index: number;
  tx: string;
  tx_result: { code: number; log: string; codespace?: string; events: RawEvent[] };
}

/** the node's page size for tx_search (CometBFT's maximum) */
const PER_PAGE = 100;

/** Every page of one tx_search query, newest first, at most `limit` txs. */
export async function searchAll(rpc: FailoverRpcClient, query: string, limit: number): Promise<{ txs: RawTx[]; total: number }> {
  const page = (n: number) =>
    rpc.call<{ txs: RawTx[]; total_count: string }>("tx_search", { query, page: String(n), per_page: String(PER_PAGE), order_by: "desc", prove: false });
  const first = await page(1);
  const total = Number(first.total_count);
  const pages = Math.min(Math.ceil(Math.min(total, limit) / PER_PAGE), Math.ceil(total / PER_PAGE));
  const rest = await Promise.all(Array.from({ length: Math.max(0, pages - 1) }, (_, i) => page(i + 2)));
  return { txs: [first, ...rest].flatMap((r) => r.txs).slice(0, limit), total };
}
