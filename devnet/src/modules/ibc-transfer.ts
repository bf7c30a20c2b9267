import { createHash } from "node:crypto";
import { MsgTransfer, MsgTransferResponse } from "cosmjs-types/ibc/applications/transfer/v1/tx";
import {
  QueryDenomHashRequest,
  QueryDenomHashResponse,
  QueryDenomRequest,
  QueryDenomResponse,
  QueryDenomsRequest,
  QueryDenomsResponse,
  QueryParamsRequest,
  QueryParamsResponse,
} from "cosmjs-types/ibc/applications/transfer/v1/query";
import {
  QueryPacketAcknowledgementRequest,
  QueryPacketAcknowledgementResponse,
  QueryPacketCommitmentRequest,
  QueryPacketCommitmentResponse,
  QueryPacketReceiptRequest,
  QueryPacketReceiptResponse,
} from "cosmjs-types/ibc/core/channel/v1/query";
import { ErrorKind, SdkErrors } from "../chain/errors.js";
import { grpc } from "../chain/grpc.js";
import { type Ctx, type Module, msg, query, response } from "../chain/module.js";
import { type Genesis, escrowAddressOf, ibcDenom } from "../genesis.js";
import type { BankModule } from "./bank.js";
import { checkAddress } from "../util/address.js";
import { parseCoins } from "../util/coins.js";
import { paginate } from "../util/pagination.js";

// ibc-go's transfer application (ICS-20 v1, the v10 API as on core-1 and Osmosis) on the devnet's channels: which
// path an ibc/ denom came by, MsgTransfer (escrow what this chain is the source of, burn vouchers going home), and
// the packet's life that a relayer drives (devnet/src/relayer.ts): received on the other chain (unescrow or mint a
// voucher, then an acknowledgement), acknowledged or timed out back here (a failure or a timeout refunds).
// There are no light clients or proofs: the relayer is trusted, and the packet queries answer without proofs.

interface Trace {
  base: string;
  /** "transfer/channel-24" (hops joined by '/') */
  path: string;
}

/** A channel end of this chain and where it leads (genesis `ibcChannels`). */
export interface IbcChannel {
  channel: string;
  counterpartyChannel: string;
  counterpartyChainId: string;
  connection: string;
}

/** ICS-20 FungibleTokenPacketData, as its JSON travels (keys sorted, as ibc-go marshals it). */
export interface TokenPacketData {
  amount: string;
  denom: string;
  memo?: string;
  receiver: string;
  sender: string;
}

export interface Packet {
  sequence: string;
  sourcePort: string;
  sourceChannel: string;
  destinationPort: string;
  destinationChannel: string;
  data: TokenPacketData;
  /** "revision-height"; "0-0" for none */
  timeoutHeight: string;
  /** nanoseconds since the Unix epoch; "0" for none */
  timeoutTimestamp: string;
}

export type Acknowledgement = { result: string } | { error: string };

/** ibc-go's successful ICS-20 acknowledgement: {"result":"AQ=="} (the byte 0x01). */
export const SUCCESS_ACK: Acknowledgement = { result: "AQ==" };

const transferError = (code: number, description: string) => new ErrorKind("transfer", code, description);
const channelError = (code: number, description: string) => new ErrorKind("channel", code, description);
export const IbcErrors = {
  invalidPacketTimeout: transferError(2, "invalid packet timeout"),
  invalidDenom: transferError(3, "invalid denomination for cross-chain transfer"),
  invalidAmount: transferError(5, "invalid token amount"),
  channelNotFound: channelError(3, "channel not found"),
};

const PORT = "transfer";
const key = (hash: string) => `ibc-transfer/denoms/${hash}`;
const channelKey = (channel: string) => `ibc/channels/${channel}`;
const seqKey = (channel: string) => `ibc/next_sequence_send/${channel}`;
const commitmentKey = (channel: string, seq: bigint | string) => `ibc/commitments/${channel}/${String(seq).padStart(20, "0")}`;
const receiptKey = (channel: string, seq: bigint | string) => `ibc/receipts/${channel}/${String(seq).padStart(20, "0")}`;
const ackKey = (channel: string, seq: bigint | string) => `ibc/acks/${channel}/${String(seq).padStart(20, "0")}`;

