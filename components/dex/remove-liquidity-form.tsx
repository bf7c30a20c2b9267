"use client";

import { useTranslations } from "use-intl";
import { AmountField } from "@/components/ui/amount-field";
import { PreviewTable } from "@/components/ui/preview-table";
import { useAmountInput } from "@/hooks/use-amount-input";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { useDexContracts, usePosition } from "@/hooks/use-dex";
import { useNetwork } from "@/hooks/use-network";
import { useSlippage } from "@/hooks/use-slippage";
import { symbolOf } from "@/lib/chain/assets";
import { LP_DECIMALS, exitForm } from "@/lib/dex/forms";
import type { DexPool } from "@/lib/dex/types";
import { formatAmount, toDecimalString } from "@/lib/format/amount";
import type { WalletAccount } from "@/lib/wallet/types";

/** Burn LP for the pool's assets, with the least accepted from the slippage setting (lib/dex/forms' exitForm). */
export function RemoveLiquidityForm({ pool, account }: { pool: DexPool; account: WalletAccount }) {
  const { network } = useNetwork();
  const vault = useDexContracts().data?.contracts?.vault;
  const position = usePosition(pool, account.address);
  const slippage = useSlippage((s) => s.bps);
  const amountInput = useAmountInput();
  const submit = useCosmosTx(account, "dex", amountInput.clear);
  const t = useTranslations();
  const held = position.data?.held ?? 0n;
  const form = exitForm({ pool, input: amountInput.value, held, slippageBps: slippage, vault, address: account.address });
  const { out, minOut, plan } = form;
  const assets = (v: bigint[]) => pool.assets.map((a, k) => `${formatAmount(v[k], a.decimals)} ${symbolOf(network, a.denom)}`).join(" + ");

  return (
    <form
      className="card p-4"
      aria-label={t("dex.pool.remove")}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!plan || !out || !minOut) return;
        submit(
          t("dex.pool.remove"),
          [
            { label: t("dex.pool.burn"), value: `${toDecimalString(form.amount!, LP_DECIMALS)} LP` },
            { label: t("dex.pool.receive"), value: assets(out) },
            { label: t("dex.pool.atLeast"), value: assets(minOut) },
          ],
          plan,
        );
      }}
    >
      <h2 className="mb-2 font-semibold text-white">{t("dex.pool.remove")}</h2>
      <AmountField
        id="exit-amount"
        label={t("dex.pool.lpToBurn")}
        symbol="LP"
        decimals={LP_DECIMALS}
        input={amountInput}
        balance={held}
        max={held}
        error={form.error}
      />
      {out && minOut && (
        <PreviewTable
          rows={[
            { label: t("dex.pool.receive"), value: assets(out), testId: "exit-preview" },
            { label: t("dex.pool.atLeast"), value: assets(minOut), hint: t("dex.withSlippage", { pct: slippage / 100 }) },
          ]}
        />
      )}
      <button type="submit" disabled={!plan} className="btn-primary mt-3 w-full py-2.5">
        {t("common.review")}
      </button>
    </form>
  );
}
