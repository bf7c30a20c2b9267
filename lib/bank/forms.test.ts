import { toBech32 } from "@cosmjs/encoding";
import { describe, expect, it } from "vitest";
import { sentence } from "@/lib/i18n/sentence";
import { MAX_MEMO, sendForm } from "./forms";

const ME = "persistence1dnhqhel2uuvkl6c9dy8vj8farwmgz5yftxzhqz";
const KEY = new Uint8Array(20).fill(7);
const TO = toBech32("persistence", KEY);

const send = (extra: Partial<Parameters<typeof sendForm>[0]> = {}) =>
  sendForm({
    denom: "uxprt",
    recipient: TO,
    input: "1.5",
    memo: "",
    holding: { amount: 10_000_000n, decimals: 6 },
    bech32Prefix: "persistence",
    feeDenom: "uxprt",
    highGasPrice: "0.04",
    address: ME,
    ...extra,
  });

describe("send form", () => {
  it("plans a MsgSend of the exact base units for a valid form", () => {
    const f = send({ memo: "rent" });
    expect(f).toMatchObject({ amount: 1_500_000n, amountError: null, recipientError: null, memoError: null });
    expect(f.plan).toEqual({
      messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: ME, toAddress: TO, amount: [{ denom: "uxprt", amount: "1500000" }] } }],
      memo: "rent",
    });
  });
  it("says why each field is wrong, and has no plan while any is", () => {
    expect(send({ input: "" })).toMatchObject({ amountError: sentence("amount.empty"), plan: null });
    expect(send({ input: "11" })).toMatchObject({ amountError: sentence("send.overBalance"), plan: null });
    expect(send({ holding: undefined })).toMatchObject({ amountError: sentence("send.overBalance"), plan: null });
    expect(send({ recipient: toBech32("cosmos", KEY) })).toMatchObject({
      recipientError: sentence("send.recipientError.prefix", { prefix: "persistence" }),
      plan: null,
    });
    expect(send({ recipient: toBech32("persistencevaloper", KEY) }).recipientError).toEqual(sentence("send.recipientError.validator"));
    expect(send({ recipient: "" }).recipientError).toEqual(sentence("send.recipientError.empty"));
    expect(send({ recipient: `${TO.slice(0, -1)}x` }).recipientError).toEqual(sentence("send.recipientError.checksum"));
    expect(send({ memo: "x".repeat(MAX_MEMO + 1) })).toMatchObject({ memoError: sentence("send.memoTooLong"), plan: null });
    expect(send({ memo: "x".repeat(MAX_MEMO) }).memoError).toBeNull();
  });
  it("Max keeps a fee reserve in the fee token only", () => {
    // 200,000 gas at 0.04 = 8,000 uxprt kept
    expect(send().max).toBe(9_992_000n);
    expect(send({ denom: "ibc/ATOM" }).max).toBe(10_000_000n);
    expect(send({ holding: { amount: 5_000n, decimals: 6 } }).max).toBe(0n);
  });
  it("18-decimal coins use their own decimals", () => {
    const f = send({ denom: "ibc/DYDX", input: "0.000000000000000001", holding: { amount: 1n, decimals: 18 } });
    expect(f).toMatchObject({ amount: 1n, decimals: 18, amountError: null });
  });
});
