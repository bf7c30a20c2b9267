"use client";

import { useQueries } from "@tanstack/react-query";
import Link from "next/link";
import { positionQuery, useDexContracts, usePools } from "@/hooks/use-dex";
import { useNetwork } from "@/hooks/use-network";
import { useAccount } from "@/hooks/use-wallet";
import { percent, poolName, usd } from "./format";
import { usePoolStats } from "@/hooks/use-pool-stats";

/** Every Dexter pool: assets, type, fee, TVL (USDC, priced through the pools), reward APR, status. */
export function PoolsPage() {
  const { network, rpc } = useNetwork();
  const account = useAccount(network);
  const dex = useDexContracts();
  const pools = usePools();
  const { stats } = usePoolStats(pools.data);
  const ms = dex.data?.contracts?.multistaking;
  // the connected account's LP (held, bonded and unbonding) in each pool
  const positions = useQueries({ queries: (pools.data ?? []).map((p) => positionQuery(network.id, rpc, ms, p, account?.address)) });

  if (dex.data && !dex.data.contracts) {
    return (
      <section className="rounded-xl border border-white/10 bg-slate-900/60 p-6" role="status">
        <h1 className="text-xl font-semibold text-white">Pools</h1>
        <p className="mt-2 text-slate-300">{dex.data.note}</p>
      </section>
    );
  }
  return (
    <section className="rounded-xl border border-white/10 bg-slate-900/60 p-4">
      <div className="mb-3 flex items-center justify-between">
        <h1 className="text-xl font-semibold text-white">Dexter pools</h1>
        <Link href="/swap" prefetch={false} className="rounded-md bg-rose-600 px-3 py-1.5 text-sm text-white hover:bg-rose-700">
          Swap
        </Link>
      </div>
      {(pools.isError || dex.isError) && (
        <p role="alert" className="text-sm text-red-300">
          Could not read the pools: {((pools.error ?? dex.error) as Error).message}
        </p>
      )}
      {!pools.data && !pools.isError && !dex.isError && <p className="text-sm text-slate-400">Loading pools…</p>}
      {pools.data && (
        <table className="w-full text-sm" data-testid="pools-table">
          <thead className="text-left text-xs uppercase text-slate-400">
            <tr>
              <th className="py-2">Pool</th>
              <th>Type</th>
              <th>Fee</th>
              <th className="text-right">TVL</th>
              <th className="text-right" title="24h volume needs an indexer; the app does not read one yet">
                24h volume
              </th>
              <th className="text-right">Reward APR</th>
              <th className="text-right">Your share</th>
              <th className="text-right">Status</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-white/5">
            {pools.data.map((p, k) => {
              const s = stats.get(p.id);
              const pos = positions[k]?.data;
              const mine = pos ? pos.held + pos.bonded + pos.unlocked + pos.locks.reduce((sum, l) => sum + l.amount, 0n) : null;
              const share = mine === null ? null : p.lpSupply > 0n ? Number(mine) / Number(p.lpSupply) : 0;
              const status = p.defunct ? "Defunct" : p.paused.swap || p.paused.deposit ? "Paused" : "Live";
              return (
                <tr key={p.id} data-testid={`pool-row-${p.id}`}>
                  <td className="py-2">
                    <Link href={`/pools/${p.id}`} prefetch={false} className="font-medium text-white hover:text-rose-200">
                      {poolName(network, p)}
                    </Link>
                    <span className="ml-2 text-xs text-slate-400">#{p.id}</span>
                  </td>
                  <td className="text-slate-300">{p.kind === "stable" ? "Stable" : "Weighted"}</td>
                  <td className="text-slate-300">{(p.feeBps / 100).toFixed(2)}%</td>
                  <td className="text-right font-mono text-white">{usd(s?.tvl)}</td>
                  <td className="text-right text-slate-400">—</td>
                  <td className="text-right font-mono text-white">{percent(s?.rewardApr)}</td>
                  <td className="text-right font-mono text-white" data-testid={`pool-share-${p.id}`}>
                    {account ? percent(share) : "—"}
                  </td>
                  <td className={`text-right ${status === "Live" ? "text-emerald-300" : "text-amber-300"}`}>{status}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
