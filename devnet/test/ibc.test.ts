import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeCosmoshubPath } from "@cosmjs/amino";
import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, QueryClient, SigningStargateClient, StargateClient, type DeliverTxResponse } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { QueryClientImpl as ChannelQuery } from "cosmjs-types/ibc/core/channel/v1/query";
import { QueryClientImpl as TransferQuery } from "cosmjs-types/ibc/applications/transfer/v1/query";
import { createProtobufRpcClient, setupBankExtension } from "@cosmjs/stargate";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { DEMO_ADDRESSES, DEMO_MNEMONIC, OSMOSIS_LINK, STK_ON_OSMOSIS, escrowAddressOf, ibcDenom } from "../src/genesis.js";
import { GENESIS_TIME, rpcCall, startTestDevnet, type TestDevnet } from "./helpers.js";
import { EndpointPool, FailoverRpcClient } from "../../lib/chain/endpoints";
import { NETWORKS } from "../../lib/chain/networks";
import { readLinkedStk, voucherDenom } from "../../lib/recovery/linked";
import { TRANSFER_TIMEOUT_MS, packetState, sentPacket, transferHomePlan } from "../../lib/recovery/transfer";

// IBC transfers between core-1 (the mainnet profile, in this process, relaying) and Osmosis (the counterparty
// profile, in a child process: one devnet process speaks one bech32 prefix): stkASSET vouchers brought home, the
// escrow paying them, a timeout and a failed receive refunding, and the packet queries a wallet app reads.

const ALICE = DEMO_ADDRESSES[0]!;
const ALICE_OSMO = toBech32("osmo", fromBech32(ALICE).data);
const STK_ATOM_ON_OSMOSIS = ibcDenom(`transfer/${OSMOSIS_LINK.counterpartyChannel}/stk/uatom`);
const ESCROW = escrowAddressOf(OSMOSIS_LINK.coreChannel);
const SUCCESS_ACK_HASH = createHash("sha256").update('{"result":"AQ=="}').digest("hex");

let core: TestDevnet;
let osmosis: { proc: ChildProcess; url: string };
let coreSnapshot: string;
let osmosisSnapshot: string;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function startCounterparty(): Promise<{ proc: ChildProcess; url: string }> {
  const port = await freePort();
  const home = mkdtempSync(join(tmpdir(), "devnet-osmosis-"));
  const proc = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "devnet/src/main.ts",
      "--profile",
      "counterparty",
      "--port",
      String(port),
      "--home",
      home,
      "--reset",
      "--fresh",
      "--genesis-time",
      GENESIS_TIME,
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  await new Promise<void>((resolve, reject) => {
    let out = "";
    proc.stdout!.on("data", (d) => {
      out += d;
      if (out.includes("devnet listening on")) resolve();
    });
    proc.on("exit", (code) => reject(new Error(`counterparty exited with ${code}: ${out}`)));
  });
  return { proc, url: `http://127.0.0.1:${port}` };
}

const osmosisRpc = (method: string, params: object = {}) => rpcCall(osmosis.url, method, params);

async function osmosisClient() {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(DEMO_MNEMONIC, { prefix: "osmo", hdPaths: [makeCosmoshubPath(0)] });
  return SigningStargateClient.connectWithSigner(osmosis.url, wallet, { gasPrice: GasPrice.fromString("0.0025uosmo"), broadcastPollIntervalMs: 50 });
}

async function coreClient() {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(DEMO_MNEMONIC, { prefix: "persistence", hdPaths: [makeCosmoshubPath(0)] });
  return SigningStargateClient.connectWithSigner(core.url, wallet, { gasPrice: GasPrice.fromString("0.025uxprt"), broadcastPollIntervalMs: 50 });
}

async function balance(url: string, address: string, denom: string): Promise<bigint> {
  const client = await StargateClient.connect(url);
  return BigInt((await client.getBalance(address, denom)).amount);
}

async function channelQuery(url: string) {
  const comet = await Comet38Client.connect(url);
  return new ChannelQuery(createProtobufRpcClient(new QueryClient(comet)));
}

async function denomTrace(url: string, denom: string) {
  const comet = await Comet38Client.connect(url);
  const { denom: d } = await new TransferQuery(createProtobufRpcClient(new QueryClient(comet))).Denom({ hash: denom });
  return { base: d!.base, path: d!.trace.map((h) => `${h.portId}/${h.channelId}`).join("/") };
}

