import { type IncomingMessage, type Server, createServer } from "node:http";
import type { Socket } from "node:net";

// A node in front of the devnet that misbehaves on command: the app's first RPC endpoint in e2e. In "pass" it
// forwards everything; the failover tests switch it to being down (connections refused), answering 500s or
// garbage, hanging, or taking a broadcast and losing its answer. Controlled over a second port.

export type Fault = "pass" | "down" | "http500" | "garbage" | "hang" | "lose-broadcast";

export async function startFaultyNode(opts: { port: number; controlPort: number; target: string }): Promise<() => Promise<void>> {
  let fault: Fault = "pass";
  const sockets = new Set<Socket>();

  const cors = { "access-control-allow-origin": "*" };
  const node = createServer(async (req, res) => {
    // the browser's CORS preflight, answered like CometBFT does
    if (req.method === "OPTIONS") {
      return void res.writeHead(204, { ...cors, "access-control-allow-headers": "content-type", "access-control-allow-methods": "GET, POST" }).end();
    }
    const body = await read(req);
    if (fault === "hang") return; // never answers; the client's timeout decides
    if (fault === "http500") return void res.writeHead(500, { ...cors, "content-type": "text/html" }).end("<html>Internal Server Error</html>");
    if (fault === "garbage") return void res.writeHead(200, { ...cors, "content-type": "application/json" }).end('{"jsonrpc": "2.0", "resu');
    const answer = await fetch(opts.target, {
      method: req.method,
      headers: { "content-type": "application/json" },
      body: req.method === "POST" ? body : undefined,
    });
    const text = await answer.text();
    if (fault === "lose-broadcast" && /"method"\s*:\s*"broadcast_tx/.test(body)) {
      res.socket?.destroy(); // the devnet took the tx; its answer never reaches the app
      return;
    }
    res.writeHead(answer.status, { ...cors, "content-type": "application/json" }).end(text);
  });
  node.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });

  const listen = (server: Server, port: number) => new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

  const control = createServer(async (req, res) => {
    const next = (await read(req)) as Fault;
    if (next === "down" && fault !== "down") {
      const closed = close(node);
      for (const s of sockets) s.destroy();
      await closed;
    }
    if (next !== "down" && fault === "down") await listen(node, opts.port);
    fault = next;
    res.end(fault);
  });

  await listen(node, opts.port);
  await listen(control, opts.controlPort);
  return async () => {
    for (const s of sockets) s.destroy();
    await Promise.all([fault === "down" ? Promise.resolve() : close(node), close(control)]);
  };
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let data = "";
    req.on("data", (c) => (data += c));
    req.on("end", () => resolve(data));
  });
}
