import { parseArgs } from "node:util";
import { startDevnet } from "./server/rpc.js";

// npm run devnet -- [--port 26657] [--home .devnet] [--reset] [--block-time <ms>] [--chain-id devnet-1]
//                   [--genesis-time <RFC 3339>] [--fsync]

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "26657" },
    home: { type: "string", default: ".devnet" },
    reset: { type: "boolean", default: false },
    "block-time": { type: "string" },
    "chain-id": { type: "string" },
    "genesis-time": { type: "string" },
    fsync: { type: "boolean", default: false },
    profile: { type: "string", default: "devnet" },
  },
});

if (values.profile !== "devnet" && values.profile !== "mainnet") {
  console.error("--profile must be devnet or mainnet");
  process.exit(2);
}

const blockTime = values["block-time"] ? Number(values["block-time"]) : null;
if (blockTime !== null && (!Number.isInteger(blockTime) || blockTime < 10)) {
  console.error("--block-time must be an integer number of milliseconds >= 10");
  process.exit(2);
}

const devnet = await startDevnet({
  port: Number(values.port),
  home: values.home!,
  reset: values.reset,
  blockTimeMs: blockTime,
  chainId: values["chain-id"],
  genesisTime: values["genesis-time"],
  fsync: values.fsync,
  profile: values.profile as "devnet" | "mainnet",
});
const chain = devnet.node.chain;
console.log(`devnet chain ${chain.chainId} at height ${chain.height}, home ${values.home}`);
console.log(`demo account ${chain.genesis.demo.addresses[0]} (mnemonic in devnet_info and the README)`);
console.log(`devnet listening on ${devnet.url}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    devnet.stop().then(() => {
      console.log(`devnet stopped at height ${chain.height}`);
      process.exit(0);
    });
  });
}
