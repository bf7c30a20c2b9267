"use client";

import { percent, usd } from "@/components/ui/format";
import { poolName } from "@/lib/dex/labels";
import { useQueries } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "use-intl";
import { useRewardAprText, useSentence, useErrorText } from "@/components/ui/use-texts";
import { positionQuery, useDexContracts, usePools } from "@/hooks/use-dex";
import { useNetwork } from "@/hooks/use-network";
import { useAccount } from "@/hooks/use-wallet";
import { usePoolStats } from "@/hooks/use-pool-stats";
import { TableScroll } from "@/components/ui/table-scroll";
import { symbolOf } from "@/lib/chain/assets";
import { TokenIcon } from "@/components/ui/token-icon";
import { Loading } from "@/components/ui/loading";

const POOL_KIND = { weighted: "dex.kind.weighted", stable: "dex.kind.stable", closed: "dex.kind.closed" } as const;
const POOL_STATUS = { defunct: "dex.pools.defunct", paused: "dex.pools.paused", live: "dex.pools.live" } as const;

/** Every Dexter pool: assets, type, fee, TVL (USDC, priced through the pools), reward APR, status. */
export function PoolsPage() {
  const { network, rpc } = useNetwork();
  const account = useAccount(network);
  const dex = useDexContracts();
  const pools = usePools();
  const { stats } = usePoolStats(pools.data);
  const t = useTranslations();
  const errorText = useErrorText();
  const aprText = useRewardAprText();
  const say = useSentence();
  // the connected account's LP (held, bonded and unbonding) in each pool
  const positions = useQueries({ queries: (pools.data ?? []).map((p) => positionQuery(network.id, rpc, dex.data?.contracts, p, account?.address)) });

  if (dex.data && !dex.data.contracts) {
    return (
      <section className="card p-6" role="status">
        <h1 className="text-xl font-semibold text-white">{t("dex.pools.heading")}</h1>
        <p className="mt-2 text-slate-300">{dex.data.note && say(dex.data.note)}</p>
      </section>
    );
  }
  return (
    <section className="card p-4">
      <div className="mb-3 flex items-center justify-between">
        <h1 className="text-xl font-semibold text-white">{t("dex.pools.title")}</h1>
        <Link href="/swap" prefetch={false} className="btn-primary px-3 py-1.5">
          {t("dex.pools.swap")}
        </Link>
      </div>
      {(pools.isError || dex.isError) && (
        <p role="alert" className="text-sm text-red-300">
          {t("dex.pools.readError", { error: errorText(pools.error ?? dex.error) })}
        </p>
      )}
      {!pools.data && !pools.isError && !dex.isError && <Loading text={t("dex.pools.loading")} />}
      {pools.data && (
        <TableScroll label={t("dex.pools.title")}>
          <table className="w-full text-sm" data-testid="pools-table">
            <thead className="text-left text-xs uppercase text-slate-400">
              <tr>
                <th className="py-2">{t("dex.pools.pool")}</th>
                <th>{t("dex.pools.type")}</th>
                <th>{t("dex.pools.fee")}</th>
                <th className="text-right">{t("common.tvl")}</th>
                <th className="text-right" title={t("dex.pools.volumeHint")}>
                  {t("dex.pools.volume")}
                </th>
                <th className="text-right">{t("dex.pools.rewardApr")}</th>
                <th className="text-right">{t("dex.pools.share")}</th>
                <th className="text-right">{t("dex.pools.status")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-white/5">
              {pools.data.map((p, k) => {
                const s = stats.get(p.id);
                const pos = positions[k]?.data;
                const mine = pos ? pos.held + pos.bonded + pos.unlocked + pos.locks.reduce((sum, l) => sum + l.amount, 0n) : null;
                const share = mine === null ? null : p.lpSupply > 0n ? Number(mine) / Number(p.lpSupply) : 0;
                const status = p.defunct ? "defunct" : p.paused.swap || p.paused.deposit ? "paused" : "live";
                return (
                  <tr key={p.id} data-testid={`pool-row-${p.id}`}>
                    <td className="py-2">
                      <Link href={`/pools/${p.id}`} prefetch={false} className="flex items-center gap-2 py-1 font-medium text-white hover:text-rose-200">
                        <span className="flex -space-x-1.5">
                          {p.assets.map((a) => (
                            <TokenIcon key={a.denom} symbol={symbolOf(network, a.denom)} size="sm" />
                          ))}
                        </span>
                        {poolName(network, p)}
                      </Link>
                      <span className="ml-2 text-xs text-slate-400">#{p.id}</span>
                    </td>
                    <td className="text-slate-300">{t(POOL_KIND[p.kind])}</td>
                    <td className="text-slate-300">{p.defunct ? "—" : `${(p.feeBps / 100).toFixed(2)}%`}</td>
                    <td className="text-right font-mono text-white">{usd(s?.tvl)}</td>
                    <td className="text-right text-slate-400">—</td>
                    <td className="text-right font-mono text-white">{aprText(s?.rewardApr)}</td>
                    <td className="text-right font-mono text-white" data-testid={`pool-share-${p.id}`}>
                      {account ? percent(share) : "—"}
                    </td>
                    <td className={`text-right ${status === "live" ? "text-emerald-300" : "text-amber-300"}`}>{t(POOL_STATUS[status])}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