const sha256 = (data: Uint8Array | string) => new Uint8Array(createHash("sha256").update(data).digest());

/** The packet data's bytes: its JSON with sorted keys (ibc-go's GetBytes). */
export function packetDataBytes(data: TokenPacketData): Uint8Array {
  const sorted = Object.fromEntries(Object.entries(data).sort(([a], [b]) => (a < b ? -1 : 1)));
  return Buffer.from(JSON.stringify(sorted));
}

/** ibc-go's CommitPacket (v1): sha256(timeout timestamp || revision number || revision height || sha256(data)). */
function commitPacket(p: Packet): Uint8Array {
  const be = (n: bigint) => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64BE(n);
    return b;
  };
  const [rev, height] = p.timeoutHeight.split("-").map(BigInt);
  return sha256(Buffer.concat([be(BigInt(p.timeoutTimestamp)), be(rev!), be(height!), sha256(packetDataBytes(p.data))]));
}

const ackBytes = (ack: Acknowledgement) => Buffer.from(JSON.stringify(ack));

/** The denom a chain holds for a full trace: its ibc/ voucher when the trace has hops, the base denom itself if not. */
function localDenom(fullDenom: string): string {
  return fullDenom.startsWith(`${PORT}/`) ? ibcDenom(fullDenom) : fullDenom;
}

function hops(path: string) {
  const parts = path.split("/");
  const out = [];
  for (let i = 0; i + 1 < parts.length; i += 2) out.push({ portId: parts[i], channelId: parts[i + 1] });
  return out;
}

export class IbcTransferModule implements Module {
  readonly name = "ibc-transfer";

  constructor(private readonly bank: BankModule) {}

  initGenesis(ctx: Ctx, genesis: Genesis): void {
    for (const t of genesis.denomTraces) this.setTrace(ctx, `${t.path}/${t.base}`);
    for (const c of genesis.ibcChannels ?? []) ctx.store.set<IbcChannel>(channelKey(c.channel), c);
  }

  private setTrace(ctx: Ctx, fullPath: string): string {
    const denom = ibcDenom(fullPath);
    const slash = fullPath.split("/");
    // "transfer/channel-4/stk/uatom": the hops are port/channel pairs, the base is what follows the last one
    let i = 0;
    while (i + 1 < slash.length && slash[i] === PORT && /^channel-\d+$/.test(slash[i + 1]!)) i += 2;
    ctx.store.set<Trace>(key(denom.slice(4)), { path: slash.slice(0, i).join("/"), base: slash.slice(i).join("/") });
    return denom;
  }

  /** The full trace of a denom held here: "transfer/channel-4/stk/uatom" for its ibc/ voucher, the denom itself if native. */
  private fullDenom(ctx: Ctx, denom: string): string {
    if (!denom.startsWith("ibc/")) return denom;
    const t = ctx.store.get<Trace>(key(denom.slice(4).toUpperCase()));
    if (!t) throw IbcErrors.invalidDenom.with(`denomination trace not found: ${denom.slice(4)}`);
    return `${t.path}/${t.base}`;
  }

  private channel(ctx: Ctx, channel: string): IbcChannel {
    const c = ctx.store.get<IbcChannel>(channelKey(channel));
    if (!c) throw IbcErrors.channelNotFound.with(`port ID (${PORT}) channel ID (${channel})`);
    return c;
  }

