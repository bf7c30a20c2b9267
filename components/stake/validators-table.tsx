"use client";

import { useTranslations } from "use-intl";
import { useLiquidStakeState, useValidatorInfo } from "@/hooks/use-liquidstake";
import { formatAmount } from "@/lib/format/amount";
import { TOTAL_WEIGHT } from "@/lib/pstake/liquidstake";
import { TableScroll } from "@/components/ui/table-scroll";

export function ValidatorsTable() {
  const { validators } = useLiquidStakeState();
  const info = useValidatorInfo();
  const t = useTranslations();
  return (
    <section aria-labelledby="validators-title" className="card p-4">
      <h2 id="validators-title" className="font-semibold text-white">
        {t("multi.validators.title")}
      </h2>
      <p className="text-xs text-slate-400">{t("multi.validators.intro")}</p>
      <TableScroll label={t("multi.validators.title")} className="mt-2">
        <table className="w-full text-sm" data-testid="liquid-validators">
          <thead className="text-left text-xs text-slate-400">
            <tr>
              <th className="py-1 font-normal">{t("multi.validators.validator")}</th>
              <th className="py-1 text-right font-normal">{t("multi.validators.weight")}</th>
              <th className="py-1 text-right font-normal">{t("multi.validators.delegated")}</th>
              <th className="py-1 text-right font-normal">{t("multi.validators.status")}</th>
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
                <td className={`py-1.5 text-right ${v.active ? "text-emerald-300" : "text-amber-300"}`}>
                  {v.active ? t("multi.validators.active") : t("multi.validators.inactive")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
