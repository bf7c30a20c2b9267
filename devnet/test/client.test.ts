import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import { toBech32 } from "@cosmjs/encoding";
import { QueryClient, calculateFee, createProtobufRpcClient, setupStakingExtension } from "@cosmjs/stargate";
import { connectComet } from "@cosmjs/tendermint-rpc";
import { ServiceClientImpl } from "cosmjs-types/cosmos/base/tendermint/v1beta1/query";
import { ServiceClientImpl as TxServiceClientImpl } from "cosmjs-types/cosmos/tx/v1beta1/service";
import { DEMO_ADDRESSES, IBC_ASSETS, USDC } from "../src/genesis.js";
import { GAS_PRICE, type TestDevnet, aminoWallet, directWallet, queryClient, signingClient, startTestDevnet } from "./helpers.js";

// Unmodified cosmjs clients against the devnet: what the dApp's production code does on mainnet.

let devnet: TestDevnet;
beforeAll(async () => {
  devnet = await startTestDevnet();
});
afterAll(() => devnet.stop());

const [alice, bob, carol] = DEMO_ADDRESSES;

describe("cosmjs clients", () => {
  it("derives the documented demo accounts from the demo mnemonic", async () => {
    for (let i = 0; i < DEMO_ADDRESSES.length; i++) {
      const [account] = await (await directWallet(i)).getAccounts();
      expect(account.address).toBe(DEMO_ADDRESSES[i]);
    }
  });

  it("connects and reads chain id, height and balances", async () => {
    const client = await queryClient(devnet.url);
    expect(await client.getChainId()).toBe("devnet-1");
    expect(await client.getHeight()).toBeGreaterThanOrEqual(1);
    expect(await client.getBalance(alice, "uxprt")).toEqual({ denom: "uxprt", amount: "1000000000000" });
    const all = await client.getAllBalances(alice);
    expect(all.map((c) => c.denom)).toEqual([...IBC_ASSETS.map((a) => a.denom), USDC.denom, "uxprt"].sort());
    const dydx = all.find((c) => c.denom === IBC_ASSETS.find((a) => a.symbol === "DYDX")!.denom)!;
    expect(dydx.amount).toBe((100_000n * 10n ** 18n).toString());
    expect(await client.getAccount(toBech32("persistence", new Uint8Array(20)))).toBeNull();
    const account = await client.getAccount(alice);
    expect(account?.sequence).toBe(0);
    expect(account?.pubkey).toBeNull();
  });

  it("sends with fee 'auto' signed in SIGN_MODE_DIRECT and charges exactly amount + fee", async () => {
    const wallet = await directWallet(0);
    const client = await signingClient(devnet.url, wallet);
    const before = BigInt((await client.getBalance(alice, "uxprt")).amount);
    const bobBefore = BigInt((await client.getBalance(bob, "uxprt")).amount);
    const result = await client.sendTokens(alice, bob, [{ denom: "uxprt", amount: "1234567" }], "auto", "hello");
    expect(result.code).toBe(0);
    const tx = await client.getTx(result.transactionHash);
    const feeAmount = BigInt(tx!.events.find((e) => e.type === "tx" && e.attributes.some((a) => a.key === "fee"))!.attributes[0].value.replace("uxprt", ""));
    expect(BigInt((await client.getBalance(alice, "uxprt")).amount)).toBe(before - 1234567n - feeAmount);
    expect(BigInt((await client.getBalance(bob, "uxprt")).amount)).toBe(bobBefore + 1234567n);
    // Simulation predicted execution: the fee is ceil(1.4 x simulated gas x 0.025).
    expect(result.gasUsed).toBeLessThanOrEqual(result.gasWanted);
    const simulated = Number(result.gasWanted) / 1.4;
    expect(Math.abs(Number(result.gasUsed) - simulated) / simulated).toBeLessThan(0.005);
    expect(feeAmount).toBe(BigInt(calculateFee(Number(result.gasWanted), GAS_PRICE).amount[0].amount));
    // The pubkey is stored on first use, the sequence moves.
    const account = await client.getAccount(alice);
    expect(account?.pubkey).not.toBeNull();
    expect(account?.sequence).toBe(1);
  });

  it("sends signed in LEGACY_AMINO_JSON by an amino-only wallet", async () => {
    const wallet = await aminoWallet(1);
    const client = await signingClient(devnet.url, wallet);
    const before = BigInt((await client.getBalance(carol, "uxprt")).amount);
    const result = await client.sendTokens(bob, carol, [{ denom: "uxprt", amount: "5000" }], "auto", "amino <&> memo");
    expect(result.code).toBe(0);
    expect(BigInt((await client.getBalance(carol, "uxprt")).amount)).toBe(before + 5000n);
  });

  it("finds txs by hash, by sender and by height", async () => {
    const client = await signingClient(devnet.url, await directWallet(0));
    const result = await client.sendTokens(alice, carol, [{ denom: "uxprt", amount: "777" }], "auto");
    const byHash = await client.getTx(result.transactionHash);
    expect(byHash?.height).toBe(result.height);
    expect(byHash?.code).toBe(0);
    const bySender = await client.searchTx(`message.sender='${alice}'`);
    expect(bySender.map((t) => t.hash)).toContain(result.transactionHash);
    const byHeight = await client.searchTx(`tx.height=${result.height}`);
    expect(byHeight.map((t) => t.hash)).toEqual([result.transactionHash]);
    const byRecipient = await client.searchTx(`transfer.recipient='${carol}' AND tx.height=${result.height}`);
    expect(byRecipient).toHaveLength(1);
    const block = await client.getBlock(result.height);
    expect(block.header.height).toBe(result.height);
    expect(block.txs).toHaveLength(1);
  });

  it("runs a multi-message tx atomically and reports every message response", async () => {
    const client = await signingClient(devnet.url, await directWallet(0));
    const msgs = [
      { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: alice, toAddress: bob, amount: [{ denom: "uxprt", amount: "10" }] } },
      { typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: { fromAddress: alice, toAddress: carol, amount: [{ denom: "uxprt", amount: "20" }] } },
    ];
    const result = await client.signAndBroadcast(alice, msgs, "auto");
    expect(result.code).toBe(0);
    expect(result.msgResponses.map((r) => r.typeUrl)).toEqual(["/cosmos.bank.v1beta1.MsgSendResponse", "/cosmos.bank.v1beta1.MsgSendResponse"]);
    const msgIndexes = result.events.filter((e) => e.type === "transfer").map((e) => e.attributes.find((a) => a.key === "msg_index")?.value);
    expect(msgIndexes).toEqual([undefined, "0", "1"]); // fee transfer, then one per message
  });

  it("serves the CosmWasm client's connection and chain queries", async () => {
    const client = await CosmWasmClient.connect(devnet.url);
    expect(await client.getChainId()).toBe("devnet-1");
    expect(await client.getHeight()).toBeGreaterThan(1);
    expect((await client.getBalance(alice, "uxprt")).denom).toBe("uxprt");
  });
});