  readonly msgs = [
    msg(
      "/ibc.applications.transfer.v1.MsgTransfer",
      MsgTransfer,
      (m) => [m.sender],
      (ctx, m) => {
        checkAddress(m.sender, "sender");
        if (!m.receiver.trim()) throw SdkErrors.invalidAddress.with("missing recipient address");
        if (m.sourcePort !== PORT) throw IbcErrors.channelNotFound.with(`port ID (${m.sourcePort}) channel ID (${m.sourceChannel})`);
        const channel = this.channel(ctx, m.sourceChannel);
        const [coin] = parseCoins([{ denom: m.token?.denom ?? "", amount: m.token?.amount ?? "" }]);
        if (!coin || coin.amount <= 0n) throw IbcErrors.invalidAmount.with(`amount must be strictly positive: got ${m.token?.amount ?? ""}`);
        const height = m.timeoutHeight ?? { revisionNumber: 0n, revisionHeight: 0n };
        if (height.revisionHeight === 0n && m.timeoutTimestamp === 0n) {
          throw IbcErrors.invalidPacketTimeout.with("packet timeout height and packet timeout timestamp cannot both be 0");
        }
        const full = this.fullDenom(ctx, coin.denom);
        // a voucher going back the way it came is burnt; anything this chain is the source of is escrowed
        if (full.startsWith(`${PORT}/${m.sourceChannel}/`)) {
          this.bank.sendToModule(ctx, m.sender, "transfer", [coin]);
          this.bank.burn(ctx, "transfer", [coin]);
        } else {
          this.bank.send(ctx, m.sender, escrowAddressOf(m.sourceChannel), [coin]);
        }
        const sequence = BigInt(ctx.store.get<string>(seqKey(m.sourceChannel)) ?? "1");
        ctx.store.set(seqKey(m.sourceChannel), String(sequence + 1n));
        const packet: Packet = {
          sequence: String(sequence),
          sourcePort: PORT,
          sourceChannel: m.sourceChannel,
          destinationPort: PORT,
          destinationChannel: channel.counterpartyChannel,
          data: { amount: String(coin.amount), denom: full, memo: m.memo, receiver: m.receiver, sender: m.sender },
          timeoutHeight: `${height.revisionNumber}-${height.revisionHeight}`,
          timeoutTimestamp: String(m.timeoutTimestamp),
        };
        ctx.store.set<Packet>(commitmentKey(m.sourceChannel, sequence), packet);
        ctx.events.emit("send_packet", [
          ["packet_data", Buffer.from(packetDataBytes(packet.data)).toString()],
          ["packet_data_hex", Buffer.from(packetDataBytes(packet.data)).toString("hex")],
          ["packet_timeout_height", packet.timeoutHeight],
          ["packet_timeout_timestamp", packet.timeoutTimestamp],
          ["packet_sequence", packet.sequence],
          ["packet_src_port", PORT],
          ["packet_src_channel", m.sourceChannel],
          ["packet_dst_port", PORT],
          ["packet_dst_channel", channel.counterpartyChannel],
          ["packet_channel_ordering", "ORDER_UNORDERED"],
          ["connection_id", channel.connection],
        ]);
        ctx.events.emit("ibc_transfer", { sender: m.sender, receiver: m.receiver, amount: String(coin.amount), denom: full, memo: m.memo });
        ctx.events.emit("message", { module: "transfer" });
        return response("/ibc.applications.transfer.v1.MsgTransferResponse", MsgTransferResponse, { sequence });
      },
    ),
  ];

  /** Packets sent from here and not yet acknowledged or timed out (what a relayer carries). */
  pendingPackets(ctx: Ctx): Packet[] {
    return ctx.store.list<Packet>("ibc/commitments/").map((e) => e.value);
  }

  /** Whether `packet` can no longer be received here: this chain's time or height is past its timeout. */
  isTimedOut(ctx: Ctx, packet: Packet): boolean {
    const ts = BigInt(packet.timeoutTimestamp);
    const timeoutHeight = BigInt(packet.timeoutHeight.split("-")[1] ?? "0");
    return (ts !== 0n && BigInt(ctx.time) * 1_000_000n >= ts) || (timeoutHeight !== 0n && BigInt(ctx.height) >= timeoutHeight);
  }

