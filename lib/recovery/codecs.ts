import { message } from "@/lib/chain/proto";

// ibc.core.channel.v1 queries: where a packet is in its life (see lib/chain/proto.ts for these lean messages).

export const QueryPacketRequest = message({ portId: [1, "string"], channelId: [2, "string"], sequence: [3, "uint64"] });
export const QueryPacketCommitmentResponse = message({ commitment: [1, "bytes"] });
export const QueryPacketReceiptResponse = message({ received: [2, "bool"] });
export const QueryPacketAcknowledgementResponse = message({ acknowledgement: [1, "bytes"] });
