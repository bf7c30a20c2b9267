import { makeCosmoshubPath } from "@cosmjs/amino";
import { SigningCosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import { DirectSecp256k1HdWallet, type EncodeObject, Registry } from "@cosmjs/proto-signing";
import { AminoTypes, GasPrice, createDefaultAminoConverters, defaultRegistryTypes } from "@cosmjs/stargate";
import { MsgExecuteContract } from "cosmjs-types/cosmwasm/wasm/v1/tx";
import { pstakeAminoConverters, pstakeProtoRegistry } from "persistenceonejs/pstake/client.js";
import { DEMO_MNEMONIC, IBC_ASSETS, USDC } from "./genesis.js";
import type { DevnetNode } from "./node.js";

// A lived-in devnet: months of a protocol's life played at start, so a first visit sees rates that grew, measured
// APYs, pools with volume and fees, lending with interest, and a demo account with its own history (stakes,
// swaps, liquidity, lending, an unstake still on its way). The same script every start: the same transactions at
// the same offsets from genesis, which is set HISTORY_DAYS before now; then block times follow the wall clock.
//
// Every transaction is signed by a demo-mnemonic key and sent through the devnet's own RPC, as a user's would be;
// time passes with devnet_advanceTime, so epochs, rewards, autocompounding and unbonding run as they do in tests.

export const HISTORY_DAYS = 120;
const DAY = 86_400;
const UNIT = 1_000_000n;
const ATOM = IBC_ASSETS.find((a) => a.symbol === "ATOM")!.denom;
const STK_XPRT = "stk/uxprt";
const STK_ATOM = "stk/uatom";

type Who = "demo" | "bob" | "carol" | "dave" | "erin";
const KEY_INDEX: Record<Who, number> = { demo: 0, bob: 1, carol: 2, dave: 3, erin: 4 };

/** One step of the history: on `day` (from genesis), `who` sends `msgs` (built once the contracts are known). */
interface Step {
  day: number;
  who: Who;
  what: (c: Contracts, from: string) => EncodeObject[];
}

interface Contracts {
  vault: string;
  redBank: string;
}

const coin = (denom: string, whole: bigint | number) => ({ denom, amount: (BigInt(whole) * UNIT).toString() });
const stake =
  (whole: number): Step["what"] =>
  (_, from) => [{ typeUrl: "/pstake.liquidstake.v1beta1.MsgLiquidStake", value: { delegatorAddress: from, amount: coin("uxprt", whole) } }];
const unstake =
  (whole: number): Step["what"] =>
  (_, from) => [{ typeUrl: "/pstake.liquidstake.v1beta1.MsgLiquidUnstake", value: { delegatorAddress: from, amount: coin(STK_XPRT, whole) } }];
const stakeAtom =
  (whole: number): Step["what"] =>
  (_, from) => [{ typeUrl: "/pstake.liquidstakeibc.v1beta1.MsgLiquidStake", value: { delegatorAddress: from, amount: coin(ATOM, whole) } }];

function execute(from: string, contract: string, msg: object, funds: { denom: string; amount: string }[]): EncodeObject {
  return {
    typeUrl: "/cosmwasm.wasm.v1.MsgExecuteContract",
    value: MsgExecuteContract.fromPartial({ sender: from, contract, msg: new TextEncoder().encode(JSON.stringify(msg)), funds }),
  };
}

const native = (denom: string) => ({ native_token: { denom } });

const swap =
  (pool: string, offer: string, ask: string, whole: number): Step["what"] =>
  (c, from) => [
    execute(
      from,
      c.vault,
      {
        swap: {
          swap_request: { pool_id: pool, asset_in: native(offer), asset_out: native(ask), swap_type: { give_in: {} }, amount: coin(offer, whole).amount },
          recipient: null,
          min_receive: null,
          max_spend: null,
        },
      },
      [coin(offer, whole)],
    ),
  ];

/** Joins with both assets (listed in the pool's order, denoms sorted as the vault keeps them). */
const join =
  (pool: string, assets: [string, number][]): Step["what"] =>
  (c, from) => {
    const sorted = [...assets].sort(([a], [b]) => (a < b ? -1 : 1));
    return [
      execute(
        from,
        c.vault,
        {
          join_pool: {
            pool_id: pool,
            recipient: null,
            assets: sorted.map(([d, w]) => ({ info: native(d), amount: coin(d, w).amount })),
            min_lp_to_receive: null,
            auto_stake: null,
          },
        },
        sorted.map(([d, w]) => coin(d, w)),
      ),
    ];
  };

const supply =
  (denom: string, whole: number): Step["what"] =>
  (c, from) => [execute(from, c.redBank, { deposit: {} }, [coin(denom, whole)])];
const borrow =
  (denom: string, whole: number): Step["what"] =>
  (c, from) => [execute(from, c.redBank, { borrow: { denom, amount: coin(denom, whole).amount } }, [])];

/** Traders moving the pools every few days: volume, fees and prices that drift. */
function trades(): Step[] {
  const steps: Step[] = [];
  for (let day = 4; day < HISTORY_DAYS - 1; day += 3) {
    const k = day % 4;
    steps.push({ day, who: "bob", what: k < 2 ? swap("4", "uxprt", USDC.denom, 1_000 + day * 5) : swap("4", USDC.denom, "uxprt", 200 + day) });
    steps.push({ day, who: "carol", what: k === 1 || k === 2 ? swap("3", ATOM, "uxprt", 40 + Math.round(day / 2)) : swap("3", "uxprt", ATOM, 800 + day * 5) });
    if (day % 6 === 1) steps.push({ day, who: "dave", what: swap("1", "uxprt", STK_XPRT, 500 + day * 5) });
    if (day % 9 === 4) steps.push({ day, who: "erin", what: swap("2", ATOM, STK_ATOM, 50 + Math.round(day / 2)) });
  }
  return steps;
}

/** The story, day by day (from genesis). The demo account's own life is the part a visitor sees first. */
const STORY = (
  [
    { day: 0.2, who: "bob", what: stake(40_000) },
    { day: 0.3, who: "carol", what: stake(20_000) },
    { day: 0.5, who: "dave", what: stake(30_000) },
    { day: 1, who: "erin", what: stakeAtom(3_000) },
    { day: 2, who: "demo", what: stake(150_000) },
    {
      day: 3,
      who: "dave",
      what: join("1", [
        [STK_XPRT, 10_000],
        ["uxprt", 10_000],
      ]),
    },
    {
      day: 9,
      who: "demo",
      what: join("1", [
        [STK_XPRT, 20_000],
        ["uxprt", 20_000],
      ]),
    },
    { day: 14, who: "demo", what: swap("4", "uxprt", USDC.denom, 25_000) },
    { day: 21, who: "demo", what: stakeAtom(5_000) },
    { day: 30, who: "erin", what: supply(USDC.denom, 5_000) },
    { day: 31, who: "dave", what: supply(STK_XPRT, 10_000) },
    { day: 32, who: "dave", what: borrow(USDC.denom, 500) },
    { day: 45, who: "demo", what: stake(50_000) },
    { day: 60, who: "demo", what: supply(STK_XPRT, 30_000) },
    { day: 75, who: "demo", what: swap("3", ATOM, "uxprt", 1_000) },
    { day: 90, who: "carol", what: unstake(5_000) },
    { day: HISTORY_DAYS - 6, who: "demo", what: unstake(8_000) },
    ...trades(),
  ] satisfies Step[]
).sort((a, b) => a.day - b.day);

/**
 * Plays the story on a devnet made at genesis `HISTORY_DAYS` ago, over its own RPC at `url`, then has block
 * times follow the wall clock. Returns the number of transactions and blocks it made.
 */
export async function liveIn(
  node: DevnetNode,
  url: string,
  log: (line: string) => void = () => {},
): Promise<{ txs: number; blocks: number; lastTxHeight: number }> {
  const start = node.chain.height;
  const genesis = Date.parse(node.chain.genesis.genesisTime);
  const addresses = node.chain.genesis.demo.addresses;
  const contracts: Contracts = { vault: node.app.wasm.addresses.dexter_vault, redBank: node.app.wasm.addresses.mars_red_bank };
  const clients = new Map<Who, SigningCosmWasmClient>();
  const client = async (who: Who) => {
    if (!clients.has(who)) {
      const wallet = await DirectSecp256k1HdWallet.fromMnemonic(DEMO_MNEMONIC, { prefix: "persistence", hdPaths: [makeCosmoshubPath(KEY_INDEX[who])] });
      clients.set(
        who,
        await SigningCosmWasmClient.connectWithSigner(url, wallet, {
          gasPrice: GasPrice.fromString("0.025uxprt"),
          broadcastPollIntervalMs: 20,
          registry: new Registry([...defaultRegistryTypes, ...pstakeProtoRegistry, ["/cosmwasm.wasm.v1.MsgExecuteContract", MsgExecuteContract]]),
          aminoTypes: new AminoTypes({ ...createDefaultAminoConverters(), ...pstakeAminoConverters }),
        }),
      );
    }
    return clients.get(who)!;
  };

  let txs = 0;
  let lastTxHeight = 0;
  for (const step of STORY) {
    const at = genesis + step.day * DAY * 1000;
    if (at > node.chain.clock) node.advanceTime((at - node.chain.clock) / 1000);
    const from = addresses[KEY_INDEX[step.who]];
    const result = await (await client(step.who)).signAndBroadcast(from, step.what(contracts, from), 2);
    if (result.code !== 0) throw new Error(`history, day ${step.day}, ${step.who}: ${result.rawLog}`);
    txs++;
    lastTxHeight = result.height;
  }
  const now = Date.now();
  if (now > node.chain.clock) node.advanceTime((now - node.chain.clock) / 1000);
  for (const c of clients.values()) c.disconnect();
  node.chain.followWallClock();
  const blocks = node.chain.height - start;
  log(`history: ${txs} transactions over ${HISTORY_DAYS} days, ${blocks} blocks`);
  return { txs, blocks, lastTxHeight };
}
