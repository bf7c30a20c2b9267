import type { PageRequest, PageResponse } from "cosmjs-types/cosmos/base/query/v1beta1/pagination";

const DEFAULT_LIMIT = 100n;

/** The SDK's query.Paginate over an ascending list of keyed items: key or offset, limit, count_total, reverse. */
export function paginate<T>(items: { key: string; value: T }[], req?: PageRequest): { page: T[]; pagination: PageResponse } {
  const ordered = req?.reverse ? [...items].reverse() : items;
  const limit = req?.limit && req.limit > 0n ? Number(req.limit) : Number(DEFAULT_LIMIT);
  let start = 0;
  const usingKey = req?.key && req.key.length > 0;
  if (usingKey) {
    const key = new TextDecoder().decode(req!.key);
    start = ordered.findIndex((i) => (req?.reverse ? i.key <= key : i.key >= key));
    if (start === -1) start = ordered.length;
  } else if (req?.offset) {
    start = Number(req.offset);
  }
  const slice = ordered.slice(start, start + limit);
  const next = ordered[start + limit];
  return {
    page: slice.map((i) => i.value),
    pagination: {
      nextKey: next ? new TextEncoder().encode(next.key) : new Uint8Array(),
      total: !usingKey && req?.countTotal ? BigInt(items.length) : 0n,
    },
  };
}
