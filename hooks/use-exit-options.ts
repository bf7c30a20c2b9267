"use client";

import { useChainNow } from "@/hooks/use-chain-time";
import { usePools } from "@/hooks/use-dex";
import { useLiquidStakeState, useStakingParams } from "@/hooks/use-liquidstake";
import { useDayEpoch, useRedeemCap } from "@/hooks/use-liquidstakeibc";
import type { StkAsset } from "@/hooks/use-routes";
import { swapImpact } from "@/lib/dex/impact";
import { bestRoute } from "@/lib/dex/routes";
import { formatAmount } from "@/lib/format/amount";
import { isUnstakeBlocker, previewUnstake } from "@/lib/pstake/liquidstake";
import { HOST_UNBONDING_DAYS, describeIbcBlocker, isIbcBlocker, previewIbcUnstake, previewRedeem, unstakeEta } from "@/lib/pstake/liquidstakeibc";
import type { ExitOption } from "@/lib/routes/exit";
import { sentence } from "@/lib/i18n/sentence";

/**
 * The three ways out of `stk` base units of an stkASSET, each from the same previews the Stake and Swap pages
 * use: instant redeem (multi-chain stkASSETs: fee, the deposit-pool cap), unstake (fee, ETA), DEX sell (best route).
 * Null while the chain state they need is loading.
 */
export function useExitOptions(asset: StkAsset, stk: bigint): ExitOption[] | null {
  const now = useChainNow();
  const pools = usePools();
  const ls = useLiquidStakeState();
  const stakingParams = useStakingParams();
  const cap = useRedeemCap(asset.host?.chainId);
  const epoch = useDayEpoch();
  const text = (n: bigint) => `${formatAmount(n, asset.decimals)} ${asset.underlyingSymbol}`;
  if (now === undefined || !pools.data) return null;

  const route = stk > 0n ? bestRoute(pools.data, asset.denom, asset.underlying, stk, "give-in") : null;
  const dex: ExitOption = route
    ? { kind: "dex", out: route.amountOut, available: true, impact: swapImpact(route), pools: route.hops.map((h) => h.pool.id), fee: route.fees[0] }
    : { kind: "dex", out: 0n, available: false, why: stk > 0n ? sentence("exit.why.noDexRoute") : undefined };

  const host = asset.host;
  if (!host) {
    if (!ls.ready || !stakingParams.data) return null;
    const p = stk > 0n ? previewUnstake(stk, ls.states.data!, ls.params.data!, ls.validators.data!) : null;
    const unstake: ExitOption =
      p && !isUnstakeBlocker(p)
        ? { kind: "unstake", out: p.total, available: true, fee: p.fee, etaMs: now + stakingParams.data.unbondingSeconds * 1000 }
        : {
            kind: "unstake",
            out: 0n,
            available: false,
            why: p && isUnstakeBlocker(p) ? sentence(p.kind === "paused" ? "exit.why.paused" : "exit.why.badAmount") : undefined,
          };
    return [{ kind: "instant-redeem", out: 0n, available: false, why: sentence("exit.why.noInstant") }, unstake, dex];
  }

  if (cap.data === undefined || !epoch.data) return null;
  const r = stk > 0n ? previewRedeem(stk, host, cap.data) : null;
  const redeem: ExitOption =
    r && !isIbcBlocker(r)
      ? { kind: "instant-redeem", out: r.out, available: true, fee: r.fee, why: sentence("exit.why.upTo", { amount: text(cap.data) }) }
      : {
          kind: "instant-redeem",
          out: 0n,
          available: false,
          why: r && isIbcBlocker(r) ? describeIbcBlocker(r, asset.underlyingSymbol, asset.decimals) : undefined,
        };
  const u = stk > 0n ? previewIbcUnstake(stk, host) : null;
  const hostMs = (HOST_UNBONDING_DAYS[host.chainId] ?? 21) * 86_400_000;
  const eta = unstakeEta(epoch.data.current, epoch.data.endsAt, host.unbondingFactor, hostMs);
  const unstake: ExitOption =
    u && !isIbcBlocker(u)
      ? { kind: "unstake", out: u.owed, available: true, fee: u.fee, etaMs: eta.to }
      : {
          kind: "unstake",
          out: 0n,
          available: false,
          why: u && isIbcBlocker(u) ? describeIbcBlocker(u, asset.underlyingSymbol, asset.decimals) : undefined,
        };
  return [redeem, unstake, dex];
}
