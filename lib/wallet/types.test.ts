import { describe, expect, it } from "vitest";
import { isUserRejection } from "./types";

describe("isUserRejection", () => {
  it("knows each wallet's way of saying no", () => {
    expect(isUserRejection(new Error("Request rejected"))).toBe(true); // Keplr
    expect(isUserRejection(new Error("Transaction rejected by user"))).toBe(true); // Ledger through Keplr
    expect(isUserRejection({ code: 4001, message: "User rejected the request." })).toBe(true); // Cosmostation
    expect(isUserRejection({ code: 4001 })).toBe(true);
    expect(isUserRejection({ message: "User denied" })).toBe(true);
  });

  it("does not take another failure for a refusal", () => {
    expect(isUserRejection(new Error("Keplr is locked"))).toBe(false);
    expect(isUserRejection({ code: -32603, message: "Internal error" })).toBe(false);
    expect(isUserRejection(null)).toBe(false);
    expect(isUserRejection("timeout")).toBe(false);
  });
});
