import { SigningCosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADDRESSES } from "@/devnet/src/genesis";
import { GAS_PRICE, type TestDevnet, directWallet, startTestDevnet } from "@/devnet/test/helpers";
import { chainSpan } from "@/lib/chain/blocks";
import { EndpointPool, FailoverRpcClient } from "@/lib/chain/endpoints";
import { fetchSwapFees } from "./fees";
import { quoteGiveIn } from "./math";
import { swapPlan } from "./messages";
import { fetchPools } from "./pools";

// LP fees read back from the vault's swap events equal the fees the pool math charged, less the protocol's share.

describe("swap fees from the tx index", () => {
  let devnet: TestDevnet;
  let rpc: FailoverRpcClient;
  beforeAll(async () => {
    devnet = await startTestDevnet();
    rpc = new FailoverRpcClient(new EndpointPool([devnet.url]), { maxBatch: 40 });
  });
  afterAll(() => devnet.stop());

  it("sums each pool's LP fees in the offered asset over the window", async () => {
    const [alice] = DEMO_ADDRESSES;
    const contracts = (await devnet.rpc("devnet_info")).result.contracts;
    const wasm = await SigningCosmWasmClient.connectWithSigner(devnet.url, await directWallet(0), { gasPrice: GAS_PRICE, broadcastPollIntervalMs: 50 });
    let expected = 0n;
    for (const amount of [100_000_000n, 250_000_000n]) {
      const pool = (await fetchPools(rpc, contracts.dexter_vault, () => 6)).find((p) => p.id === "1")!;
      const xprt = pool.assets.findIndex((a) => a.denom === "uxprt");
      const q = quoteGiveIn(pool, xprt, 1 - xprt, amount);
      expected += q.fee - (q.fee * BigInt(pool.protocolFeePercent)) / 100n;
      const route = {
        hops: [{ pool, offer: xprt, ask: 1 - xprt }],
        amountIn: amount,
        amountOut: q.amountOut,
        fees: [q.fee],
        steps: [{ amountIn: amount, amountOut: q.amountOut }],
      };
      const plan = swapPlan({ sender: alice, route, kind: "give-in", slippageBps: 100, vault: contracts.dexter_vault, router: contracts.dexter_router });
      expect((await wasm.signAndBroadcast(alice, plan.messages, "auto")).code).toBe(0);
      await devnet.rpc("devnet_advanceTime", { seconds: 3600 });
    }
    const fees = await fetchSwapFees(rpc, await chainSpan(rpc));
    expect(fees.swaps).toBe(2);
    expect(fees.byPool.get("1")?.get("uxprt")).toBe(expected);
    expect(fees.byPool.has("3")).toBe(false);
    expect(fees.toTime - fees.fromTime).toBeGreaterThan(0);
  });
});