describe("more modules through cosmjs", () => {
  it("MsgMultiSend pays every output from one input", async () => {
    const client = await signingClient(devnet.url, await directWallet(0));
    const before = await Promise.all([bob, carol].map(async (a) => BigInt((await client.getBalance(a, "uxprt")).amount)));
    const msg = {
      typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend",
      value: {
        inputs: [{ address: alice, coins: [{ denom: "uxprt", amount: "300" }] }],
        outputs: [
          { address: bob, coins: [{ denom: "uxprt", amount: "100" }] },
          { address: carol, coins: [{ denom: "uxprt", amount: "200" }] },
        ],
      },
    };
    const result = await client.signAndBroadcast(alice, [msg], "auto");
    expect(result.code).toBe(0);
    const after = await Promise.all([bob, carol].map(async (a) => BigInt((await client.getBalance(a, "uxprt")).amount)));
    expect(after).toEqual([before[0] + 100n, before[1] + 200n]);
  });

  it("verifies an amino-signed staking Msg (the SDK's amino JSON for MsgDelegate)", async () => {
    const client = await signingClient(devnet.url, await aminoWallet(1));
    const comet = await connectComet(devnet.url);
    const q = QueryClient.withExtensions(comet, setupStakingExtension);
    const [validator] = (await q.staking.validators("BOND_STATUS_BONDED")).validators;
    const r = await client.delegateTokens(bob, validator.operatorAddress, { denom: "uxprt", amount: "1000000" }, "auto", "amino delegate");
    expect(r.code).toBe(0);
    expect((await q.staking.delegation(bob, validator.operatorAddress)).delegationResponse?.balance.amount).toBe("1000000");
  });

  it("serves the tendermint and tx gRPC services", async () => {
    const comet = await connectComet(devnet.url);
    const rpc = createProtobufRpcClient(new QueryClient(comet));
    const service = new ServiceClientImpl(rpc);
    const info = await service.GetNodeInfo({});
    expect(info.defaultNodeInfo?.network).toBe("devnet-1");
    const latest = await service.GetLatestBlock({});
    expect(Number(latest.block?.header?.height)).toBe(await (await queryClient(devnet.url)).getHeight());
    const txs = new TxServiceClientImpl(rpc);
    const found = await txs.GetTxsEvent({ query: `message.sender='${alice}'`, events: [], orderBy: 0, page: 1n, limit: 2n });
    expect(found.txResponses).toHaveLength(2);
    expect(Number(found.total)).toBeGreaterThanOrEqual(3);
    const one = await txs.GetTx({ hash: found.txResponses[0].txhash });
    expect(one.txResponse?.height).toBe(found.txResponses[0].height);
  });
});