  /** The acknowledgement written when this chain received the packet (undefined: not received). */
  writtenAck(ctx: Ctx, channel: string, sequence: string): Acknowledgement | undefined {
    return ctx.store.get<Acknowledgement>(ackKey(channel, sequence));
  }

  /** OnRecvPacket on the destination: tokens home from escrow, or a voucher minted; the acknowledgement written. */
  receive(ctx: Ctx, packet: Packet): Acknowledgement {
    const dst = packet.destinationChannel;
    this.channel(ctx, dst);
    ctx.store.set(receiptKey(dst, packet.sequence), "1");
    const { data } = packet;
    let ack: Acknowledgement = SUCCESS_ACK;
    try {
      checkAddress(data.receiver, "receiver");
      const amount = BigInt(data.amount);
      const back = `${packet.sourcePort}/${packet.sourceChannel}/`;
      if (data.denom.startsWith(back)) {
        // it left this chain by this channel: its escrow pays it back
        const denom = localDenom(data.denom.slice(back.length));
        this.bank.send(ctx, escrowAddressOf(dst), data.receiver, [{ denom, amount }]);
      } else {
        const denom = this.setTrace(ctx, `${PORT}/${dst}/${data.denom}`);
        this.bank.mint(ctx, "transfer", [{ denom, amount }]);
        this.bank.sendFromModule(ctx, "transfer", data.receiver, [{ denom, amount }]);
      }
    } catch (e) {
      ack = { error: `ABCI code: 1: error handling packet: see events for details (${(e as Error).message})` };
    }
    ctx.store.set<Acknowledgement>(ackKey(dst, packet.sequence), ack);
    ctx.events.emit("recv_packet", [
      ["packet_sequence", packet.sequence],
      ["packet_src_channel", packet.sourceChannel],
      ["packet_dst_channel", dst],
    ]);
    ctx.events.emit("fungible_token_packet", {
      module: "transfer",
      sender: data.sender,
      receiver: data.receiver,
      denom: data.denom,
      amount: data.amount,
      memo: data.memo ?? "",
      success: String("result" in ack),
    });
    ctx.events.emit("write_acknowledgement", [
      ["packet_sequence", packet.sequence],
      ["packet_dst_channel", dst],
      ["packet_ack", ackBytes(ack).toString()],
    ]);
    return ack;
  }

  /** OnAcknowledgementPacket on the source: the commitment is cleared; an error acknowledgement refunds. */
  acknowledge(ctx: Ctx, channel: string, sequence: string, ack: Acknowledgement): void {
    const packet = this.takeCommitment(ctx, channel, sequence);
    if ("error" in ack) this.refund(ctx, packet);
    ctx.events.emit("acknowledge_packet", [
      ["packet_sequence", sequence],
      ["packet_src_channel", channel],
    ]);
    ctx.events.emit("fungible_token_packet", "error" in ack ? { module: "transfer", error: ack.error } : { module: "transfer", success: "\u0001" });
  }

  /** OnTimeoutPacket on the source: the packet can never be received; what left is refunded to the sender. */
  timeout(ctx: Ctx, channel: string, sequence: string): void {
    const packet = this.takeCommitment(ctx, channel, sequence);
    this.refund(ctx, packet);
    ctx.events.emit("timeout_packet", [
      ["packet_sequence", sequence],
      ["packet_src_channel", channel],
      ["packet_timeout_timestamp", packet.timeoutTimestamp],
    ]);
    ctx.events.emit("timeout", { module: "transfer", refund_receiver: packet.data.sender, refund_denom: packet.data.denom, refund_amount: packet.data.amount });
  }

  private takeCommitment(ctx: Ctx, channel: string, sequence: string): Packet {
    const packet = ctx.store.get<Packet>(commitmentKey(channel, sequence));
    if (!packet) throw new RangeError(`packet commitment not found: ${channel} sequence ${sequence}`);
    ctx.store.delete(commitmentKey(channel, sequence));
    return packet;
  }

