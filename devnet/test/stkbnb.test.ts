import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { format } from "prettier";
import { type Address, type Hex, type PublicClient, createPublicClient, createTestClient, createWalletClient, decodeEventLog, http, parseEther } from "viem";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { stakePoolAbi, stkBnbAbi } from "../../lib/evm/abi.generated";
import { toEvmTxError } from "../../lib/evm/errors";
import { amountProblem, claimAllPlan, previewDeposit, previewUnstake, rewardFeeTokens, roundDownTo } from "../../lib/evm/math";
import { EVM_NETWORKS, LOCAL_CONTRACTS } from "../../lib/evm/networks";
import { readClaims } from "../../lib/evm/pool";
import { english } from "../../lib/i18n/english";
import { type PoolSnapshot, readPool } from "../../lib/evm/pool-state";
import { RUN_WINDOW_SECONDS, readPoolActivity } from "../../lib/evm/pool-activity";
import { poolOperation } from "../../lib/evm/pool-operation";
import { abiModuleSource } from "../evm/abi-module";
import { type Anvil, startAnvil } from "../evm/anvil";
import {
  BOT_ROLE,
  type EvmDeployment,
  LOCAL_CHAIN_ID,
  addRewards,
  demoEvmAccount,
  deployStkBnb,
  localChain,
  localConfig,
  operatorIsBot,
  secondsSinceRewards,
  settleUnbonding,
} from "../evm/deploy";

// The stkBNB contracts on a local anvil chain, driven like users drive them (txs signed by the demo keys), and the
// app's previews (lib/evm/math) checked against what executed, to the wei.

const COOLDOWN = 15n * 86_400n;
let anvil: Anvil;
let dep: EvmDeployment;
let pub: PublicClient;
let snapshot: Hex;
const alice = demoEvmAccount(0);
const bob = demoEvmAccount(1);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

const testClient = () => createTestClient({ mode: "anvil", chain: localChain(anvil.url), transport: http(anvil.url) });
const walletOf = (account: typeof alice) => createWalletClient({ account, chain: localChain(anvil.url), transport: http(anvil.url) });
const network = () => ({ ...EVM_NETWORKS["bnb-local"], chain: { ...localChain(anvil.url), contracts: { multicall3: { address: dep.contracts.multicall3 } } } });

async function pool(): Promise<PoolSnapshot> {
  return readPool(network());
}

async function receipt(hash: Hex) {
  const r = await pub.waitForTransactionReceipt({ hash });
  expect(r.status).toBe("success");
  return r;
}

function events(r: { logs: { data: Hex; topics: [Hex, ...Hex[]] | [] }[] }) {
  return r.logs.flatMap((l) => {
    try {
      return [decodeEventLog({ abi: [...stakePoolAbi, ...stkBnbAbi], data: l.data, topics: l.topics })];
    } catch {
      return [];
    }
  });
}

async function deposit(who: typeof alice, value: bigint) {
  return receipt(await walletOf(who).writeContract({ address: dep.contracts.stakePool, abi: stakePoolAbi, functionName: "deposit", value }));
}

async function unstake(who: typeof alice, amount: bigint) {
  return receipt(
    await walletOf(who).writeContract({ address: dep.contracts.stkBNB, abi: stkBnbAbi, functionName: "send", args: [dep.contracts.stakePool, amount, "0x"] }),
  );
}

async function stk(who: Address) {
  return pub.readContract({ address: dep.contracts.stkBNB, abi: stkBnbAbi, functionName: "balanceOf", args: [who] });
}

/** the revert a call would meet, as the app words it */
async function refusal(call: Promise<unknown>): Promise<{ name?: string; message: string }> {
  try {
    await call;
  } catch (e) {
    const err = e as { walk?: (f: (x: unknown) => boolean) => unknown };
    const revert = err.walk?.((x) => (x as { data?: { errorName?: string } }).data?.errorName !== undefined) as { data?: { errorName?: string } } | undefined;
    return { name: revert?.data?.errorName, message: english(toEvmTxError(e).text) };
  }
  throw new Error("expected a revert");
}

async function setConfig(fee: { reward: bigint; deposit: bigint; withdraw: bigint }) {
  const operator = createWalletClient({ account: dep.operator, chain: localChain(anvil.url), transport: http(anvil.url) });
  await receipt(
    await operator.writeContract({
      address: dep.contracts.stakePool,
      abi: stakePoolAbi,
      functionName: "updateConfig",
      args: [{ ...localConfig(COOLDOWN), fee }],
    }),
  );
}

