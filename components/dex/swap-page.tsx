"use client";

import { AmountField } from "@/components/ui/amount-field";
import { symbolOf } from "@/lib/chain/assets";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { useBalances } from "@/hooks/use-balances";
import { useDexContracts, usePools } from "@/hooks/use-dex";
import { useNetwork } from "@/hooks/use-network";
import { useSlippage } from "@/hooks/use-slippage";
import { useAmountInput } from "@/hooks/use-amount-input";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { useValuer } from "@/hooks/use-valuer";
import { usd } from "@/components/ui/format";
import { useAccount } from "@/hooks/use-wallet";
import { querySmart } from "@/lib/chain/wasm";
import { swapForm } from "@/lib/dex/forms";
import { nativeInfo } from "@/lib/dex/pools";
import type { SwapKind } from "@/lib/dex/types";
import { formatAmount, toDecimalString } from "@/lib/format/amount";
import { useSentence, useErrorText } from "@/components/ui/use-texts";
import { PreviewTable } from "@/components/ui/preview-table";
import { DemoButton } from "@/components/wallet/demo-button";
import { SlippageSetting } from "./slippage-setting";
import { Loading } from "@/components/ui/loading";
import { queryKeys } from "@/lib/query-keys";
import { amountOf } from "@/lib/bank/balances";

