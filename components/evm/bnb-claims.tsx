"use client";

import { useTranslations } from "use-intl";
import type { UseQueryResult } from "@tanstack/react-query";
import { type Address, type TransactionReceipt, parseEventLogs } from "viem";
import { useEvmChainNow } from "@/hooks/use-evm";
import { useRefreshAfter } from "@/hooks/use-refresh";
import { useEvmTxStore } from "@/hooks/use-evm-tx";
import { stakePoolAbi } from "@/lib/evm/abi.generated";
import { type ClaimRequest, type PoolState, claimAllPlan, claimState, claimableAt } from "@/lib/evm/math";
import type { EvmNetwork } from "@/lib/evm/networks";
import { toDecimalString } from "@/lib/format/amount";
import { Panel } from "@/components/ui/panel";
import { bnbText } from "./format";
import { useBnbTime } from "./use-bnb-texts";
import { TableScroll } from "@/components/ui/table-scroll";
import { Loading } from "@/components/ui/loading";

/** Pending unstakes: what each pays, when, and whether it can be claimed now. */
export function BnbClaims(props: {
  network: EvmNetwork;
  pool: (PoolState & { chainTime: bigint; readAt: number }) | undefined;
  claims: UseQueryResult<ClaimRequest[]>;
  user: Address;
}) {
  const { network, pool, claims, user } = props;
  const now = useEvmChainNow(pool);
  const start = useEvmTxStore((s) => s.start);
  const refresh = useRefreshAfter("evm");
  const t = useTranslations();
  const time = useBnbTime();
  // what a claim paid, from its receipt's Claim events
  const claimSummary = (receipt: TransactionReceipt) => {
    const evs = parseEventLogs({ abi: stakePoolAbi, eventName: "Claim", logs: receipt.logs });
    const total = evs.reduce((s, e) => s + e.args.req.weiToReturn, 0n);
    return evs.length ? t("bnb.claims.summary", { amount: bnbText(total), count: evs.length }) : null;
  };
  const list = claims.data ?? [];
  const plan = pool && now !== undefined ? claimAllPlan(list, now, pool) : null;

  const claim = (functionName: "claim" | "claimAll", req?: ClaimRequest) =>
    void start({
      title: req ? t("bnb.claims.claimTitle") : t("bnb.claims.claimAllTitle"),
      network,
      account: user,
      details: req
        ? [{ label: t("bnb.claims.claim"), value: `${toDecimalString(req.weiToReturn, 18)} BNB` }]
        : [{ label: t("bnb.claims.claim"), value: t("bnb.claims.fromRequests", { amount: toDecimalString(plan?.total ?? 0n, 18), count: plan?.count ?? 0 }) }],
      call: { address: network.stakePool, abi: stakePoolAbi, functionName, args: req ? [BigInt(req.index)] : [] },
      summarize: claimSummary,
      // a claim moves the last request into its slot: read the list again before the next one
      onSettled: () => refresh(network.id),
    });

  // soonest first; the index the contract knows each by stays with it
  const rows = pool ? [...list].sort((a, b) => Number(a.createdAt - b.createdAt)) : [];

  return (
    <Panel
      id="bnb-claims"
      title={t("bnb.claims.title")}
      actions={
        plan && plan.count > 0 ? (
          <button
            type="button"
            onClick={() => claim("claimAll")}
            disabled={!plan.covered}
            title={plan.covered ? undefined : t("bnb.claims.notCovered")}
            className="rounded-md bg-amber-500 px-3 py-1 text-sm font-medium text-slate-950 hover:bg-amber-400 disabled:opacity-50"
          >
            {t("bnb.claims.claimAll", { amount: bnbText(plan.total, 6) })}
          </button>
        ) : null
      }
    >
      {claims.isError ? (
        <p role="alert" className="mt-2 text-sm text-red-200">
          {t("bnb.claims.error", { error: (claims.error as Error).message.split("\n")[0] })}
        </p>
      ) : !claims.data || !pool || now === undefined ? (
        <Loading text={t("bnb.claims.reading")} className="mt-2" />
      ) : rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-400" data-testid="bnb-no-claims">
          {t("bnb.claims.none")}
        </p>
      ) : (
        <TableScroll label={t("bnb.claims.title")} className="mt-3">
          <table className="w-full text-sm" data-testid="bnb-claims">
            <thead className="text-left text-xs text-slate-400">
              <tr>
                <th className="py-1 font-normal">BNB</th>
                <th className="py-1 font-normal">{t("bnb.claims.unstaked")}</th>
                <th className="py-1 font-normal">{t("bnb.form.claimableFrom")}</th>
                <th className="py-1 font-normal">{t("bnb.claims.status")}</th>
                <th className="py-1" />
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const state = claimState(r, now, pool);
                const at = claimableAt(r, pool.cooldownPeriod);
                return (
                  <tr key={`${r.createdAt}:${r.index}:${r.weiToReturn}`} className="border-t border-white/5" data-state={state}>
                    <td className="py-2 font-mono text-white">{bnbText(r.weiToReturn)}</td>
                    <td className="py-2 text-slate-300">{time.date(r.createdAt)}</td>
                    <td className="py-2 text-slate-300">{time.date(at)}</td>
                    <td className="py-2 text-slate-300">
                      {state === "cooling" ? (
                        <span aria-label={t("bnb.claims.readyIn", { time: time.countdown(at - now) })}>
                          {t("bnb.claims.in", { time: time.countdown(at - now) })}
                        </span>
                      ) : state === "ready" ? (
                        <span className="text-emerald-300">{t("bnb.claims.ready")}</span>
                      ) : (
                        <span className="text-amber-200">{t("bnb.claims.waitingReserve")}</span>
                      )}
                    </td>
                    <td className="py-2 text-right">
                      {state === "ready" && (
                        <button
                          type="button"
                          onClick={() => claim("claim", r)}
                          className="rounded-md border border-amber-400/50 px-3 py-1 text-amber-100 hover:bg-amber-400/10"
                        >
                          {t("bnb.claims.claim")}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Panel>
  );
}
