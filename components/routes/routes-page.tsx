"use client";

import { percent, usd, apyText, decPercent } from "@/components/ui/format";
import { poolName } from "@/lib/dex/labels";
import { symbolOf } from "@/lib/chain/assets";
import { useQueries } from "@tanstack/react-query";
import { useRouter, useSearchParams } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { useRewardAprText, useSentence } from "@/components/ui/use-texts";
import { Panel } from "@/components/ui/panel";
import { positionQuery, useDexContracts, usePools } from "@/hooks/use-dex";
import { useLendingAccount, useLendingContracts, useMarkets } from "@/hooks/use-lending";
import { useNetwork } from "@/hooks/use-network";
import { usePoolStats } from "@/hooks/use-pool-stats";
import { type StkAsset, useStkAssets, useSwapFees } from "@/hooks/use-routes";
import { useAccount } from "@/hooks/use-wallet";
import { assetDecimals } from "@/lib/bank/balances";
import { feeApr } from "@/lib/dex/fees";
import { formatAmount } from "@/lib/format/amount";
import { apy } from "@/lib/lending/math";
import { lpTotal } from "@/lib/portfolio/holdings";
import { venuesFor } from "@/lib/routes/venues";
import { type RouteYield, holdYield, lendingYield, poolYield } from "@/lib/routes/yields";
import { ExitCompare } from "./exit-compare";
import { RouteCard, type RouteCardProps } from "./route-card";
import { Loading } from "@/components/ui/loading";

type Sort = "yield" | "tvl";
const VENUE_STATUS = { active: "routes.status.active", "wound-down": "routes.status.woundDown", unknown: "routes.status.unknown" } as const;
const VENUE_KIND = { dex: "routes.venueKind.dex", lending: "routes.venueKind.lending", vault: "routes.venueKind.vault" } as const;
interface LiveRoute extends RouteCardProps {
  tvl: number | null;
}

const byKey = (sort: Sort) => (a: LiveRoute, b: LiveRoute) => {
  const k = (r: LiveRoute) => (sort === "yield" ? r.yieldInfo.total : r.tvl) ?? -Infinity;
  return k(b) - k(a);
};

