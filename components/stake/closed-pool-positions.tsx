"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";
import type { useClosedPoolPositions } from "@/hooks/use-dex";
import { useNetwork } from "@/hooks/use-network";
import { symbolOf } from "@/lib/chain/assets";
import { poolName } from "@/lib/dex/labels";
import { refundShare } from "@/lib/dex/refunds";
import { formatAmount } from "@/lib/format/amount";
import { LP_DECIMALS } from "@/lib/dex/forms";

/**
 * The account's LP in defunct Dexter pools (stkASSET pools closed after v12): for each, its share of what the pool
 * held at closing and whether the vault has paid it. Nothing to sign: the vault pays in batches, for LP in the
 * wallet, bonded or unbonding alike; what arrives is redeemed above.
 */
export function ClosedPoolPositions({ mine }: { mine: ReturnType<typeof useClosedPoolPositions> }) {
  const { network } = useNetwork();
  const t = useTranslations();
  if (!mine.length) return null;

  return (
    <div className="mt-4" data-testid="closed-pool-positions">
      <h3 className="text-sm font-semibold text-white">{t("multi.deprecated.closedPools")}</h3>
      <p className="mt-1 text-sm text-slate-300">{t("multi.deprecated.closedPoolsIntro")}</p>
      <ul className="mt-2 divide-y divide-white/5">
        {mine.map(({ pool, owned, held, bonded, unbonding, refunded }) => {
          const share = refundShare(pool, owned) ?? [];
          return (
            <li key={pool.id} className="flex flex-wrap items-center justify-between gap-3 py-2" data-pool={pool.id}>
              <div>
                <Link href={`/pools/${pool.id}`} className="text-white underline-offset-2 hover:underline">
                  {t("multi.deprecated.closedPool", { name: poolName(network, pool), id: pool.id })}
                </Link>
                <p className="font-mono text-sm text-slate-300" data-testid={`closed-pool-share-${pool.id}`}>
                  {pool.assets.map((a, k) => `${formatAmount(share[k] ?? 0n, a.decimals)} ${symbolOf(network, a.denom)}`).join(" + ")}
                </p>
                <p className="text-xs text-slate-400" data-testid={`closed-pool-lp-${pool.id}`}>
                  {t("multi.deprecated.lpWhere", {
                    held: formatAmount(held, LP_DECIMALS),
                    bonded: formatAmount(bonded, LP_DECIMALS),
                    unbonding: formatAmount(unbonding, LP_DECIMALS),
                  })}
                </p>
                <p className="text-xs text-slate-400">{refunded ? t("multi.deprecated.refundedNext") : t("multi.deprecated.refundNext")}</p>
              </div>
              <span className={`text-xs ${refunded ? "text-emerald-300" : "text-amber-200"}`} data-testid={`closed-pool-status-${pool.id}`}>
                {refunded ? t("dex.pool.refunded") : t("dex.pool.refundPending")}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
