import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parseEther } from "viem";
import { startAnvil } from "./anvil.js";
import { LOCAL_CHAIN_ID, addRewards, deployStkBnb, operatorIsBot, secondsSinceRewards, settleUnbonding } from "./deploy.js";

// npm run devnet:evm -- [--port 8545] [--home .devnet] [--cooldown <seconds>] [--reward-every <seconds>]
// A fresh anvil chain with stkBNB deployed, the demo accounts funded, and the pool's operator bot running:
// it settles unstaked BNB into the claim reserve every --settle-every seconds, adds rewards once a chain day (as
// pSTAKE's bot did; a test that moves the clock still sees a run pool) and every --reward-every seconds if asked.
// An operator whose BOT_ROLE an admin revoked does nothing: the pool is then not run (e2e/bnb.spec.ts).

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "8545" },
    home: { type: "string", default: ".devnet" },
    cooldown: { type: "string" },
    "reward-every": { type: "string", default: "0" },
    "settle-every": { type: "string", default: "2" },
  },
});

function seconds(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`--${name} must be a whole number of seconds`);
    process.exit(2);
  }
  return n;
}
const cooldown = seconds("cooldown", values.cooldown);
const rewardEvery = seconds("reward-every", values["reward-every"])!;
const settleEvery = seconds("settle-every", values["settle-every"])!;

const anvil = await startAnvil({ port: Number(values.port), chainId: LOCAL_CHAIN_ID });
let deployment;
try {
  deployment = await deployStkBnb(anvil.url, { cooldownSeconds: cooldown === undefined ? undefined : BigInt(cooldown) });
} catch (e) {
  await anvil.stop();
  throw e;
}
mkdirSync(values.home!, { recursive: true });
writeFileSync(join(values.home!, "evm.json"), JSON.stringify(deployment, null, 2));

// One operator action at a time, and a failing round is reported, not fatal (the next one retries).
let busy = false;
function every(secondsApart: number, what: string, action: () => Promise<unknown>) {
  if (secondsApart <= 0) return;
  setInterval(() => {
    if (busy) return;
    busy = true;
    action()
      .catch((e: unknown) => console.error(`operator ${what} failed: ${(e as Error).message.split("\n")[0]}`))
      .finally(() => (busy = false));
  }, secondsApart * 1000);
}
const pool = deployment.contracts.stakePool;
const DAY = 86_400n;
const dailyReward = (parseEther("100") * 3n) / (100n * 365n);
every(settleEvery, "round", async () => {
  if (!(await operatorIsBot(anvil.url, pool))) return;
  await settleUnbonding(anvil.url, pool);
  if ((await secondsSinceRewards(anvil.url, pool)) >= DAY) await addRewards(anvil.url, pool, dailyReward);
});
// rewards of ~3% a year on the pool's BNB, per interval
every(rewardEvery, "epoch", async () => {
  if (await operatorIsBot(anvil.url, pool)) await addRewards(anvil.url, pool, (parseEther("100") * 3n * BigInt(rewardEvery)) / (100n * 31_536_000n));
});

console.log(`evm chain ${deployment.chainId}: StakePool ${pool}, stkBNB ${deployment.contracts.stkBNB}, Multicall3 ${deployment.contracts.multicall3}`);
console.log(`demo account ${deployment.demo.addresses[0]} (the devnet's demo mnemonic on m/44'/60'/0'/0/0), ${join(values.home!, "evm.json")}`);
console.log(`evm devnet listening on ${anvil.url}`);

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopping = true;
    void anvil.stop().then(() => process.exit(0));
  });
}
anvil.process.on("exit", (code) => {
  if (stopping) return;
  console.error(`anvil exited on its own (${code})`);
  process.exit(1);
});
