import type { DevnetNode } from "./node.js";
import type { Acknowledgement, Packet } from "./modules/ibc-transfer.js";

// A simulated IBC relayer between this devnet and another one (its counterparty), both ways: every interval it takes
// the packets each chain committed, delivers them to the other (devnet_ibcReceive), and brings back the
// acknowledgement (devnet_ibcAcknowledge) or, for a packet the other chain's latest block says is too late, the
// timeout (devnet_ibcTimeout) that refunds the sender. No proofs or light clients: the devnets trust it. It can be
// paused (devnet_relayer {"paused": true}) to leave packets in flight, as a real relayer that stopped would.

/** One chain as the relayer sees it: in this process, or another devnet over JSON-RPC. */
interface RelayEnd {
  pending(): Promise<Packet[]>;
  receive(packet: Packet): Promise<{ ack: Acknowledgement } | { timeout: true }>;
  acknowledge(channel: string, sequence: string, ack: Acknowledgement): Promise<void>;
  timeout(channel: string, sequence: string): Promise<void>;
}

function localEnd(node: DevnetNode): RelayEnd {
  return {
    pending: async () => node.ibcPending(),
    receive: async (packet) => node.ibcReceive(packet),
    acknowledge: async (channel, sequence, ack) => void node.ibcAcknowledge(channel, sequence, ack),
    timeout: async (channel, sequence) => void node.ibcTimeout(channel, sequence),
  };
}

function remoteEnd(url: string): RelayEnd {
  let id = 0;
  const call = async <T>(method: string, params: object): Promise<T> => {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: ++id, method, params }),
      signal: AbortSignal.timeout(5_000),
    });
    const body = (await res.json()) as { result?: T; error?: { message: string; data?: string } };
    if (body.error) throw new Error(`${method}: ${body.error.message} ${body.error.data ?? ""}`.trim());
    return body.result as T;
  };
  return {
    pending: async () => (await call<{ packets: Packet[] }>("devnet_ibcPending", {})).packets,
    receive: (packet) => call("devnet_ibcReceive", { packet }),
    acknowledge: async (channel, sequence, ack) => void (await call("devnet_ibcAcknowledge", { channel, sequence, ack })),
    timeout: async (channel, sequence) => void (await call("devnet_ibcTimeout", { channel, sequence })),
  };
}

export class Relayer {
  paused = false;
  /** packets delivered (acknowledged) and timed out so far */
  readonly counts = { acknowledged: 0, timedOut: 0 };
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private readonly here: RelayEnd;
  private readonly there: RelayEnd;

  constructor(
    node: DevnetNode,
    readonly counterpartyUrl: string,
    private readonly log: (line: string) => void = () => {},
  ) {
    this.here = localEnd(node);
    this.there = remoteEnd(counterpartyUrl);
  }

  start(intervalMs = 500): void {
    this.timer = setInterval(() => void this.tick(), intervalMs);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** One round both ways; a counterparty that cannot be reached is retried next round. */
  async tick(): Promise<void> {
    if (this.paused || this.busy) return;
    this.busy = true;
    try {
      await this.relay(this.here, this.there);
      await this.relay(this.there, this.here);
    } catch (e) {
      this.log(`relayer: ${(e as Error).message}`);
    } finally {
      this.busy = false;
    }
  }

  private async relay(from: RelayEnd, to: RelayEnd): Promise<void> {
    for (const packet of await from.pending()) {
      if (this.paused) return;
      const result = await to.receive(packet);
      if ("timeout" in result) {
        await from.timeout(packet.sourceChannel, packet.sequence);
        this.counts.timedOut++;
      } else {
        await from.acknowledge(packet.sourceChannel, packet.sequence, result.ack);
        this.counts.acknowledged++;
      }
    }
  }
}