beforeAll(async () => {
  anvil = await startAnvil({ port: await freePort(), chainId: LOCAL_CHAIN_ID });
  dep = await deployStkBnb(anvil.url);
  pub = createPublicClient({ chain: localChain(anvil.url), transport: http(anvil.url) });
  snapshot = await testClient().snapshot();
});

afterAll(async () => {
  await anvil?.stop();
});

beforeEach(async () => {
  await testClient().revert({ id: snapshot });
  snapshot = await testClient().snapshot();
});

describe("local deployment", () => {
  it("lands at the addresses the app lists, funds the demo accounts, and seeds a rate that is not 1", async () => {
    expect(dep.contracts).toEqual(LOCAL_CONTRACTS);
    expect(await pub.getBalance({ address: alice.address })).toBe(parseEther("1000"));
    const p = await pool();
    // 100 BNB deposited at 1:1, then 2.5 BNB of rewards with the 2% reward fee minted as stkBNB to the fee vault
    expect(p.totalWei).toBe(parseEther("102.5"));
    expect(p.poolTokenSupply).toBe(
      parseEther("100") + rewardFeeTokens({ totalWei: parseEther("100"), poolTokenSupply: parseEther("100"), fee: p.fee }, parseEther("2.5")),
    );
    expect(await stk(dep.feeVault)).toBe(p.poolTokenSupply - parseEther("100"));
    expect(p.cooldownPeriod).toBe(COOLDOWN);
  });

  it("the app's generated ABIs are the compiled contracts'", async () => {
    const generated = readFileSync(new URL("../../lib/evm/abi.generated.ts", import.meta.url), "utf8");
    expect(generated).toBe(await format(abiModuleSource(), { parser: "typescript", printWidth: 160 }));
  });

  it("reads batch through the deployed Multicall3", async () => {
    const p = await pool();
    const rate = await pub.readContract({ address: dep.contracts.stakePool, abi: stakePoolAbi, functionName: "exchangeRate" });
    expect([p.totalWei, p.poolTokenSupply]).toEqual([...rate]);
    expect(p.paused).toBe(false);
  });
});

describe("deposit", () => {
  it("mints what previewDeposit says, without and with a deposit fee", async () => {
    for (const fee of [0n, 1_234_567_890n]) {
      if (fee) await setConfig({ reward: 2_000_000_000n, deposit: fee, withdraw: 0n });
      for (const value of [10n ** 12n, parseEther("1.234567"), parseEther("77") + 3n * 10n ** 12n]) {
        const before = await pool();
        const vault = await stk(dep.feeVault);
        const mine = await stk(alice.address);
        const want = previewDeposit(before, value);
        const r = await deposit(alice, value);
        const ev = events(r).find((e) => e.eventName === "Deposit")!;
        expect(ev.args).toMatchObject({ user: alice.address, bnbAmount: value, poolTokenAmount: want.userTokens });
        expect(await stk(alice.address)).toBe(mine + want.userTokens);
        expect(await stk(dep.feeVault)).toBe(vault + want.feeTokens);
        const after = await pool();
        expect([after.totalWei, after.poolTokenSupply]).toEqual([before.totalWei + value, before.poolTokenSupply + want.poolTokens]);
        if (fee) expect(want.feeTokens).toBeGreaterThan(0n);
      }
    }
  });

  it("refuses below the minimum and dust, with the pool's own errors in the app's words", async () => {
    const w = walletOf(alice);
    const call = (value: bigint) => w.writeContract({ address: dep.contracts.stakePool, abi: stakePoolAbi, functionName: "deposit", value });
    const low = await refusal(call(10n ** 12n - 1n));
    expect(low.name).toBe("LessThanMinimum");
    expect(low.message).toMatch(/minimum deposit is 0\.000001 BNB/);
    const dusty = await refusal(call(parseEther("1") + 5n));
    expect(dusty.name).toBe("DustNotAllowed");
    expect(dusty.message).toMatch(/whole multiple/);
    expect(amountProblem(parseEther("1") + 5n, 10n ** 12n)).toEqual({ kind: "dust", dust: 5n, roundedDown: parseEther("1") });
    expect(roundDownTo(parseEther("1") + 5n, 10n ** 12n)).toBe(parseEther("1"));
    expect(await pub.getTransactionCount({ address: alice.address })).toBe(0);
  });

  it("stops while paused", async () => {
    const operator = createWalletClient({ account: dep.operator, chain: localChain(anvil.url), transport: http(anvil.url) });
    await receipt(await operator.writeContract({ address: dep.contracts.stakePool, abi: stakePoolAbi, functionName: "pause" }));
    expect((await pool()).paused).toBe(true);
    const r = await refusal(
      walletOf(alice).writeContract({ address: dep.contracts.stakePool, abi: stakePoolAbi, functionName: "deposit", value: parseEther("1") }),
    );
    expect(r.name).toBe("PausablePaused");
    expect(r.message).toMatch(/paused/);
  });
});

