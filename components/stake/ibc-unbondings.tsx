"use client";

import { useTranslations } from "use-intl";
import { useIbcUnbondings, useHostChains } from "@/hooks/use-liquidstakeibc";
import { useNetwork } from "@/hooks/use-network";
import { formatAmount } from "@/lib/format/amount";
import { hostAssets, unbondingState } from "@/lib/pstake/liquidstakeibc";
import { useSentence, useTimeText } from "@/components/ui/use-texts";
import { TableScroll } from "@/components/ui/table-scroll";

/** Every multi-chain unstake request of the account: amount, epoch, state in words, when it pays out. */
export function IbcUnbondings({ address }: { address: string }) {
  const { network } = useNetwork();
  const requests = useIbcUnbondings(address);
  const hosts = useHostChains();
  const t = useTranslations();
  const say = useSentence();
  const time = useTimeText();
  if (!requests.data?.length) return null;
  return (
    <section aria-labelledby="ibc-unbondings-title" className="card p-4">
      <h2 id="ibc-unbondings-title" className="font-semibold text-white">
        {t("multi.requests")}
      </h2>
      <TableScroll label={t("multi.requests")} className="mt-2">
        <table className="w-full text-sm" data-testid="ibc-unbondings">
          <thead className="text-left text-xs text-slate-400">
            <tr>
              <th className="py-1 font-normal">{t("multi.amount")}</th>
              <th className="py-1 font-normal">{t("multi.epoch")}</th>
              <th className="py-1 font-normal">{t("multi.stateCol")}</th>
              <th className="py-1 text-right font-normal">{t("multi.paysOut")}</th>
            </tr>
          </thead>
          <tbody>
            {requests.data.map((u) => {
              const host = hosts.data?.find((h) => h.chainId === u.chainId);
              const a = host ? hostAssets(host, network.assets) : { symbol: u.chainId, decimals: 6 };
              return (
                <tr key={`${u.chainId}-${u.epoch}`} className="border-t border-white/5" data-state={u.state}>
                  <td className="py-1.5 font-mono text-white">
                    {formatAmount(u.owed, a.decimals)} {a.symbol}
                  </td>
                  <td className="py-1.5 text-slate-300">{u.epoch}</td>
                  <td className="py-1.5 text-white">{say(unbondingState(u.state))}</td>
                  <td className="py-1.5 text-right text-slate-300">
                    {u.state === 4 ? t("multi.paid") : u.matureTime ? time.date(u.matureTime) : t("multi.afterEpoch", { epoch: u.epoch })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
