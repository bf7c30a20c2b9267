// cw-storage-plus key layout, for answering wasmd's RawContractState: an Item's key is its name; a Map's is the
// namespace's length (2 bytes, big-endian) and the namespace, then each key part but the last length-prefixed the
// same way, and the last part as it is.

export function rawKey(key: Uint8Array): { namespace: string; parts: string[] } | null {
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  if (key.length < 2 || key[0] !== 0) return key.length ? { namespace: text(key), parts: [] } : null;
  const prefixed = (at: number) => (at + 2 <= key.length ? (key[at] << 8) | key[at + 1] : -1);
  const n = prefixed(0);
  if (n < 0 || 2 + n > key.length) return null;
  const namespace = text(key.subarray(2, 2 + n));
  const parts: string[] = [];
  let at = 2 + n;
  // key parts are addresses and denoms here: printable, so a leading zero byte is a length prefix
  while (at < key.length && key[at] === 0) {
    const len = prefixed(at);
    if (len < 0 || at + 2 + len > key.length) return null;
    parts.push(text(key.subarray(at + 2, at + 2 + len)));
    at += 2 + len;
  }
  if (at < key.length) parts.push(text(key.subarray(at)));
  return { namespace, parts };
}
