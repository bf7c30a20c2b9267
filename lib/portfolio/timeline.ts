import { fetchAllBalances } from "@/lib/bank/balances";
import { type ChainSpan, sampleBlocks } from "@/lib/chain/blocks";
import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import { querySmart } from "@/lib/chain/wasm";
import { poolsAt } from "@/lib/dex/pools";
import { fetchLpAmounts } from "@/lib/dex/positions";
import { pricesIn } from "@/lib/dex/prices";
import type { DexPool } from "@/lib/dex/types";
import { fetchAccount } from "@/lib/lending/mars";
import { fetchUserIbcUnbondings } from "@/lib/pstake/liquidstakeibc";
import { fetchUnbondings } from "@/lib/staking/staking";
import { lpAssets, lpTotal, makeValuer } from "./holdings";
import { type RateSources, type StkRate, ratesAt } from "./rates";
import { rateNumber } from "./rewards";

// Charts over time from archive reads: blocks spread evenly over a time range (lib/chain/blocks.ts), and at
// each of them the exchange rates and the account's value (its balances, LP, unbondings and lending supplies less
// debts at that block, priced from the pools' balances at that block).

export interface TimelinePoint {
  height: number;
  time: number;
  /** underlying per stk, by stk denom (floats: for the chart) */
  rates: Record<string, number>;
  /** the account's value in USD at that block (wallet, LP, unbonding, lending supplies less debts), null when it could not be read */
  valueUsd: number | null;
}

export interface TimelineInput {
  sources: RateSources;
  address?: string;
  /** for the account's value: today's pools (addresses, parameters), and the ones it has LP in */
  dex?: { vault: string; multistaking: string; pools: DexPool[]; lpPools: DexPool[] };
  /** the lending market, where the chain runs one */
  redBank?: string;
  usdReference?: string;
  bondDenom: string;
  decimalsOf: (denom: string) => number;
}

/** What was unbonding back to the account at a block: XPRT from unstakes, host tokens from multi-chain unstakes. */
async function unbondingAt(
  rpc: FailoverRpcClient,
  input: TimelineInput,
  h: number,
  rates: Promise<Map<string, StkRate>>,
): Promise<{ denom: string; amount: bigint }[]> {
  const [staking, ibc, known] = await Promise.all([
    fetchUnbondings(rpc, input.address!, h),
    input.sources.liquidstakeibc ? fetchUserIbcUnbondings(rpc, input.address!, h) : [],
    rates,
  ]);
  const hosts = [...known.values()];
  return [
    ...staking.map((e) => ({ denom: input.bondDenom, amount: e.amount })),
    ...ibc
      .filter((u) => u.state < 4) // not yet paid out, not failed
      .flatMap((u) => {
        const host = hosts.find((x) => x.chainId === u.chainId);
        return host ? [{ denom: host.underlying, amount: u.owed }] : [];
      }),
  ];
}

async function pointAt(rpc: FailoverRpcClient, block: { height: number; time: number }, input: TimelineInput): Promise<TimelinePoint> {
  const h = block.height;
  const ratesThen = ratesAt(rpc, input.sources, h);
  const [rates, balances, unbonding, pools, positions, lending] = await Promise.all([
    ratesThen,
    input.address ? fetchAllBalances(rpc, input.address, h).catch(() => null) : null,
    input.address ? unbondingAt(rpc, input, h, ratesThen).catch(() => null) : null,
    input.dex ? poolsAt(rpc, input.dex.vault, input.dex.pools, h).catch(() => null) : null,
    input.dex && input.address
      ? Promise.all(
          input.dex.lpPools.map(async (p) => {
            const [pos, token] = await Promise.all([
              fetchLpAmounts(rpc, input.dex!.multistaking, p, input.address!, h),
              querySmart<{ total_supply: string }>(rpc, p.lpToken, { token_info: {} }, h),
            ]);
            return { p, pos, supply: BigInt(token.total_supply) };
          }),
        ).catch(() => null)
      : [],
    input.redBank && input.address ? fetchAccount(rpc, input.redBank, input.address, h).catch(() => null) : { collaterals: [], debts: [] },
  ]);
  const rateFloats = Object.fromEntries([...rates].map(([denom, r]) => [denom, rateNumber(r.rate)]));
  let valueUsd: number | null = null;
  if (balances && unbonding && pools && positions && lending && input.usdReference) {
    const valuer = makeValuer(pricesIn(pools, input.usdReference), input.decimalsOf, rates);
    valueUsd = 0;
    for (const b of [...balances, ...unbonding]) valueUsd += valuer.usd(b.denom, b.amount) ?? 0;
    for (const { p, pos, supply } of positions) {
      const then = pools.find((x) => x.id === p.id);
      if (then) for (const a of lpAssets({ ...then, lpSupply: supply }, lpTotal(pos))) valueUsd += valuer.usd(a.denom, a.amount) ?? 0;
    }
    for (const c of lending.collaterals) valueUsd += valuer.usd(c.denom, c.amount) ?? 0;
    for (const d of lending.debts) valueUsd -= valuer.usd(d.denom, d.amount) ?? 0;
  }
  return { height: h, time: block.time, rates: rateFloats, valueUsd };
}

/** Exchange rates and the account's value at blocks spread over [fromTime, now]. */
export async function fetchTimeline(rpc: FailoverRpcClient, span: ChainSpan, fromTime: number, points: number, input: TimelineInput): Promise<TimelinePoint[]> {
  const blocks = await sampleBlocks(rpc, span, fromTime, points);
  return Promise.all(blocks.map((b) => pointAt(rpc, b, input)));
}
