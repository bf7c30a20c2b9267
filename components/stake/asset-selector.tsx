"use client";

import { useTranslations } from "use-intl";
import { useHostApys, useHostChains } from "@/hooks/use-liquidstakeibc";
import type { Apy } from "@/lib/pstake/apy";
import { useApy, useLiquidStakeAvailable, useLiquidStakeState } from "@/hooks/use-liquidstake";
import { useNetwork } from "@/hooks/use-network";
import { formatApy } from "@/lib/pstake/apy";
import { Dec } from "@/lib/pstake/dec";
import { xprtPerStk } from "@/lib/pstake/liquidstake";
import { type HostChain, hostAssets, hostPerStk, tvl } from "@/lib/pstake/liquidstakeibc";
import { formatAmount } from "@/lib/format/amount";
import { TokenIcon } from "@/components/ui/token-icon";

/** "xprt" or a host chain id */
export type AssetChoice = string;

function Row(props: {
  id: string;
  selected: boolean;
  onSelect: () => void;
  symbol: string;
  apy: string;
  rate: string;
  tvl: string;
  status: string;
  active: boolean;
}) {
  return (
    <button
      type="button"
      role="radio"
      aria-checked={props.selected}
      data-asset={props.id}
      onClick={props.onSelect}
      className={`grid w-full grid-cols-[1fr_auto_auto] items-center gap-3 sm:grid-cols-[7rem_1fr_1fr_1fr] sm:gap-2 rounded-lg px-3 py-2 text-left text-sm ${props.selected ? "bg-rose-600/20 ring-1 ring-rose-400" : "hover:bg-white/5"}`}
    >
      <span className="flex items-center gap-2 font-medium text-white">
        <TokenIcon symbol={props.symbol} size="sm" />
        {props.symbol}
      </span>
      <span className="text-right text-white">{props.apy}</span>
      <span className="hidden text-right font-mono text-slate-300 sm:block">{props.rate}</span>
      <span className={`text-right text-xs ${props.active ? "text-slate-400" : "text-amber-300"}`} title={props.status}>
        {props.tvl}
        <span className="block">{props.status}</span>
      </span>
    </button>
  );
}

function HostRow({ host, apy, selected, onSelect }: { host: HostChain; apy: Apy | undefined; selected: boolean; onSelect: () => void }) {
  const { network } = useNetwork();
  const a = hostAssets(host, network.assets);
  const t = useTranslations();
  const inactive = t("multi.selector.inactive", {
    value: Dec.toString(host.cValue, 4),
    lower: Dec.toString(host.cValueLimits.lower, 2),
    upper: Dec.toString(host.cValueLimits.upper, 2),
  });
  return (
    <Row
      id={host.chainId}
      selected={selected}
      onSelect={onSelect}
      symbol={a.symbol}
      apy={apy && apy.source !== "unknown" ? formatApy(apy.apy) : "–"}
      rate={`1 ${a.stkSymbol} = ${Dec.toString(hostPerStk(host), 4)}`}
      tvl={`${formatAmount(tvl(host), a.decimals, { maxDecimals: 0 })} ${a.symbol}`}
      status={host.active ? t("multi.selector.active") : inactive}
      active={host.active}
    />
  );
}

/** Every liquid staking product the chain offers, with APY, rate, TVL and status. */
export function AssetSelector({ value, onChange }: { value: AssetChoice; onChange: (v: AssetChoice) => void }) {
  const xprtAvailable = useLiquidStakeAvailable();
  const { states } = useLiquidStakeState();
  const xprtApy = useApy();
  const hosts = useHostChains();
  const apys = useHostApys();
  const t = useTranslations();
  return (
    <section aria-labelledby="assets-title" className="card p-4">
      <h2 id="assets-title" className="font-semibold text-white">
        {t("multi.selector.title")}
      </h2>
      <div className="mt-2 grid grid-cols-[1fr_auto_auto] gap-3 px-3 text-xs text-slate-400 sm:grid-cols-[7rem_1fr_1fr_1fr] sm:gap-2">
        <span>{t("multi.selector.asset")}</span>
        <span className="text-right">{t("multi.selector.apy")}</span>
        <span className="hidden text-right sm:block">{t("multi.selector.rate")}</span>
        <span className="text-right">{t("multi.selector.tvlStatus")}</span>
      </div>
      <div role="radiogroup" aria-label={t("multi.selector.label")} className="mt-1 grid gap-1" data-testid="asset-selector">
        {xprtAvailable && (
          <Row
            id="xprt"
            selected={value === "xprt"}
            onSelect={() => onChange("xprt")}
            symbol="XPRT"
            apy={xprtApy.data && xprtApy.data.source !== "unknown" ? formatApy(xprtApy.data.apy) : "–"}
            rate={states.data ? `1 stkXPRT = ${Dec.toString(xprtPerStk(states.data), 4)}` : "…"}
            tvl={states.data ? `${formatAmount(Dec.truncateInt(states.data.netAmount), 6, { maxDecimals: 0 })} XPRT` : "…"}
            status={t("multi.selector.active")}
            active
          />
        )}
        {(hosts.data ?? []).map((h) => (
          <HostRow key={h.chainId} host={h} apy={apys.data?.get(h.chainId)} selected={value === h.chainId} onSelect={() => onChange(h.chainId)} />
        ))}
      </div>
    </section>
  );
}
