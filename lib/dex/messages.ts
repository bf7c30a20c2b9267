import { executeMsg } from "@/lib/chain/wasm";
import type { TxPlan } from "@/lib/tx/lifecycle";
import { nativeInfo } from "./pools";
import type { Route } from "./routes";
import type { DexPool } from "./types";

// Dexter's messages as the contracts want them (see the DEX reference): swaps (one pool through the vault, more
// through the router), joins that attach exactly the listed amounts, exits and bonds as cw20 sends with a hook.
// Slippage protection is min_receive / max_spend / min_lp_to_receive / min_assets_out, nothing else.

const BPS = 10_000n;
export const toBase64Json = (value: object) => btoa(JSON.stringify(value));

/** amount reduced by a slippage tolerance in basis points, rounded down */
export const lessSlippage = (amount: bigint, slippageBps: number) => (amount * (BPS - BigInt(slippageBps))) / BPS;
/** amount grown by a slippage tolerance, rounded up */
export const plusSlippage = (amount: bigint, slippageBps: number) => (amount * (BPS + BigInt(slippageBps)) + BPS - 1n) / BPS;

export interface SwapPlanInput {
  sender: string;
  route: Route;
  kind: "give-in" | "give-out";
  slippageBps: number;
  vault: string;
  router: string;
}

export function swapPlan({ sender, route, kind, slippageBps, vault, router }: SwapPlanInput): TxPlan {
  const first = route.hops[0];
  const offerDenom = first.pool.assets[first.offer].denom;
  if (route.hops.length === 1) {
    const hop = first;
    const askDenom = hop.pool.assets[hop.ask].denom;
    const giveIn = kind === "give-in";
    const maxSpend = plusSlippage(route.amountIn, slippageBps);
    const swap = {
      swap: {
        swap_request: {
          pool_id: hop.pool.id,
          asset_in: nativeInfo(offerDenom),
          asset_out: nativeInfo(askDenom),
          swap_type: giveIn ? { give_in: {} } : { give_out: {} },
          amount: (giveIn ? route.amountIn : route.amountOut).toString(),
        },
        recipient: null,
        min_receive: giveIn ? lessSlippage(route.amountOut, slippageBps).toString() : null,
        max_spend: giveIn ? null : maxSpend.toString(),
      },
    };
    // give-out: attach up to max_spend, the vault refunds what it did not need
    return { messages: [executeMsg(sender, vault, swap, [{ denom: offerDenom, amount: giveIn ? route.amountIn : maxSpend }])] };
  }
  // The router swaps give-in only: a give-out route is sent as the exact input it needs now (previewed backwards),
  // with the wanted amount less the slippage tolerance as the floor.
  const minimum = lessSlippage(route.amountOut, slippageBps);
  const offer = route.amountIn;
  const requests = route.hops.map((h) => ({
    pool_id: h.pool.id,
    asset_in: nativeInfo(h.pool.assets[h.offer].denom),
    asset_out: nativeInfo(h.pool.assets[h.ask].denom),
  }));
  return {
    messages: [
      executeMsg(
        sender,
        router,
        { execute_multihop_swap: { requests, offer_amount: offer.toString(), recipient: null, minimum_receive: minimum.toString() } },
        [{ denom: offerDenom, amount: offer }],
      ),
    ],
  };
}

/**
 * Join with the given amounts per pool asset. Every pool asset is listed (zeros included: a weighted pool refuses
 * "more than one asset but not all"), and only non-zero amounts are attached (nothing extra is ever sent).
 */
export function joinPlan(sender: string, vault: string, pool: DexPool, amounts: bigint[], minLp: bigint, autoStake: boolean): TxPlan {
  const listed = pool.assets.map((a, k) => ({ denom: a.denom, amount: amounts[k] }));
  const msg = {
    join_pool: {
      pool_id: pool.id,
      recipient: null,
      assets: listed.map((a) => ({ info: nativeInfo(a.denom), amount: a.amount.toString() })),
      min_lp_to_receive: minLp.toString(),
      auto_stake: autoStake,
    },
  };
  return { messages: [executeMsg(sender, vault, msg, listed)] };
}

/** Exit by burning `lp` LP tokens (cw20 send to the vault with the exit_pool hook), each asset at least `minOut`. */
export function exitPlan(sender: string, vault: string, pool: DexPool, lp: bigint, minOut: bigint[]): TxPlan {
  const hook = {
    exit_pool: {
      pool_id: pool.id,
      recipient: null,
      exit_type: {
        exact_lp_burn: {
          lp_to_burn: lp.toString(),
          min_assets_out: pool.assets.map((a, k) => ({ info: nativeInfo(a.denom), amount: minOut[k].toString() })),
        },
      },
    },
  };
  return { messages: [executeMsg(sender, pool.lpToken, { send: { contract: vault, amount: lp.toString(), msg: toBase64Json(hook) } })] };
}

export function bondPlan(sender: string, multistaking: string, lpToken: string, amount: bigint): TxPlan {
  const msg = { send: { contract: multistaking, amount: amount.toString(), msg: toBase64Json({ bond: { beneficiary_user: null } }) } };
  return { messages: [executeMsg(sender, lpToken, msg)] };
}

export function unbondPlan(sender: string, multistaking: string, lpToken: string, amount: bigint, instant: boolean): TxPlan {
  const msg = instant ? { instant_unbond: { lp_token: lpToken, amount: amount.toString() } } : { unbond: { lp_token: lpToken, amount: amount.toString() } };
  return { messages: [executeMsg(sender, multistaking, msg)] };
}

export const unlockPlan = (sender: string, multistaking: string, lpToken: string): TxPlan => ({
  messages: [executeMsg(sender, multistaking, { unlock: { lp_token: lpToken } })],
});

/** Releases unbonding locks before their time, each for the fee of its tier (the locks exactly as the contract lists them). */
export const instantUnlockPlan = (sender: string, multistaking: string, lpToken: string, locks: { amount: bigint; unlockTime: number }[]): TxPlan => ({
  messages: [
    executeMsg(sender, multistaking, {
      instant_unlock: { lp_token: lpToken, token_locks: locks.map((l) => ({ unlock_time: l.unlockTime, amount: l.amount.toString() })) },
    }),
  ],
});

export const claimRewardsPlan = (sender: string, multistaking: string, lpToken: string): TxPlan => ({
  messages: [executeMsg(sender, multistaking, { withdraw: { lp_token: lpToken } })],
});
