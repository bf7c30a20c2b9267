import { parseJsonRpcResponse } from "@cosmjs/json-rpc";
import { describe, expect, it } from "vitest";
import { parseRpcAnswer } from "./json-rpc";

// The app's JSON-RPC answer check against cosmjs's, on every shape a node (or a broken proxy) could answer.

const ids = [1, 0, "a", "", null, undefined, true, [], {}];
const versions = ["2.0", "1.0", 2, undefined];
const errors = [
  undefined,
  null,
  "boom",
  [],
  {},
  { code: -32603, message: "Internal error" },
  { code: -32603, message: "Internal error", data: "height 5 is not available" },
  { code: "1", message: "x" },
  { code: 1 },
  { code: 1, message: "x", data: { nested: [1, "a", null] } },
];
const results = [undefined, null, 0, "", { block: { height: "5" } }, []];

function outcome(f: () => unknown): unknown {
  try {
    return { ok: JSON.parse(JSON.stringify(f())) };
  } catch {
    return "throws";
  }
}

describe("parseRpcAnswer", () => {
  it("accepts and refuses exactly what @cosmjs/json-rpc does, with the same answer", () => {
    let cases = 0;
    const odd = [null, 5, "x", [], [{ jsonrpc: "2.0", id: 1, result: 1 }]];
    for (const data of odd) expect(outcome(() => parseRpcAnswer(data))).toEqual(outcome(() => parseJsonRpcResponse(data)));
    for (const jsonrpc of versions)
      for (const id of ids)
        for (const error of errors)
          for (const result of results) {
            const data = JSON.parse(JSON.stringify({ jsonrpc, id, error, result }));
            expect(
              outcome(() => parseRpcAnswer(data)),
              JSON.stringify(data),
            ).toEqual(outcome(() => parseJsonRpcResponse(data)));
            cases++;
          }
    expect(cases).toBe(versions.length * ids.length * errors.length * results.length);
  });
});
