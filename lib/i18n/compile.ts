import compile from "icu-minify/compile";

// The catalogues reach pages precompiled: icu-minify turns each ICU message into a small array on the server, so
// the browser formats them with use-intl's format-only runtime (next.config.js aliases it) instead of shipping
// intl-messageformat's parser. `messages.test.ts` checks that both give the same text for every message.

const compiled = new WeakMap<object, unknown>();

/** A catalogue with every message compiled; same keys (the type stays the raw catalogue's, for key checking). */
export function compileCatalogue<T extends object>(raw: T): T {
  let out = compiled.get(raw) as T | undefined;
  if (!out) {
    out = compileTree(raw) as T;
    compiled.set(raw, out);
  }
  return out;
}

// JSON round trip: icu-minify writes plural branches as null-prototype objects, which React refuses to pass from a
// server component to the client provider.
function compileTree(node: object): object {
  return Object.fromEntries(
    Object.entries(node).map(([k, v]) => [k, typeof v === "string" ? JSON.parse(JSON.stringify(compile(v))) : compileTree(v as object)]),
  );
}
