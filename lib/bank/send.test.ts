import { toBech32 } from "@cosmjs/encoding";
import { describe, expect, it } from "vitest";
import { checkRecipient } from "./recipient";
import { maxSendable, sendPlan } from "./send";

const bytes = new Uint8Array(20).fill(1);
const good = toBech32("persistence", bytes);

describe("recipient check", () => {
  it("accepts an account address of this chain", () => {
    expect(checkRecipient(good, "persistence")).toBeNull();
    expect(checkRecipient(`  ${good} `, "persistence")).toBeNull();
  });
  it("refuses a bad checksum, another chain's prefix, a valoper and empty input", () => {
    expect(checkRecipient(`${good.slice(0, -1)}${good.endsWith("q") ? "p" : "q"}`, "persistence")).toBe("checksum");
    expect(checkRecipient(toBech32("cosmos", bytes), "persistence")).toBe("prefix");
    expect(checkRecipient(toBech32("persistencevaloper", bytes), "persistence")).toBe("validator");
    expect(checkRecipient("", "persistence")).toBe("empty");
    expect(checkRecipient("hello", "persistence")).toBe("checksum");
  });
});

describe("send plan and max", () => {
  it("builds a MsgSend with the exact base amount", () => {
    expect(sendPlan("a", ` ${good} `, "uxprt", 123n).messages[0].value).toEqual({
      fromAddress: "a",
      toAddress: good,
      amount: [{ denom: "uxprt", amount: "123" }],
    });
  });
  it("keeps a fee reserve only for the fee denom", () => {
    expect(maxSendable(1_000_000n, "uxprt", "uxprt", "0.04")).toBe(992_000n);
    expect(maxSendable(5_000n, "uxprt", "uxprt", "0.04")).toBe(0n);
    expect(maxSendable(1_000_000n, "ibc/X", "uxprt", "0.04")).toBe(1_000_000n);
  });
});
