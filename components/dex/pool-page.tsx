"use client";

import { useTranslations } from "use-intl";
import { usd } from "@/components/ui/format";
import { useRewardAprText, useSentence } from "@/components/ui/use-texts";
import { DemoButton } from "@/components/wallet/demo-button";
import { useDexContracts, usePools } from "@/hooks/use-dex";
import { useNetwork } from "@/hooks/use-network";
import { usePoolStats } from "@/hooks/use-pool-stats";
import { useAccount } from "@/hooks/use-wallet";
import { symbolOf } from "@/lib/chain/assets";
import { poolBlocker, poolName } from "@/lib/dex/labels";
import { formatAmount } from "@/lib/format/amount";
import { ONE } from "@/lib/pstake/dec";
import { AddLiquidityForm } from "./add-liquidity-form";
import { PoolPosition } from "./pool-position";
import { RemoveLiquidityForm } from "./remove-liquidity-form";
import { Loading } from "@/components/ui/loading";

// One pool: its assets and terms, the account's position, and the forms to add and remove liquidity.

export function PoolPage({ id }: { id: string }) {
  const { network } = useNetwork();
  const account = useAccount(network);
  const dex = useDexContracts();
  const pools = usePools();
  const pool = pools.data?.find((p) => p.id === id);
  const { stats } = usePoolStats(pools.data);
  const t = useTranslations();
  const aprText = useRewardAprText();
  const say = useSentence();

  if (dex.data && !dex.data.contracts) return <Note title={t("dex.pool.title")}>{dex.data.note && say(dex.data.note)}</Note>;
  if (!/^\d{1,9}$/.test(id)) return <Note title={t("dex.pool.title")}>{t("dex.pool.notAnId", { id })}</Note>;
  if (pools.data && !pool) return <Note title={t("dex.pool.titleId", { id })}>{t("dex.pool.missing", { id })}</Note>;
  if (!pool) return <Loading text={t("dex.pool.loading")} />;
  const s = stats.get(pool.id);
  const defunct = poolBlocker(pool, "withdraw");
  const kind = pool.kind === "stable" ? t("dex.pool.stable", { amp: Number(pool.ampX100) / 100 }) : t("dex.pool.weighted");
  const closedOn = pool.defunct ? new Date(pool.defunct.since * 1000).toISOString().slice(0, 10) : null;

  return (
    <div className="grid gap-4">
      <section className="card p-4">
        <h1 className="text-xl font-semibold text-white" data-testid="pool-title">
          {poolName(network, pool)} <span className="text-sm text-slate-400">#{pool.id}</span>
        </h1>
        <p className="mt-1 text-sm text-slate-400">
          {closedOn
            ? t("dex.pool.closedSummary", { date: closedOn, tvl: usd(s?.tvl) })
            : t("dex.pool.summary", { kind, fee: (pool.feeBps / 100).toFixed(2), tvl: usd(s?.tvl), apr: aprText(s?.rewardApr) })}
        </p>
        <ul className="mt-2 flex flex-wrap gap-4 text-sm text-slate-300">
          {pool.assets.map((a, k) => (
            <li key={a.denom} title={a.denom}>
              {formatAmount(a.amount, a.decimals)} {symbolOf(network, a.denom)}
              {pool.kind === "weighted" && <span className="text-slate-400"> ({Number((pool.weights![k] * 100n) / ONE)}%)</span>}
            </li>
          ))}
        </ul>
        {defunct && (
          <p role="status" className="mt-3 rounded-md bg-amber-500/10 px-3 py-2 text-sm text-amber-200" data-testid="defunct-note">
            {say(defunct)}
          </p>
        )}
      </section>
      {!account ? (
        <Note title={t("dex.pool.position")}>
          {t("dex.pool.connect")} <DemoButton />
        </Note>
      ) : (
        <>
          <PoolPosition pool={pool} account={account} />
          {!defunct && (
            <div className="grid gap-4 md:grid-cols-2">
              <AddLiquidityForm pool={pool} account={account} />
              <RemoveLiquidityForm pool={pool} account={account} />
            </div>
          )}
        </>
      )}
    </div>
  );
}

function Note({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="card p-4" role="status">
      <h2 className="font-semibold text-white">{title}</h2>
      <p className="mt-2 text-sm text-slate-300">{children}</p>
    </section>
  );
}