  private refund(ctx: Ctx, packet: Packet): void {
    const { data } = packet;
    const amount = BigInt(data.amount);
    const denom = localDenom(data.denom);
    if (data.denom.startsWith(`${PORT}/${packet.sourceChannel}/`)) {
      // a voucher was burnt on the way out: mint it again
      this.bank.mint(ctx, "transfer", [{ denom, amount }]);
      this.bank.sendFromModule(ctx, "transfer", data.sender, [{ denom, amount }]);
    } else {
      this.bank.send(ctx, escrowAddressOf(packet.sourceChannel), data.sender, [{ denom, amount }]);
    }
  }

  readonly queries = [
    query("/ibc.applications.transfer.v1.Query/Denom", QueryDenomRequest, QueryDenomResponse, (ctx, req) => {
      const hash = req.hash.replace(/^ibc\//, "").toUpperCase();
      if (!/^[0-9A-F]{64}$/.test(hash)) throw grpc.invalidArgument(`invalid denom trace hash: ${req.hash}`);
      const t = ctx.store.get<Trace>(key(hash));
      if (!t) throw grpc.notFound(`denomination with hash ${hash} not found`);
      return { denom: { base: t.base, trace: hops(t.path) } };
    }),
    query("/ibc.applications.transfer.v1.Query/Denoms", QueryDenomsRequest, QueryDenomsResponse, (ctx, req) => {
      const items = ctx.store.list<Trace>("ibc-transfer/denoms/").map(({ key, value }) => ({ key, value: { base: value.base, trace: hops(value.path) } }));
      const { page, pagination } = paginate(items, req.pagination);
      return { denoms: page, pagination };
    }),
    query("/ibc.applications.transfer.v1.Query/DenomHash", QueryDenomHashRequest, QueryDenomHashResponse, (ctx, req) => {
      const hash = ibcDenom(req.trace).slice(4);
      if (!ctx.store.has(key(hash))) throw grpc.notFound(`denomination trace ${req.trace} not found`);
      return { hash };
    }),
    query("/ibc.applications.transfer.v1.Query/Params", QueryParamsRequest, QueryParamsResponse, () => ({
      params: { sendEnabled: true, receiveEnabled: true },
    })),
    query("/ibc.core.channel.v1.Query/PacketCommitment", QueryPacketCommitmentRequest, QueryPacketCommitmentResponse, (ctx, req) => {
      const packet = ctx.store.get<Packet>(commitmentKey(req.channelId, req.sequence));
      if (!packet || req.portId !== PORT) throw grpc.notFound("packet commitment hash not found");
      return { commitment: commitPacket(packet), proof: new Uint8Array(), proofHeight: { revisionNumber: 0n, revisionHeight: BigInt(ctx.height) } };
    }),
    query("/ibc.core.channel.v1.Query/PacketReceipt", QueryPacketReceiptRequest, QueryPacketReceiptResponse, (ctx, req) => ({
      received: req.portId === PORT && ctx.store.has(receiptKey(req.channelId, req.sequence)),
      proof: new Uint8Array(),
      proofHeight: { revisionNumber: 0n, revisionHeight: BigInt(ctx.height) },
    })),
    query("/ibc.core.channel.v1.Query/PacketAcknowledgement", QueryPacketAcknowledgementRequest, QueryPacketAcknowledgementResponse, (ctx, req) => {
      const ack = ctx.store.get<Acknowledgement>(ackKey(req.channelId, req.sequence));
      if (!ack || req.portId !== PORT) throw grpc.notFound("packet acknowledgement hash not found");
      return { acknowledgement: sha256(ackBytes(ack)), proof: new Uint8Array(), proofHeight: { revisionNumber: 0n, revisionHeight: BigInt(ctx.height) } };
    }),
  ];
}
