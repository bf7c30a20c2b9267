import { afterEach, describe, expect, it } from "vitest";
import { NETWORKS } from "@/lib/chain/networks";
import { linkedNetwork } from "@/lib/recovery/linked";
import { accountsOn } from "./linked";
import { WalletError } from "./types";

// The wallet's accounts on core-1's linked chains: one approval for the whole list, a refusal said as such, and a
// chain the wallet does not know failing alone (the others still answer).

const home = NETWORKS["core-1"];
const linked = home.linked.map((chain) => linkedNetwork(home, chain));
const PREFIX: Record<string, string> = { "osmosis-1": "osmo", "cosmoshub-4": "cosmos", "neutron-1": "neutron" };

function fakeKeplr(opts: { decline?: boolean; unknown?: string } = {}) {
  const calls: { method: string; arg: unknown }[] = [];
  const keplr = {
    async enable(ids: string | string[]) {
      calls.push({ method: "enable", arg: ids });
      if (opts.decline) throw new Error("Request rejected");
      const list = Array.isArray(ids) ? ids : [ids];
      if (opts.unknown && list.includes(opts.unknown)) throw new Error(`There is no chain info for ${opts.unknown}`);
    },
    async getKey(id: string) {
      calls.push({ method: "getKey", arg: id });
      return { name: "k", bech32Address: `${PREFIX[id]}1qqqq`, isNanoLedger: false };
    },
  };
  (globalThis as { window?: unknown }).window = { keplr };
  return calls;
}

afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe("accountsOn (Keplr-compatible wallets)", () => {
  it("asks once for every linked chain, then reads each chain's key", async () => {
    const calls = fakeKeplr();
    const out = await accountsOn("keplr", linked);
    expect(calls.filter((c) => c.method === "enable")).toEqual([{ method: "enable", arg: ["osmosis-1", "cosmoshub-4", "neutron-1"] }]);
    expect(out.map((a) => ("account" in a ? a.account.address : "error"))).toEqual(["osmo1qqqq", "cosmos1qqqq", "neutron1qqqq"]);
  });

  it("a declined approval is the user's refusal, in words; nothing else is asked", async () => {
    const calls = fakeKeplr({ decline: true });
    const err = await accountsOn("keplr", linked).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WalletError);
    expect((err as WalletError).kind).toBe("rejected");
    expect(calls.filter((c) => c.method === "getKey")).toHaveLength(0);
  });

  it("a chain the wallet does not know fails alone: the others are asked one by one and answer", async () => {
    fakeKeplr({ unknown: "neutron-1" });
    const out = await accountsOn("keplr", linked);
    expect(out.map((a) => ("account" in a ? a.account.address : a.error.kind))).toEqual(["osmo1qqqq", "cosmos1qqqq", "unavailable"]);
  });

  it("the demo account lives on the devnet alone", async () => {
    await expect(accountsOn("demo", linked)).rejects.toMatchObject({ kind: "unavailable" });
  });
});