/** Where each stkASSET can work (live on this chain, and known elsewhere), and the best way out of it. */
export function RoutesPage() {
  const { assets, loading } = useStkAssets();
  const params = useSearchParams();
  const router = useRouter();
  const requested = params.get("asset");
  const asset = assets.find((a) => a.symbol === requested) ?? assets[0];
  const t = useTranslations();
  if (loading && !asset) return <Loading text={t("routes.reading")} />;
  if (!asset) {
    return (
      <Panel id="routes" title={t("routes.title")}>
        <p className="mt-2 text-slate-300">{t("routes.noStk")}</p>
      </Panel>
    );
  }
  const unknownAsset = requested && !loading && asset.symbol !== requested ? requested : null;
  return (
    <div className="grid gap-4">
      {unknownAsset && (
        <p role="status" className="text-sm text-amber-200" data-testid="unknown-asset">
          {t("routes.unknownAsset", { asset: unknownAsset, shown: asset.symbol })}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2" role="tablist" aria-label="stkASSET">
        {assets.map((a) => (
          <button
            key={a.denom}
            type="button"
            role="tab"
            aria-selected={a.denom === asset.denom}
            onClick={() => router.replace(`/routes?asset=${encodeURIComponent(a.symbol)}`)}
            className={`rounded-full px-3 py-1 text-sm ${a.denom === asset.denom ? "bg-accent text-white" : "bg-slate-800 text-slate-300 hover:text-white"}`}
          >
            {a.symbol}
          </button>
        ))}
      </div>
      <AssetRoutes key={asset.denom} asset={asset} />
      <ExitCompare key={`exit-${asset.denom}`} asset={asset} />
    </div>
  );
}

function AssetRoutes({ asset }: { asset: StkAsset }) {
  const { network, rpc } = useNetwork();
  const account = useAccount(network);
  const [sort, setSort] = useState<Sort>("yield");
  const dex = useDexContracts();
  const pools = usePools();
  const { stats, prices } = usePoolStats(pools.data);
  const fees = useSwapFees();
  const lending = useLendingContracts();
  const markets = useMarkets();
  const lendingAccount = useLendingAccount(account?.address);
  const withAsset = (pools.data ?? []).filter((p) => p.assets.some((a) => a.denom === asset.denom));
  const positions = useQueries({ queries: withAsset.map((p) => positionQuery(network.id, rpc, dex.data?.contracts, p, account?.address)) });
  const t = useTranslations();
  const aprText = useRewardAprText();
  const say = useSentence();

  const dec = (denom: string) => assetDecimals(network, denom);
  const valueOf = (denom: string, amount: bigint) => {
    const price = prices.get(denom);
    return price === undefined ? null : (Number(amount) / 10 ** dec(denom)) * price;
  };
  const coin = (denom: string, amount: bigint) => `${formatAmount(amount, dec(denom), { maxDecimals: 0 })} ${symbolOf(network, denom)}`;

  const routes: LiveRoute[] = [
    {
      id: "hold",
      title: t("routes.holdTitle", { symbol: asset.symbol }),
      href: "/stake",
      tvl: null,
      yieldInfo: holdYield(asset.stakingApy),
      facts: [{ label: t("routes.risk"), value: t("routes.stakingOnly") }],
      note: t("routes.holdNote", { symbol: asset.symbol }),
    },
  ];
  withAsset.forEach((p, k) => {
    const s = stats.get(p.id);
    const tvl = s?.tvl ?? null;
    const stk = p.assets.find((a) => a.denom === asset.denom)!;
    const stkValue = valueOf(stk.denom, stk.amount);
    const fee = fees.data ? feeApr(fees.data, p.id, tvl, valueOf) : null;
    const mine = positions[k]?.data;
    const lp = mine ? lpTotal(mine) : 0n;
    const yieldInfo: RouteYield = p.defunct
      ? { total: null, parts: [] }
      : poolYield(asset.stakingApy, tvl && stkValue !== null ? stkValue / tvl : null, fee, s?.rewardApr ?? null);
    routes.push({
      id: `pool-${p.id}`,
      title: t("routes.poolTitle", { id: p.id, name: poolName(network, p) }),
      href: `/pools/${p.id}`,
      tvl: p.defunct ? null : tvl,
      badge: p.defunct ? (
        <span className="text-xs text-amber-300">{t("routes.defunct")}</span>
      ) : (
        <span className="text-xs text-emerald-300">{t("routes.live")}</span>
      ),
      yieldInfo,
      facts: [
        { label: t("routes.reserves"), value: p.assets.map((a) => coin(a.denom, a.amount)).join(" + "), testId: "pool-reserves" },
        { label: t("common.tvl"), value: usd(tvl), testId: "route-tvl" },
        { label: t("routes.feeApr"), value: fees.isError ? t("routes.noTxIndex") : percent(fee) },
        { label: t("routes.rewardApr"), value: aprText(s?.rewardApr) },
        {
          label: t("routes.yourLp"),
          value: account ? (mine ? (lp > 0n && tvl ? usd((tvl * Number(lp)) / Number(p.lpSupply)) : t("routes.none")) : "…") : t("routes.connect"),
        },
      ],
      note: p.defunct
        ? t("routes.defunctNoteBare")
        : t("routes.poolNote", { kind: p.kind === "stable" ? t("dex.kind.stable") : t("dex.kind.weighted"), fee: p.feeBps / 100 }),
    });
  });
  const market = markets.data?.find((m) => m.denom === asset.denom);
  if (market) {
    const supplied = lendingAccount.data?.collaterals.find((c) => c.denom === asset.denom);
    const tvl = Number((market.supplied * market.price) / 10n ** 18n) / 1e6;
    routes.push({
      id: "lend",
      title: t("routes.lendTitle", { symbol: asset.symbol }),
      href: `/lend?asset=${encodeURIComponent(asset.denom)}`,
      tvl,
      badge: <span className="text-xs text-emerald-300">{t("routes.live")}</span>,
      yieldInfo: lendingYield(asset.stakingApy, apy(market.liquidityRate)),
      facts: [
        { label: t("lend.col.supplyApy"), value: apyText(market.liquidityRate), testId: "lend-supply-apy" },
        { label: t("lend.col.borrowApy"), value: apyText(market.borrowRate), testId: "lend-borrow-apy" },
        { label: t("lend.col.utilization"), value: decPercent(market.utilization, 2), testId: "lend-utilization" },
        { label: t("routes.ltv"), value: `${decPercent(market.maxLtv)} / ${decPercent(market.liquidationThreshold)}` },
        {
          label: t("lend.col.supplied"),
          value: `${coin(asset.denom, market.supplied)} / ${formatAmount(market.depositCap, asset.decimals, { maxDecimals: 0 })}`,
        },
        { label: t("common.tvl"), value: usd(tvl), testId: "route-tvl" },
        { label: t("routes.yourSupply"), value: account ? (supplied ? coin(asset.denom, supplied.amount) : t("routes.none")) : t("routes.connect") },
      ],
      note: t("routes.lendNote"),
    });
  }
  routes.sort(byKey(sort));
  const elsewhere = venuesFor(asset.symbol);

  return (
    <Panel
      id="routes"
      title={t("routes.whereTitle", { symbol: asset.symbol })}
      actions={
        <label className="text-sm text-slate-300">
          {t("routes.sortBy")}{" "}
          <select
            value={sort}
            onChange={(e) => setSort(e.target.value as Sort)}
            className="rounded-md border border-white/15 bg-slate-950 px-2 py-1 text-white"
          >
            <option value="yield">{t("routes.sortYield")}</option>
            <option value="tvl">{t("common.tvl")}</option>
          </select>
        </label>
      }
    >
      <p className="mt-1 text-sm text-slate-400">
        {t("routes.liveIntro", { network: network.name })}
        {lending.data?.note && ` ${say(lending.data.note)}`}
        {dex.data?.note && ` ${say(dex.data.note)}`}
      </p>
      <div className="mt-3 grid gap-3 md:grid-cols-2" data-testid="live-routes">
        {routes.map((r) => (
          <RouteCard key={r.id} id={r.id} title={r.title} href={r.href} badge={r.badge} yieldInfo={r.yieldInfo} facts={r.facts} note={r.note} />
        ))}
      </div>
      {elsewhere.length > 0 && (
        <>
          <h3 className="mt-5 font-semibold text-white">{t("routes.elsewhere")}</h3>
          <p className="text-xs text-slate-400">{t("routes.elsewhereIntro")}</p>
          <ul className="mt-2 grid gap-2 md:grid-cols-2" data-testid="external-venues">
            {elsewhere.map((v) => (
              <li key={`${v.venue}-${v.market}`} className="rounded-lg border border-dashed border-white/15 p-3 text-sm">
                <div className="flex justify-between gap-2">
                  <a href={v.url} target="_blank" rel="noopener noreferrer" className="font-medium text-white hover:text-rose-300">
                    {v.venue} · {say(v.market)} ↗
                  </a>
                  <span className="text-xs text-slate-400">{t("routes.notLive", { status: t(VENUE_STATUS[v.status]) })}</span>
                </div>
                <p className="text-xs text-slate-400">{t("routes.venueLine", { chain: v.chain, kind: t(VENUE_KIND[v.kind]), checked: v.checked })}</p>
                <p className="mt-1 text-slate-300">{say(v.facts)}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}
