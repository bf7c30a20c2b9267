import { type WebSocket, WebSocketServer } from "ws";

// A WalletConnect v2 relay for the tests (the public one is not reachable from here): JSON-RPC over a websocket,
// a mailbox per topic so a message published before its reader subscribes still arrives, the irn_* methods and the
// wc_proposeSession / wc_approveSession publishes sign-client 2.25 uses (the relay subscribes the proposer to the
// pairing topic and the approver to the session topic). A client is known by its auth JWT's issuer, so a
// reconnected client is not sent its own messages. Messages are opaque here: the two clients encrypt end to end.

interface Mail {
  topic: string;
  message: string;
  publishedAt: number;
  tag: number;
  from: string;
}

interface Client extends WebSocket {
  id?: string;
  topics?: Map<string, string>;
}

export function startWalletConnectRelay(port: number): { close(): Promise<void> } {
  const wss = new WebSocketServer({ port, host: "127.0.0.1" });
  const mail = new Map<string, Mail[]>();
  let n = 0;

  const deliver = (ws: Client, m: Mail) => {
    const id = ws.topics?.get(m.topic);
    if (!id || m.from === ws.id) return;
    const data = { topic: m.topic, message: m.message, publishedAt: m.publishedAt, tag: m.tag };
    ws.send(JSON.stringify({ id: Date.now() * 1000 + (n++ % 1000), jsonrpc: "2.0", method: "irn_subscription", params: { id, data } }));
  };
  const publish = (from: Client, topic: string, message: string, tag: number) => {
    const m = { topic, message, publishedAt: Date.now(), tag, from: from.id! };
    mail.set(topic, [...(mail.get(topic) ?? []), m]);
    for (const ws of wss.clients as Set<Client>) deliver(ws, m);
  };
  const subscribe = (ws: Client, topic: string) => {
    const id = ws.topics!.get(topic) ?? `${topic.slice(0, 16)}-${++n}`;
    ws.topics!.set(topic, id);
    for (const m of mail.get(topic) ?? []) deliver(ws, m);
    return id;
  };

  wss.on("connection", (ws: Client, req) => {
    const auth = new URL(req.url ?? "/", "http://relay").searchParams.get("auth") ?? "";
    try {
      ws.id = JSON.parse(Buffer.from(auth.split(".")[1] ?? "", "base64url").toString()).iss;
    } catch {
      ws.id = `anonymous-${++n}`;
    }
    ws.topics = new Map();
    ws.on("message", (raw) => {
      const req = JSON.parse(String(raw)) as { id: number; method?: string; params?: Record<string, any> };
      if (!req.method) return; // a client's answer to an irn_subscription
      const p = req.params ?? {};
      let result: unknown = true;
      switch (req.method) {
        case "irn_subscribe":
          result = subscribe(ws, p.topic);
          break;
        case "irn_batchSubscribe":
          result = (p.topics as string[]).map((t) => subscribe(ws, t));
          break;
        case "irn_unsubscribe":
          ws.topics!.delete(p.topic);
          break;
        case "irn_batchUnsubscribe":
          for (const s of (p.subscriptions as { topic: string }[]) ?? []) ws.topics!.delete(s.topic);
          break;
        case "irn_publish":
          publish(ws, p.topic, p.message, p.tag);
          break;
        case "irn_batchFetchMessages":
          result = { messages: [], hasMore: false };
          break;
        case "wc_proposeSession":
          subscribe(ws, p.pairingTopic);
          publish(ws, p.pairingTopic, p.sessionProposal, p.tag ?? 1100);
          break;
        case "wc_approveSession":
          subscribe(ws, p.sessionTopic);
          publish(ws, p.pairingTopic, p.sessionProposalResponse, 1101);
          publish(ws, p.sessionTopic, p.sessionSettlementRequest, 1102);
          break;
        default:
          ws.send(JSON.stringify({ id: req.id, jsonrpc: "2.0", error: { code: -32601, message: `unknown method ${req.method}` } }));
          return;
      }
      ws.send(JSON.stringify({ id: req.id, jsonrpc: "2.0", result }));
    });
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close(() => resolve());
      }),
  };
}