/** core-1's chain time in ns, plus `seconds`: the timeout a wallet app sets. */
async function coreTimeoutNs(seconds: number): Promise<bigint> {
  const status = (await core.rpc("status")).result;
  return BigInt(Date.parse(status.sync_info.latest_block_time)) * 1_000_000n + BigInt(seconds) * 1_000_000_000n;
}

async function transferHome(amount: string, opts: { receiver?: string; timeoutSeconds?: number } = {}): Promise<DeliverTxResponse> {
  const client = await osmosisClient();
  const msg = {
    typeUrl: "/ibc.applications.transfer.v1.MsgTransfer",
    value: {
      sourcePort: "transfer",
      sourceChannel: OSMOSIS_LINK.counterpartyChannel,
      token: { denom: STK_ATOM_ON_OSMOSIS, amount },
      sender: ALICE_OSMO,
      receiver: opts.receiver ?? ALICE,
      timeoutHeight: { revisionNumber: 0n, revisionHeight: 0n },
      timeoutTimestamp: await coreTimeoutNs(opts.timeoutSeconds ?? 600),
      memo: "",
    },
  };
  return client.signAndBroadcast(ALICE_OSMO, [msg], "auto");
}

const sequenceOf = (tx: DeliverTxResponse) =>
  BigInt(tx.events.find((e) => e.type === "send_packet")!.attributes.find((a) => a.key === "packet_sequence")!.value);

async function relayed(): Promise<void> {
  await core.server.relayer!.tick();
}

beforeAll(async () => {
  osmosis = await startCounterparty();
  core = await startTestDevnet({ profile: "mainnet", chainId: "core-1", relayTo: osmosis.url, relayEveryMs: 3_600_000 });
  coreSnapshot = (await core.rpc("devnet_snapshot")).result.id;
  osmosisSnapshot = (await osmosisRpc("devnet_snapshot")).result.id;
}, 60_000);

afterAll(async () => {
  await core?.stop();
  osmosis?.proc.kill("SIGTERM");
});

beforeEach(async () => {
  await core.rpc("devnet_revert", { id: coreSnapshot });
  await osmosisRpc("devnet_revert", { id: osmosisSnapshot });
  coreSnapshot = (await core.rpc("devnet_snapshot")).result.id;
  osmosisSnapshot = (await osmosisRpc("devnet_snapshot")).result.id;
  core.server.relayer!.paused = false;
});

describe("the counterparty: Osmosis holding stkASSETs that left core-1 before v12", () => {
  it("speaks osmo addresses under its own chain id, with the vouchers core-1's escrow backs", async () => {
    const client = await StargateClient.connect(osmosis.url);
    expect(await client.getChainId()).toBe("osmosis-1");
    const amount = STK_ON_OSMOSIS.find((c) => c.base === "stk/uatom")!.amount;
    expect(await balance(osmosis.url, ALICE_OSMO, STK_ATOM_ON_OSMOSIS)).toBe(BigInt(amount));
    expect(await balance(core.url, ESCROW, "stk/uatom")).toBe(BigInt(amount));
    // the voucher's trace, as any IBC-aware client reads it
    expect(await denomTrace(osmosis.url, STK_ATOM_ON_OSMOSIS)).toEqual({ base: "stk/uatom", path: "transfer/channel-4" });
  });
});

