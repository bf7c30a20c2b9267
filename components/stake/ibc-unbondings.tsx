"use client";

import { useIbcUnbondings, useHostChains } from "@/hooks/use-liquidstakeibc";
import { useNetwork } from "@/hooks/use-network";
import { formatAmount } from "@/lib/format/amount";
import { UNBONDING_STATES, hostAssets } from "@/lib/pstake/liquidstakeibc";
import { dateText } from "./format";

/** Every multi-chain unstake request of the account: amount, epoch, state in words, when it pays out. */
export function IbcUnbondings({ address }: { address: string }) {
  const { network } = useNetwork();
  const requests = useIbcUnbondings(address);
  const hosts = useHostChains();
  if (!requests.data?.length) return null;
  return (
    <section aria-labelledby="ibc-unbondings-title" className="rounded-xl border border-white/10 bg-slate-900/60 p-4">
      <h2 id="ibc-unbondings-title" className="font-semibold text-white">
        Multi-chain unstake requests
      </h2>
      <table className="mt-2 w-full text-sm" data-testid="ibc-unbondings">
        <thead className="text-left text-xs text-slate-400">
          <tr>
            <th className="py-1 font-normal">Amount</th>
            <th className="py-1 font-normal">Epoch</th>
            <th className="py-1 font-normal">State</th>
            <th className="py-1 text-right font-normal">Pays out</th>
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
                <td className="py-1.5 text-white">{UNBONDING_STATES[u.state] ?? "unknown"}</td>
                <td className="py-1.5 text-right text-slate-300">
                  {u.state === 4 ? "paid" : u.matureTime ? dateText(u.matureTime) : `after epoch ${u.epoch} ends + host unbonding`}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
