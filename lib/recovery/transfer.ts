import { sha256 } from "@cosmjs/crypto";
import { toHex } from "@cosmjs/encoding";
import { QueryError, abciQuery } from "@/lib/chain/abci";
import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import type { LinkedChain } from "@/lib/chain/networks";
import type { TxPlan, TxSuccess } from "@/lib/tx/lifecycle";
import { QueryPacketAcknowledgementResponse, QueryPacketCommitmentResponse, QueryPacketReceiptResponse, QueryPacketRequest } from "./codecs";

// Bringing a stkASSET voucher home: an ICS-20 MsgTransfer signed on the linked chain, back through the channel it
// came by (the voucher is burnt there and the network's escrow pays the stkASSET out). Its packet is then followed
// with ibc-go's own queries: committed on the linked chain (in flight), received home with a success
// acknowledgement (arrived), or gone without one (refunded on the linked chain: timed out, or refused home).

/** How long a transfer may wait for a relayer before it can only be refunded: 10 minutes of the home chain's time. */
export const TRANSFER_TIMEOUT_MS = 10 * 60_000;

export interface TransferHome {
  chainId: string;
  sender: string;
  receiver: string;
  voucher: string;
  amount: bigint;
  /** the home chain's latest block time, ms: the timeout counts from it (the receiving chain judges it) */
  homeTime: number;
}

export function transferHomePlan(chain: LinkedChain, t: TransferHome): TxPlan {
  return {
    messages: [
      {
        typeUrl: "/ibc.applications.transfer.v1.MsgTransfer",
        value: {
          sourcePort: "transfer",
          sourceChannel: chain.channel,
          token: { denom: t.voucher, amount: t.amount.toString() },
          sender: t.sender,
          receiver: t.receiver,
          timeoutHeight: { revisionNumber: 0n, revisionHeight: 0n },
          timeoutTimestamp: BigInt(t.homeTime + TRANSFER_TIMEOUT_MS) * 1_000_000n,
          memo: "",
        },
      },
    ],
  };
}

/** The packet a transfer sent, from its send_packet event: what the relayer carries and the queries follow. */
export function sentPacket(result: Pick<TxSuccess, "events">): { sequence: bigint; timeoutNs: bigint } | null {
  const event = result.events.find((e) => e.type === "send_packet");
  const attr = (key: string) => event?.attributes.find((a) => a.key === key)?.value;
  const sequence = attr("packet_sequence");
  return sequence ? { sequence: BigInt(sequence), timeoutNs: BigInt(attr("packet_timeout_timestamp") ?? "0") } : null;
}

export type PacketState = "in-flight" | "arrived" | "refunded";

/** ibc-go's success acknowledgement, {"result":"AQ=="}, as its commitment (SHA-256) is stored. */
const SUCCESS_ACK = toHex(sha256(new TextEncoder().encode('{"result":"AQ=="}')));

const notFound = (e: unknown) => e instanceof QueryError && /not found/i.test(e.message);

/**
 * Where a transfer home is: its commitment still on the linked chain (in flight: waiting for a relayer, or for
 * the relayer to bring back the answer), a success acknowledgement home (arrived), or neither (refunded).
 */
export async function packetState(chain: LinkedChain, linkedRpc: FailoverRpcClient, homeRpc: FailoverRpcClient, sequence: bigint): Promise<PacketState> {
  const there = { portId: "transfer", channelId: chain.channel, sequence };
  const here = { portId: "transfer", channelId: chain.homeChannel, sequence };
  try {
    await abciQuery(linkedRpc, "/ibc.core.channel.v1.Query/PacketCommitment", QueryPacketRequest, QueryPacketCommitmentResponse, there);
    return "in-flight";
  } catch (e) {
    if (!notFound(e)) throw e;
  }
  const receipt = await abciQuery(homeRpc, "/ibc.core.channel.v1.Query/PacketReceipt", QueryPacketRequest, QueryPacketReceiptResponse, here);
  if (!receipt.received) return "refunded";
  try {
    const ack = await abciQuery(homeRpc, "/ibc.core.channel.v1.Query/PacketAcknowledgement", QueryPacketRequest, QueryPacketAcknowledgementResponse, here);
    return toHex(ack.acknowledgement) === SUCCESS_ACK ? "arrived" : "refunded";
  } catch (e) {
    if (notFound(e)) return "in-flight";
    throw e;
  }
}