describe("a transfer home (Osmosis -> core-1), carried by the relayer", () => {
  it("burns the voucher on Osmosis, pays from core-1's escrow, and the packet queries tell each stage", async () => {
    const before = await balance(core.url, ALICE, "stk/uatom");
    const tx = await transferHome("10000000");
    expect(tx.code).toBe(0);
    const sequence = sequenceOf(tx);
    expect(sequence).toBe(1n);
    // in flight: committed on Osmosis, not yet received on core-1
    const osmosisChannel = await channelQuery(osmosis.url);
    const coreChannel = await channelQuery(core.url);
    const commitment = await osmosisChannel.PacketCommitment({ portId: "transfer", channelId: OSMOSIS_LINK.counterpartyChannel, sequence });
    expect(commitment.commitment).toHaveLength(32);
    expect((await coreChannel.PacketReceipt({ portId: "transfer", channelId: OSMOSIS_LINK.coreChannel, sequence })).received).toBe(false);
    expect(await balance(osmosis.url, ALICE_OSMO, STK_ATOM_ON_OSMOSIS)).toBe(30_000_000n);

    await relayed();
    expect(await balance(core.url, ALICE, "stk/uatom")).toBe(before + 10_000_000n);
    expect(await balance(core.url, ESCROW, "stk/uatom")).toBe(30_000_000n);
    expect((await coreChannel.PacketReceipt({ portId: "transfer", channelId: OSMOSIS_LINK.coreChannel, sequence })).received).toBe(true);
    const ack = await coreChannel.PacketAcknowledgement({ portId: "transfer", channelId: OSMOSIS_LINK.coreChannel, sequence });
    expect(Buffer.from(ack.acknowledgement).toString("hex")).toBe(SUCCESS_ACK_HASH);
    await expect(osmosisChannel.PacketCommitment({ portId: "transfer", channelId: OSMOSIS_LINK.counterpartyChannel, sequence })).rejects.toThrow(
      /packet commitment hash not found/,
    );
    // the voucher was burnt, not parked: Osmosis's supply of it fell
    const bank = QueryClient.withExtensions(await Comet38Client.connect(osmosis.url), setupBankExtension);
    expect((await bank.bank.supplyOf(STK_ATOM_ON_OSMOSIS)).amount).toBe("30000000");
  });

  it("a transfer that times out before it is relayed is refunded on Osmosis; core-1 pays nothing", async () => {
    core.server.relayer!.paused = true;
    const tx = await transferHome("5000000", { timeoutSeconds: 60 });
    expect(tx.code).toBe(0);
    expect(await balance(osmosis.url, ALICE_OSMO, STK_ATOM_ON_OSMOSIS)).toBe(35_000_000n);
    await core.rpc("devnet_advanceTime", { seconds: "120" });
    core.server.relayer!.paused = false;
    await relayed();
    expect(core.server.relayer!.counts.timedOut).toBeGreaterThanOrEqual(1);
    expect(await balance(osmosis.url, ALICE_OSMO, STK_ATOM_ON_OSMOSIS)).toBe(40_000_000n);
    expect(await balance(core.url, ESCROW, "stk/uatom")).toBe(40_000_000n);
    const coreChannel = await channelQuery(core.url);
    expect((await coreChannel.PacketReceipt({ portId: "transfer", channelId: OSMOSIS_LINK.coreChannel, sequence: sequenceOf(tx) })).received).toBe(false);
  });

  it("a receive that fails on core-1 (a bad receiver) writes an error acknowledgement, which refunds on Osmosis", async () => {
    const tx = await transferHome("1000000", { receiver: "persistence1notanaddress" });
    expect(tx.code).toBe(0);
    await relayed();
    expect(await balance(osmosis.url, ALICE_OSMO, STK_ATOM_ON_OSMOSIS)).toBe(40_000_000n);
    const ack = await (
      await channelQuery(core.url)
    ).PacketAcknowledgement({ portId: "transfer", channelId: OSMOSIS_LINK.coreChannel, sequence: sequenceOf(tx) });
    expect(Buffer.from(ack.acknowledgement).toString("hex")).not.toBe(SUCCESS_ACK_HASH);
  });

  it("refuses what ibc-go refuses: an unknown channel, no timeout at all, more than the balance", async () => {
    const client = await osmosisClient();
    const base = {
      sourcePort: "transfer",
      sourceChannel: OSMOSIS_LINK.counterpartyChannel,
      token: { denom: STK_ATOM_ON_OSMOSIS, amount: "1" },
      sender: ALICE_OSMO,
      receiver: ALICE,
      timeoutHeight: { revisionNumber: 0n, revisionHeight: 0n },
      timeoutTimestamp: await coreTimeoutNs(600),
      memo: "",
    };
    const send = (value: object) =>
      client.signAndBroadcast(ALICE_OSMO, [{ typeUrl: "/ibc.applications.transfer.v1.MsgTransfer", value: { ...base, ...value } }], {
        amount: [{ denom: "uosmo", amount: "1000" }],
        gas: "400000",
      });
    // a fixed fee, so nothing is simulated first: the chain's own refusals, in the block
    const refused = async (value: object) => {
      const r = await send(value);
      expect(r.code).not.toBe(0);
      return r.rawLog;
    };
    expect(await refused({ sourceChannel: "channel-99" })).toMatch(/port ID \(transfer\) channel ID \(channel-99\): channel not found/);
    expect(await refused({ timeoutTimestamp: 0n })).toMatch(/cannot both be 0: invalid packet timeout/);
    expect(await refused({ token: { denom: STK_ATOM_ON_OSMOSIS, amount: "40000001" } })).toMatch(/insufficient funds/);
    expect(await balance(osmosis.url, ALICE_OSMO, STK_ATOM_ON_OSMOSIS)).toBe(40_000_000n);
  });
});