describe("unstake and claim", () => {
  it("queues what previewUnstake says, without and with a withdrawal fee", async () => {
    await deposit(alice, parseEther("50"));
    await setConfig({ reward: 2_000_000_000n, deposit: 0n, withdraw: 500_000_000n });
    const before = await pool();
    const amount = parseEther("12.345678");
    const want = previewUnstake(before, amount);
    const vault = await stk(dep.feeVault);
    const r = await unstake(alice, amount);
    const block = await pub.getBlock({ blockNumber: r.blockNumber });
    const ev = events(r).find((e) => e.eventName === "Withdraw")!;
    expect(ev.args).toMatchObject({ user: alice.address, poolTokenAmount: amount, bnbAmount: want.weiToReturn });
    expect(want.feeTokens).toBe((amount * 500_000_000n) / 10n ** 11n);
    expect(await stk(dep.feeVault)).toBe(vault + want.feeTokens);
    const claims = await readClaims(pub, network(), alice.address);
    expect(claims).toEqual([{ index: 0, weiToReturn: want.weiToReturn, createdAt: block.timestamp }]);
    const after = await pool();
    expect([after.totalWei, after.poolTokenSupply]).toEqual([before.totalWei - want.weiToReturn, before.poolTokenSupply - want.burnTokens]);
  });

  it("refuses an unstake below the minimum or with dust", async () => {
    await deposit(alice, parseEther("1"));
    const w = walletOf(alice);
    const send = (amount: bigint) =>
      w.writeContract({
        address: dep.contracts.stkBNB,
        abi: [...stkBnbAbi, ...stakePoolAbi],
        functionName: "send",
        args: [dep.contracts.stakePool, amount, "0x"],
      });
    expect((await refusal(send(10n ** 11n))).name).toBe("LessThanMinimum");
    const d = await refusal(send(10n ** 12n + 1n));
    expect(d.name).toBe("DustNotAllowed");
  });

  it("claims strictly after the cooldown: at createdAt + cooldown it fails, one second later it pays", async () => {
    await deposit(alice, parseEther("10"));
    const r = await unstake(alice, parseEther("4"));
    const createdAt = (await pub.getBlock({ blockNumber: r.blockNumber })).timestamp;
    const [req] = await readClaims(pub, network(), alice.address);
    // the pool's state says the operator has this unstake to unbond, until it does
    expect(await pool()).toMatchObject({ bnbToUnbond: req!.weiToReturn, bnbUnbonding: 0n, claimReserve: 0n });
    expect(await settleUnbonding(anvil.url, dep.contracts.stakePool)).toBe(req!.weiToReturn);
    expect(await pool()).toMatchObject({ bnbToUnbond: 0n, bnbUnbonding: 0n, claimReserve: req!.weiToReturn });

    const claim = () =>
      walletOf(alice).writeContract({ address: dep.contracts.stakePool, abi: stakePoolAbi, functionName: "claim", args: [0n], gas: 200_000n });
    await testClient().setNextBlockTimestamp({ timestamp: createdAt + COOLDOWN });
    // sent with a fixed gas so it reaches a block instead of failing the estimate: the block's time is exact
    const early = await pub.waitForTransactionReceipt({ hash: await claim() });
    expect(early.status).toBe("reverted");
    expect((await pub.getBlock({ blockNumber: early.blockNumber })).timestamp).toBe(createdAt + COOLDOWN);
    expect(await readClaims(pub, network(), alice.address)).toHaveLength(1);

    await testClient().setNextBlockTimestamp({ timestamp: createdAt + COOLDOWN + 1n });
    const balance = await pub.getBalance({ address: alice.address });
    const paid = await receipt(await claim());
    const ev = events(paid).find((e) => e.eventName === "Claim")!;
    expect(ev.args).toMatchObject({ user: alice.address, req: { weiToReturn: req!.weiToReturn, createdAt } });
    expect(await pub.getBalance({ address: alice.address })).toBe(balance + req!.weiToReturn - paid.gasUsed * paid.effectiveGasPrice);
    expect(await readClaims(pub, network(), alice.address)).toEqual([]);
    expect((await pool()).claimReserve).toBe(0n);
  });

  it("the early claim's estimate says why: cooldown, then the reserve", async () => {
    await deposit(alice, parseEther("10"));
    await unstake(alice, parseEther("1"));
    const claim = () => walletOf(alice).writeContract({ address: dep.contracts.stakePool, abi: stakePoolAbi, functionName: "claim", args: [0n] });
    expect((await refusal(claim())).name).toBe("CantClaimBeforeDeadline");
    await testClient().increaseTime({ seconds: Number(COOLDOWN) + 1 });
    await testClient().mine({ blocks: 1 });
    const r = await refusal(claim());
    expect(r.name).toBe("InsufficientClaimReserve");
    expect(r.message).toMatch(/claim reserve/);
    expect(
      (await refusal(walletOf(alice).writeContract({ address: dep.contracts.stakePool, abi: stakePoolAbi, functionName: "claim", args: [5n] }))).name,
    ).toBe("IndexOutOfBounds");
  });

  it("claiming swaps the last request into the claimed slot; claimAll pays only what is due", async () => {
    await deposit(alice, parseEther("10"));
    const amounts = [parseEther("1"), parseEther("2"), parseEther("3")];
    for (const a of amounts) await unstake(alice, a);
    await testClient().increaseTime({ seconds: Number(COOLDOWN) + 1 });
    await testClient().mine({ blocks: 1 });
    await unstake(alice, parseEther("0.5")); // d: still cooling
    await settleUnbonding(anvil.url, dep.contracts.stakePool);
    const [a, b, c, d] = await readClaims(pub, network(), alice.address);

    await receipt(await walletOf(alice).writeContract({ address: dep.contracts.stakePool, abi: stakePoolAbi, functionName: "claim", args: [0n] }));
    const reshuffled = await readClaims(pub, network(), alice.address);
    // d (last) took a's slot: [d, b, c]
    expect(reshuffled).toEqual([
      { ...d!, index: 0 },
      { ...b!, index: 1 },
      { ...c!, index: 2 },
    ]);
    expect(a!.createdAt).toBeLessThan(d!.createdAt);

    const p = await pool();
    const now = (await pub.getBlock()).timestamp + 1n;
    const plan = claimAllPlan(reshuffled, now, p);
    expect(plan).toMatchObject({ count: 2, total: b!.weiToReturn + c!.weiToReturn, covered: true });
    const r = await receipt(await walletOf(alice).writeContract({ address: dep.contracts.stakePool, abi: stakePoolAbi, functionName: "claimAll" }));
    expect(events(r).filter((e) => e.eventName === "Claim")).toHaveLength(2);
    const left = await readClaims(pub, network(), alice.address);
    expect(left).toHaveLength(1);
    expect(left[0]!.createdAt).toBe(reshuffled[0]!.createdAt);
  });

  it("operator rewards grow the rate and mint the reward fee as previewed", async () => {
    await deposit(bob, parseEther("20"));
    const before = await pool();
    const rewards = parseEther("0.4321");
    const vault = await stk(dep.feeVault);
    await addRewards(anvil.url, dep.contracts.stakePool, rewards);
    const after = await pool();
    const fee = rewardFeeTokens(before, rewards);
    expect(after.totalWei).toBe(before.totalWei + rewards);
    expect(after.poolTokenSupply).toBe(before.poolTokenSupply + fee);
    expect(await stk(dep.feeVault)).toBe(vault + fee);
    // bob's stkBNB is now worth more BNB than he put in
    expect(previewUnstake(after, await stk(bob.address)).weiToReturn).toBeGreaterThan(parseEther("20"));
  });
});

