import { SigningCosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ADDRESSES, USDC } from "@/devnet/src/genesis";
import { GAS_PRICE, type TestDevnet, directWallet, pstakeClient, startTestDevnet } from "@/devnet/test/helpers";
import { blockTimes } from "@/lib/chain/blocks";
import { EndpointPool, FailoverRpcClient } from "@/lib/chain/endpoints";
import { seededRandom } from "@/lib/dex/fixtures";
import { type LendingAction, type LendingContracts, fetchAccount, fetchHealth, fetchMarkets, lendingPlan } from "./mars";
import { borrowIndexAt, grownIndex, owedAt, suppliedAt, unscale } from "./math";
import { maxAmount, previewLending } from "./preview";

// Preview == executed: random supplies, borrows, repays and withdrawals on the devnet's lending market, with time
// passing between them. Each preview is computed from the state before the tx at the time of the block the tx
// landed in, and must equal, to the base unit, what the chain booked: the scaled amount, the account's position,
// the tokens that moved and the health factors the contract reports afterwards.

const [alice] = DEMO_ADDRESSES;
const STK = "stk/uxprt";
const FEE = { amount: [{ denom: "uxprt", amount: "100000" }], gas: "2000000" };

describe("lending previews against the devnet's Red Bank", () => {
  let devnet: TestDevnet;
  let rpc: FailoverRpcClient;
  let c: LendingContracts;
  let wasm: SigningCosmWasmClient;

  beforeAll(async () => {
    devnet = await startTestDevnet();
    rpc = new FailoverRpcClient(new EndpointPool([devnet.url]), { maxBatch: 40 });
    const info = (await devnet.rpc("devnet_info")).result.contracts;
    c = { redBank: info.mars_red_bank, params: info.mars_params, oracle: info.mars_oracle };
    wasm = await SigningCosmWasmClient.connectWithSigner(devnet.url, await directWallet(0), { gasPrice: GAS_PRICE, broadcastPollIntervalMs: 50 });
    const ps = await pstakeClient(devnet.url, await directWallet(0));
    const stake = {
      typeUrl: "/pstake.liquidstake.v1beta1.MsgLiquidStake",
      value: { delegatorAddress: alice, amount: { denom: "uxprt", amount: "200000000000" } },
    };
    expect((await ps.signAndBroadcast(alice, [stake], FEE)).code).toBe(0);
  });
  afterAll(() => devnet.stop());

  const balance = async (denom: string) => BigInt((await wasm.getBalance(alice, denom)).amount);

  it("books exactly what the preview said, over 24 random actions with time passing", async () => {
    const random = seededRandom(8);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    let executed = 0;
    const counts: Record<string, number> = { supply: 0, borrow: 0, repay: 0, withdraw: 0, refund: 0, all: 0 };
    for (let step = 0; step < 40 && executed < 24; step++) {
      const [markets, account] = await Promise.all([fetchMarkets(rpc, c), fetchAccount(rpc, c.redBank, alice)]);
      const latest = await rpc.call<{ sync_info: { latest_block_time: string } }>("status");
      const now = Math.floor(Date.parse(latest.sync_info.latest_block_time) / 1000);
      const action: LendingAction = step < 2 ? "supply" : pick(["supply", "borrow", "borrow", "repay", "withdraw"]);
      const denom = action === "supply" || action === "withdraw" ? pick([STK, STK, USDC.denom]) : pick([USDC.denom, "uxprt"]);
      let amount: bigint;
      let all = false;
      if (action === "supply") amount = BigInt(Math.floor(random() * 5_000_000_000)) + 1n;
      else if (action === "borrow") amount = (maxAmount("borrow", denom, markets, account, now + 1) * BigInt(Math.floor(random() * 95))) / 100n;
      else if (action === "withdraw") {
        all = random() < 0.2;
        amount = (maxAmount("withdraw", denom, markets, account, now + 1) * BigInt(Math.floor(random() * 100))) / 100n;
      } else {
        const owed = account.debts.find((d) => d.denom === denom)?.amount ?? 0n;
        amount = random() < 0.4 ? owed + 1_000_000n : (owed * BigInt(Math.floor(random() * 100))) / 100n;
      }
      const guess = previewLending(action, denom, amount, markets, account, now + 1, all);
      if (guess.blocker) continue;
      const walletBefore = await balance(denom);
      const r = await wasm.signAndBroadcast(alice, lendingPlan(action, alice, c.redBank, denom, amount, all).messages, FEE);
      expect(r.code, r.rawLog).toBe(0);
      executed++;
      counts[action]++;
      const t = Math.floor((await blockTimes(rpc, [r.height])).get(r.height)! / 1000);
      const p = previewLending(action, denom, amount, markets, account, t, all);
      expect(p.blocker).toBeNull();
      if (p.refund > 0n) counts.refund++;
      if (all) counts.all++;
      const attrs = Object.fromEntries(r.events.find((e) => e.type === "wasm")!.attributes.map((a) => [a.key, a.value]));
      expect(attrs.action).toBe(action === "supply" ? "deposit" : action);
      expect(BigInt(attrs.amount_scaled)).toBe(p.scaledDelta);
      expect(BigInt(attrs.amount)).toBe(p.amount);
      const walletAfter = await balance(denom);
      const fee = denom === "uxprt" ? 100_000n : 0n;
      const moved = action === "supply" || action === "repay" ? -p.amount : p.amount;
      expect(walletAfter - walletBefore).toBe(moved - fee);
      const after = await fetchAccount(rpc, c.redBank, alice);
      const list = action === "supply" || action === "withdraw" ? after.collaterals : after.debts;
      expect(list.find((x) => x.denom === denom)?.amount ?? 0n).toBe(p.position.after);
      const hf = await fetchHealth(rpc, c.redBank, alice);
      expect(hf?.liqThresholdHf ?? null).toBe(p.health.after.liqThresholdHf);
      expect(hf?.maxLtvHf ?? null).toBe(p.health.after.maxLtvHf);
      await devnet.rpc("devnet_advanceTime", { seconds: Math.floor(random() * 20 * 86400) });
    }
    expect(executed).toBe(24);
    // every action ran, including a repay with an excess refunded and a withdraw of everything
    console.log("lending actions executed:", JSON.stringify(counts));
    for (const [k, n] of Object.entries(counts)) expect(n, k).toBeGreaterThan(0);
  }, 120_000);

  it("accrues interest as the rate model says after devnet_advanceTime", async () => {
    const [m0] = (await fetchMarkets(rpc, c)).filter((m) => m.denom === USDC.denom);
    const account = await fetchAccount(rpc, c.redBank, alice);
    const days = 45;
    const { result } = await devnet.rpc("devnet_advanceTime", { seconds: days * 86400 });
    const t = Math.floor(Date.parse(result.chain_time) / 1000);
    const [m1] = (await fetchMarkets(rpc, c)).filter((m) => m.denom === USDC.denom);
    expect(m1.borrowed).toBe(owedAt(m0, m0.debtTotalScaled, t));
    expect(m1.supplied).toBe(suppliedAt(m0, m0.collateralTotalScaled, t));
    expect(borrowIndexAt(m0, t)).toBe(grownIndex(m0.borrowIndex, m0.borrowRate, t - m0.indexesLastUpdated));
    const debt = account.debts.find((d) => d.denom === USDC.denom);
    expect(debt, "the random series leaves a USDC debt").toBeDefined();
    if (debt) {
      const now = (await fetchAccount(rpc, c.redBank, alice)).debts.find((d) => d.denom === USDC.denom)!;
      expect(now.amount).toBe(owedAt(m0, debt.amountScaled, t));
      // linear interest at the market's borrow rate, within a base unit of the float figure
      const atUpdate = Number(unscale(debt.amountScaled, m0.borrowIndex, true));
      const expected = atUpdate * (1 + ((Number(m0.borrowRate) / 1e18) * (t - m0.indexesLastUpdated)) / 31_536_000);
      expect(Math.abs(Number(now.amount) - expected)).toBeLessThan(atUpdate * 1e-9 + 2);
      expect(now.amount).toBeGreaterThan(debt.amount);
    }
  });
});