describe("a transfer out (core-1 -> Osmosis)", () => {
  it("escrows on core-1 and mints a voucher on Osmosis with the trace a wallet resolves", async () => {
    const client = await coreClient();
    const tx = await client.signAndBroadcast(
      ALICE,
      [
        {
          typeUrl: "/ibc.applications.transfer.v1.MsgTransfer",
          value: {
            sourcePort: "transfer",
            sourceChannel: OSMOSIS_LINK.coreChannel,
            token: { denom: "uxprt", amount: "2000000" },
            sender: ALICE,
            receiver: ALICE_OSMO,
            timeoutHeight: { revisionNumber: 0n, revisionHeight: 0n },
            timeoutTimestamp: await coreTimeoutNs(600),
            memo: "",
          },
        },
      ],
      "auto",
    );
    expect(tx.code).toBe(0);
    expect(await balance(core.url, ESCROW, "uxprt")).toBe(2_000_000n);
    await relayed();
    const voucher = ibcDenom(`transfer/${OSMOSIS_LINK.counterpartyChannel}/uxprt`);
    expect(await balance(osmosis.url, ALICE_OSMO, voucher)).toBe(2_000_000n);
    expect(await denomTrace(osmosis.url, voucher)).toEqual({ base: "uxprt", path: "transfer/channel-4" });
  });
});

describe("the app's reads (lib/recovery) against the two chains", () => {
  const osmosisLink = () => ({ ...NETWORKS["core-1"].linked.find((l) => l.chainId === "osmosis-1")!, rpc: [osmosis.url] });
  const client = (url: string) => new FailoverRpcClient(new EndpointPool([url]), { timeoutMs: 4_000 });

  it("the registry's Osmosis link is the devnet's: same channels, and the voucher denoms the app computes are the chain's", async () => {
    const link = osmosisLink();
    expect([link.channel, link.homeChannel]).toEqual([OSMOSIS_LINK.counterpartyChannel, OSMOSIS_LINK.coreChannel]);
    expect(voucherDenom(link, "stk/uatom")).toBe(STK_ATOM_ON_OSMOSIS);
    const found = await readLinkedStk(NETWORKS["core-1"], link, client(osmosis.url), ALICE_OSMO);
    expect(found.map((f) => [f.asset.symbol, f.amount])).toEqual([
      ["stkATOM", 40_000_000n],
      ["stkOSMO", 15_000_000n],
    ]);
  });

  it("follows a transfer home: in flight, then arrived; a timed-out one: refunded", async () => {
    const link = osmosisLink();
    const linkedRpc = client(osmosis.url);
    const homeRpc = client(core.url);
    core.server.relayer!.paused = true;
    const status = (await core.rpc("status")).result;
    const plan = transferHomePlan(link, {
      chainId: "osmosis-1",
      sender: ALICE_OSMO,
      receiver: ALICE,
      voucher: STK_ATOM_ON_OSMOSIS,
      amount: 3_000_000n,
      homeTime: Date.parse(status.sync_info.latest_block_time),
    });
    const tx = await (await osmosisClient()).signAndBroadcast(ALICE_OSMO, plan.messages, "auto");
    const sent = sentPacket(tx)!;
    expect(sent.sequence).toBe(1n);
    expect(sent.timeoutNs).toBe(BigInt(Date.parse(status.sync_info.latest_block_time) + TRANSFER_TIMEOUT_MS) * 1_000_000n);
    expect(await packetState(link, linkedRpc, homeRpc, sent.sequence)).toBe("in-flight");
    core.server.relayer!.paused = false;
    await relayed();
    expect(await packetState(link, linkedRpc, homeRpc, sent.sequence)).toBe("arrived");

    core.server.relayer!.paused = true;
    const late = await (await osmosisClient()).signAndBroadcast(ALICE_OSMO, plan.messages, "auto");
    await core.rpc("devnet_advanceTime", { seconds: String(TRANSFER_TIMEOUT_MS / 1000 + 60) });
    core.server.relayer!.paused = false;
    await relayed();
    expect(await packetState(link, linkedRpc, homeRpc, sentPacket(late)!.sequence)).toBe("refunded");
    expect(await balance(osmosis.url, ALICE_OSMO, STK_ATOM_ON_OSMOSIS)).toBe(37_000_000n);
  });
});