export function SwapPage() {
  const t = useTranslations();
  const errorText = useErrorText();
  const say = useSentence();
  const { network, rpc } = useNetwork();
  const account = useAccount(network);
  const dex = useDexContracts();
  const pools = usePools();
  const balances = useBalances(account?.address);
  const slippage = useSlippage((s) => s.bps);
  const [from, setFrom] = useState<string>("");
  const [to, setTo] = useState<string>("");
  const [kind, setKind] = useState<SwapKind>("give-in");
  const amountInput = useAmountInput();
  const submit = useCosmosTx(account, "dex", amountInput.clear);
  const contracts = dex.data?.contracts;
  const sym = (d: string) => symbolOf(network, d);
  const form = swapForm({
    pools: pools.data ?? [],
    from,
    to,
    kind,
    input: amountInput.value,
    wallet: account ? (denom) => amountOf(balances.data, denom) : undefined,
    slippageBps: slippage,
    contracts,
    address: account?.address,
    symbolOf: sym,
    // the chain's token into its stkASSET: what a liquid staker most often comes to buy here
    preferred: { from: network.feeDenom, to: `stk/${network.feeDenom}` },
  });
  const { denoms, offer, ask, decimalsOf, typedDecimals, held, route, impact, spend, minReceived, plan } = form;
  const valuer = useValuer();
  const usdHint = (denom: string, amount: bigint) => {
    const v = valuer.usd(denom, amount);
    return v === null ? undefined : `≈ ${usd(v)}`;
  };
  const heldText = (denom: string) => {
    return t("dex.swap.youHave", { amount: `${formatAmount(amountOf(balances.data, denom), decimalsOf(denom))} ${sym(denom)}` });
  };
  const flip = () => {
    setFrom(ask);
    setTo(offer);
    amountInput.clear();
  };

  // the router's own simulation of a multi-hop route, shown beside the browser's quote
  const routerCheck = useQuery({
    queryKey: queryKeys.dex.routerSim(network.id, route?.hops.map((h) => `${h.pool.id}:${h.offer}>${h.ask}`).join(","), route?.amountIn.toString()),
    enabled: !!route && route.hops.length > 1 && !!contracts,
    queryFn: async () => {
      const requests = route!.hops.map((h) => ({
        pool_id: h.pool.id,
        asset_in: nativeInfo(h.pool.assets[h.offer].denom),
        asset_out: nativeInfo(h.pool.assets[h.ask].denom),
      }));
      const sim = await querySmart<{ swap_operations: { received_amount: string }[]; response: { failure?: string } }>(rpc, contracts!.router, {
        simulate_multihop_swap: { multiswap_request: requests, swap_type: { give_in: {} }, amount: route!.amountIn.toString() },
      });
      if (sim.response.failure !== undefined || sim.swap_operations.some((o) => o.received_amount === "0")) return null;
      return BigInt(sim.swap_operations[sim.swap_operations.length - 1].received_amount);
    },
  });

  if (dex.data && !contracts) {
    return (
      <section className="card p-6" role="status">
        <h1 className="text-xl font-semibold text-white">{t("dex.swap.title")}</h1>
        <p className="mt-2 text-slate-300">{dex.data.note && say(dex.data.note)}</p>
      </section>
    );
  }

  // the pairs come from the pools: until they are read there is nothing to choose from
  if (!pools.data) {
    return (
      <section className="mx-auto max-w-lg card p-4">
        <h1 className="text-xl font-semibold text-white">{t("dex.swap.title")}</h1>
        {pools.isError ? (
          <p role="alert" className="mt-2 text-sm text-red-300">
            {t("dex.pools.readError", { error: errorText(pools.error).slice(0, 160) })}
          </p>
        ) : (
          <Loading text={t("dex.pools.loading")} className="mt-2" />
        )}
      </section>
    );
  }

  const routeText = route ? [sym(offer), ...route.hops.map((h) => sym(h.pool.assets[h.ask].denom))].join(" → ") : "";

  return (
    <form
      className="mx-auto max-w-lg card p-4"
      aria-label={t("dex.swap.title")}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!plan || !route) return;
        submit(
          t("dex.swap.title"),
          [
            { label: t("dex.swap.youPay"), value: `${toDecimalString(route.amountIn, decimalsOf(offer))} ${sym(offer)}` },
            { label: t("dex.swap.receiveExpected"), value: `${toDecimalString(route.amountOut, decimalsOf(ask))} ${sym(ask)}` },
            {
              label: t("dex.swap.minReceived"),
              value: `${toDecimalString(minReceived, decimalsOf(ask))} ${sym(ask)}`,
            },
            { label: t("dex.swap.route"), value: routeText },
          ],
          plan,
        );
      }}
    >
      <div className="mb-3 flex items-center justify-between">
        <h1 className="text-xl font-semibold text-white">{t("dex.swap.title")}</h1>
        <SlippageSetting />
      </div>
      <div className="grid gap-3 text-sm">
        <div className="grid grid-cols-[1fr_auto_1fr] items-end gap-2">
          <label className="grid gap-1 text-slate-300">
            {t("dex.swap.from")}
            <select
              aria-label={t("dex.swap.from")}
              value={offer}
              onChange={(e) => setFrom(e.target.value)}
              className="rounded-md border border-white/15 bg-slate-950 px-2 py-2 text-white"
            >
              {denoms.map((d) => (
                <option key={d} value={d}>
                  {sym(d)}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            onClick={flip}
            aria-label={t("dex.swap.flip")}
            title={t("dex.swap.flip")}
            className="grid h-10 w-10 place-items-center rounded-md border border-white/15 text-slate-200 hover:bg-white/10"
          >
            <svg
              aria-hidden
              viewBox="0 0 20 20"
              className="h-4 w-4"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.8"
              strokeLinecap="round"
              strokeLinejoin="round"
            >
              <path d="M6 3v14M6 3L3 6M6 3l3 3M14 17V3M14 17l-3-3M14 17l3-3" />
            </svg>
          </button>
          <label className="grid gap-1 text-slate-300">
            {t("dex.swap.to")}
            <select
              aria-label={t("dex.swap.to")}
              value={ask}
              onChange={(e) => setTo(e.target.value)}
              className="rounded-md border border-white/15 bg-slate-950 px-2 py-2 text-white"
            >
              {denoms
                .filter((d) => d !== offer)
                .map((d) => (
                  <option key={d} value={d}>
                    {sym(d)}
                  </option>
                ))}
            </select>
          </label>
        </div>
        {account && balances.data && (
          <p className="-mt-1 grid grid-cols-[1fr_auto_1fr] gap-2 text-xs text-slate-400" data-testid="swap-holdings">
            <span>{heldText(offer)}</span>
            <span className="w-10" />
            <span>{heldText(ask)}</span>
          </p>
        )}
        <div role="radiogroup" aria-label={t("dex.swap.amountIs")} className="flex gap-3 text-slate-300">
          <label className="flex items-center gap-1">
            <input type="radio" checked={kind === "give-in"} onChange={() => setKind("give-in")} /> {t("dex.swap.iPay")}
          </label>
          <label className="flex items-center gap-1">
            <input type="radio" checked={kind === "give-out"} onChange={() => setKind("give-out")} /> {t("dex.swap.iReceive")}
          </label>
        </div>
        <AmountField
          id="swap-amount"
          label={kind === "give-in" ? t("dex.swap.payLabel", { symbol: sym(offer) }) : t("dex.swap.receiveLabel", { symbol: sym(ask) })}
          symbol={sym(offer)}
          decimals={typedDecimals}
          input={amountInput}
          balance={account && kind === "give-in" ? held : undefined}
          max={account && kind === "give-in" && offer !== network.feeDenom ? held : undefined}
          error={form.error}
        />
      </div>
      {form.noRoute && (
        <p role="alert" className="mt-2 text-sm text-red-300" data-testid="no-route">
          {form.noRouteReason ? say(form.noRouteReason) : t("dex.swap.noRoute")}
        </p>
      )}
      {route && impact !== null && (
        <>
          <PreviewTable
            rows={[
              {
                label: kind === "give-in" ? t("dex.swap.receiveExpected") : t("dex.swap.payExpected"),
                value:
                  kind === "give-in"
                    ? `${formatAmount(route.amountOut, decimalsOf(ask))} ${sym(ask)}`
                    : `${formatAmount(route.amountIn, decimalsOf(offer))} ${sym(offer)}`,
                hint: kind === "give-in" ? usdHint(ask, route.amountOut) : usdHint(offer, route.amountIn),
                testId: "swap-quote",
              },
              kind === "give-in" || route.hops.length > 1
                ? {
                    label: t("dex.swap.minReceived"),
                    value: `${formatAmount(minReceived, decimalsOf(ask))} ${sym(ask)}`,
                    hint: t("dex.withSlippage", { pct: slippage / 100 }),
                    testId: "swap-min",
                  }
                : {
                    label: t("dex.swap.maxSpent"),
                    value: `${formatAmount(spend, decimalsOf(offer))} ${sym(offer)}`,
                    hint: t("dex.swap.refundHint", { pct: slippage / 100 }),
                    testId: "swap-min",
                  },
              {
                label: t("dex.swap.route"),
                value: routeText,
                hint: t("dex.swap.routePools", { ids: route.hops.map((h) => `#${h.pool.id}`).join(", ") }),
                testId: "swap-route",
              },
              { label: t("dex.priceImpact"), value: `${(impact * 100).toFixed(2)}%`, testId: "swap-impact" },
              {
                label: t("dex.swap.fees"),
                value: route.hops
                  .map((h, k) => `${formatAmount(route.fees[k], h.pool.assets[h.offer].decimals)} ${sym(h.pool.assets[h.offer].denom)}`)
                  .join(" + "),
              },
              ...(route.hops.length > 1 && kind === "give-in"
                ? [
                    {
                      label: t("dex.swap.routerSim"),
                      value:
                        routerCheck.data === undefined ? "…" : routerCheck.data === route.amountOut ? t("dex.swap.routerMatches") : t("dex.swap.routerDiffers"),
                      testId: "router-check",
                    },
                  ]
                : []),
            ]}
          />
          {impact > 0.05 ? (
            <p role="alert" className="mt-2 rounded-md bg-red-500/10 px-3 py-2 text-sm text-red-200" data-testid="impact-warning">
              {t("dex.swap.impactHigh", { pct: (impact * 100).toFixed(2) })}
            </p>
          ) : impact > 0.01 ? (
            <p role="status" className="mt-2 rounded-md bg-amber-500/10 px-3 py-2 text-sm text-amber-200" data-testid="impact-warning">
              {t("dex.swap.impactWarn", { pct: (impact * 100).toFixed(2) })}
            </p>
          ) : null}
        </>
      )}
      {account ? (
        <button type="submit" disabled={!plan} className="btn-primary mt-3 w-full py-2.5">
          {t("dex.swap.submit")}
        </button>
      ) : (
        <p className="mt-3 text-sm text-slate-300">
          {t("dex.swap.connect")} <DemoButton />
        </p>
      )}
    </form>
  );
}
