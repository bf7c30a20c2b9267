"use client";

import { useLiquidStakeState, useValidatorInfo } from "@/hooks/use-liquidstake";
import { formatAmount } from "@/lib/format/amount";
import { TOTAL_WEIGHT } from "@/lib/pstake/liquidstake";

export function ValidatorsTable() {
  const { validators } = useLiquidStakeState();
  const info = useValidatorInfo();
  return (
    <section aria-labelledby="validators-title" className="rounded-xl border border-white/10 bg-slate-900/60 p-4">
      <h2 id="validators-title" className="font-semibold text-white">
        Liquid validators
      </h2>
      <p className="text-xs text-slate-400">Staked XPRT is delegated to these validators by weight.</p>
      <table className="mt-2 w-full text-sm" data-testid="liquid-validators">
        <thead className="text-left text-xs text-slate-400">
          <tr>
            <th className="py-1 font-normal">Validator</th>
            <th className="py-1 text-right font-normal">Weight</th>
            <th className="py-1 text-right font-normal">Delegated</th>
            <th className="py-1 text-right font-normal">Status</th>
          </tr>
        </thead>
        <tbody>
          {(validators.data ?? []).map((v) => (
            <tr key={v.operator} className="border-t border-white/5">
              <td className="py-1.5 text-white" title={v.operator}>
                {info.data?.get(v.operator)?.moniker ?? `${v.operator.slice(0, 22)}…`}
              </td>
              <td className="py-1.5 text-right font-mono text-white">{((Number(v.weight) * 100) / Number(TOTAL_WEIGHT)).toFixed(2)}%</td>
              <td className="py-1.5 text-right font-mono text-white">{formatAmount(v.liquidTokens, 6, { maxDecimals: 0 })}</td>
              <td className={`py-1.5 text-right ${v.active ? "text-emerald-300" : "text-amber-300"}`}>{v.active ? "active" : "inactive"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