describe("is the pool run? (read from its state and its operator's events)", () => {
  const DAY = 86_400n;
  const advance = async (seconds: bigint) => {
    await testClient().increaseTime({ seconds: Number(seconds) });
    await testClient().mine({ blocks: 1 });
  };
  const operation = async (logsRange = 100_000n) => {
    const net = { ...network(), logsRange };
    return poolOperation(await readPool(net), await readPoolActivity(net).catch((e: Error) => e));
  };

  it("a pool whose operator added rewards this week is run; a week without rewards is not", async () => {
    const seeded = (await pub.getBlock()).timestamp;
    expect(await operation()).toEqual({ kind: "live", lastRewardsAt: expect.any(BigInt) });
    const live = await operation();
    expect(live.kind === "live" && live.lastRewardsAt).toBeLessThanOrEqual(seeded);
    await advance(RUN_WINDOW_SECONDS + 60n);
    const stale = await operation();
    expect(stale).toMatchObject({ kind: "not-run", why: "no-rewards", lastRewardsAt: null });
    // the window starts a week before the newest block, at the first block after that instant
    const now = (await pub.getBlock()).timestamp;
    expect(stale.kind === "not-run" && stale.since).toBeGreaterThanOrEqual(now - RUN_WINDOW_SECONDS);
    // the operator comes back: run again
    await addRewards(anvil.url, dep.contracts.stakePool, parseEther("0.01"));
    expect((await operation()).kind).toBe("live");
  });

  it("unstakes left unsettled all week make it not run, even with rewards; settling makes it run", async () => {
    await deposit(alice, parseEther("5"));
    await unstake(alice, parseEther("1"));
    // the unstake waits; the operator's last round (the seed) is older than the window, rewards are fresh
    await advance(RUN_WINDOW_SECONDS + 60n);
    await addRewards(anvil.url, dep.contracts.stakePool, parseEther("0.01"));
    expect(await operation()).toMatchObject({ kind: "not-run", why: "unsettled", lastSettlementAt: null });
    await settleUnbonding(anvil.url, dep.contracts.stakePool);
    expect((await operation()).kind).toBe("live");
  });

  it("paused wins over everything; a node that refuses the event scan leaves it unconfirmed", async () => {
    const admin = createWalletClient({ account: dep.operator, chain: localChain(anvil.url), transport: http(anvil.url) });
    await receipt(await admin.writeContract({ address: dep.contracts.stakePool, abi: stakePoolAbi, functionName: "pause" }));
    expect(await operation()).toEqual({ kind: "paused" });
    await receipt(await admin.writeContract({ address: dep.contracts.stakePool, abi: stakePoolAbi, functionName: "unpause" }));
    const refusing: typeof fetch = async (url, init) => {
      const body = JSON.parse(String(init?.body));
      if (body.method === "eth_getLogs")
        return Response.json({ jsonrpc: "2.0", id: body.id, error: { code: -32005, message: "exceed maximum block range: 5000" } });
      return fetch(url, init);
    };
    const net = network();
    const activity = await readPoolActivity(net, refusing).catch((e: Error) => e);
    expect(poolOperation(await readPool(net), activity)).toEqual({ kind: "unconfirmed", error: "exceed maximum block range: 5000" });
  });

  it("scans in slices no wider than the node allows, newest first, and finds the same answer", async () => {
    for (let i = 0; i < 6; i++) await testClient().mine({ blocks: 1 });
    const calls: { from: bigint; to: bigint }[] = [];
    const counting: typeof fetch = async (url, init) => {
      const body = JSON.parse(String(init?.body));
      if (body.method === "eth_getLogs") calls.push({ from: BigInt(body.params[0].fromBlock), to: BigInt(body.params[0].toBlock) });
      return fetch(url, init);
    };
    const net = { ...network(), logsRange: 3n };
    const sliced = await readPoolActivity(net, counting);
    expect(sliced).toEqual(await readPoolActivity(network()));
    expect(calls.every((c) => c.to - c.from < 3n)).toBe(true);
    expect(calls[0]!.to).toBe(await pub.getBlockNumber({ cacheTime: 0 }));
    expect(sliced.lastRewardsAt).not.toBeNull();
  });

  it("what the devnet's operator checks each round: a chain day since the last rewards, and that it still holds the bot role", async () => {
    expect(await operatorIsBot(anvil.url, dep.contracts.stakePool)).toBe(true);
    await advance(DAY);
    expect(await secondsSinceRewards(anvil.url, dep.contracts.stakePool)).toBeGreaterThanOrEqual(DAY);
    const admin = createWalletClient({ account: dep.operator, chain: localChain(anvil.url), transport: http(anvil.url) });
    await receipt(
      await admin.writeContract({ address: dep.contracts.stakePool, abi: stakePoolAbi, functionName: "revokeRole", args: [BOT_ROLE, dep.operator] }),
    );
    expect(await operatorIsBot(anvil.url, dep.contracts.stakePool)).toBe(false);
  });
});
