import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { HISTORY_DAYS, liveIn } from "./history.js";
import { startDevnet } from "./server/rpc.js";

// npm run devnet -- [--port 26657] [--home .devnet] [--reset] [--block-time <ms>] [--chain-id devnet-1]
//                   [--genesis-time <RFC 3339>] [--fsync] [--fresh] [--profile devnet|mainnet|counterparty]
//                   [--relay-to <counterparty url>]
// A new chain starts lived-in (devnet/src/history.ts: months of history played at start, then block times that
// follow the wall clock); --fresh starts it empty at the genesis time, its clock moved only by devnet_advanceTime.
// --profile counterparty runs Osmosis as core-1's IBC counterparty (prefix osmo, chain id osmosis-1); a core-1
// devnet (--profile mainnet) with --relay-to <its url> relays packets between the two (devnet/src/relayer.ts).

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
    fresh: { type: "boolean", default: false },
    "keep-blocks": { type: "string" },
    "relay-to": { type: "string" },
  },
});

if (values.profile !== "devnet" && values.profile !== "mainnet" && values.profile !== "counterparty") {
  console.error("--profile must be devnet, mainnet or counterparty");
  process.exit(2);
}

const blockTime = values["block-time"] ? Number(values["block-time"]) : null;
if (blockTime !== null && (!Number.isInteger(blockTime) || blockTime < 10)) {
  console.error("--block-time must be an integer number of milliseconds >= 10");
  process.exit(2);
}

const keepBlocks = values["keep-blocks"] ? Number(values["keep-blocks"]) : null;
if (keepBlocks !== null && (!Number.isInteger(keepBlocks) || keepBlocks < 1)) {
  console.error("--keep-blocks must be a positive integer");
  process.exit(2);
}

// the mainnet profile is core-1 as it is (no liquidstakeibc, no history of ours to play)
const livedIn = !values.fresh && values.profile === "devnet";
const historyStart = new Date(Math.floor(Date.now() / 60_000) * 60_000 - HISTORY_DAYS * 86_400_000).toISOString();
const started = Date.now();
const devnet = await startDevnet({
  port: Number(values.port),
  home: values.home!,
  reset: values.reset,
  blockTimeMs: blockTime,
  chainId: values["chain-id"],
  genesisTime: values["genesis-time"] ?? (livedIn ? historyStart : undefined),
  fsync: values.fsync,
  profile: values.profile as "devnet" | "mainnet" | "counterparty",
  keepBlocks,
  relayTo: values["relay-to"],
});
const chain = devnet.node.chain;
// a new chain gets its history (and a mark in its home); a restarted lived-in one replayed it from its log and
// keeps time with the wall clock; a --fresh one keeps its manual clock
const livedInMark = join(values.home!, "lived-in");
if (livedIn && chain.height <= 1) {
  await liveIn(devnet.node, devnet.url, (line) => console.log(`${line}, in ${((Date.now() - started) / 1000).toFixed(1)} s`));
  writeFileSync(livedInMark, `${HISTORY_DAYS} days of history played at start\n`);
} else if (existsSync(livedInMark)) chain.followWallClock();
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
