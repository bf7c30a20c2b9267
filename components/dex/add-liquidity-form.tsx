"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { AmountField } from "@/components/ui/amount-field";
import { PreviewTable } from "@/components/ui/preview-table";
import { useSentence } from "@/components/ui/use-texts";
import { useBalances } from "@/hooks/use-balances";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { useDexContracts } from "@/hooks/use-dex";
import { useNetwork } from "@/hooks/use-network";
import { useSlippage } from "@/hooks/use-slippage";
import { symbolOf } from "@/lib/chain/assets";
import { LP_DECIMALS, balancedJoinInputs, joinForm, joinMax } from "@/lib/dex/forms";
import { feeReserve } from "@/lib/bank/send";
import type { DexPool } from "@/lib/dex/types";
import { formatAmount, toDecimalString } from "@/lib/format/amount";
import type { WalletAccount } from "@/lib/wallet/types";
import { SlippageSetting } from "./slippage-setting";
import { amountOf } from "@/lib/bank/balances";

const JOIN_GAS_RESERVE = 800_000n;

/** Add liquidity in any mix, or kept in the pool's ratio (the model: lib/dex/forms' joinForm). */
export function AddLiquidityForm({ pool, account }: { pool: DexPool; account: WalletAccount }) {
  const { network } = useNetwork();
  const vault = useDexContracts().data?.contracts?.vault;
  const balances = useBalances(account.address);
  const slippage = useSlippage((s) => s.bps);
  const [inputs, setInputs] = useState(() => pool.assets.map(() => ""));
  const [balanced, setBalanced] = useState(true);
  const [autoStake, setAutoStake] = useState(true);
  const submit = useCosmosTx(account, "dex", () => setInputs(pool.assets.map(() => "")));
  const t = useTranslations();
  const say = useSentence();
  const sym = (denom: string) => symbolOf(network, denom);

  const held = pool.assets.map((a) => amountOf(balances.data, a.denom));
  const form = joinForm({ pool, inputs, held, slippageBps: slippage, autoStake, vault, address: account.address, symbolOf: sym });
  const { blocker, amounts, quote, impact, minLp, plan } = form;
  const change = (k: number, text: string) => setInputs(balanced ? balancedJoinInputs(pool, inputs, k, text) : inputs.map((v, j) => (j === k ? text : v)));
  const lp = (v: bigint) => `${formatAmount(v, LP_DECIMALS, { maxDecimals: 6 })} LP`;
  // Max keeps the fee back on the asset that pays fees (a join uses about this much gas)
  const kept = pool.assets.map((a) => (a.denom === network.feeDenom ? feeReserve(network.gasPrice.high, JOIN_GAS_RESERVE) : 0n));

  return (
    <form
      className="card p-4"
      aria-label={t("dex.pool.add")}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!plan || !quote) return;
        submit(
          t("dex.pool.add"),
          [
            ...pool.assets
              .filter((_, k) => amounts[k] > 0n)
              .map((a) => ({
                label: t("dex.pool.deposit"),
                value: `${toDecimalString(amounts[pool.assets.indexOf(a)], a.decimals)} ${symbolOf(network, a.denom)}`,
              })),
            { label: t("dex.pool.lpMintedPreview"), value: lp(quote.shares) },
            { label: t("dex.pool.minLp"), value: lp(minLp) },
            { label: t("dex.pool.autoStake"), value: autoStake ? t("dex.pool.autoStakeYes") : t("dex.pool.no") },
          ],
          plan,
        );
      }}
    >
      <h2 className="mb-2 font-semibold text-white">{t("dex.pool.add")}</h2>
      {blocker && (
        <p role="status" className="mb-2 text-sm text-amber-200">
          {say(blocker)}
        </p>
      )}
      <div className="grid gap-3">
        {pool.assets.map((a, k) => (
          <AmountField
            key={a.denom}
            id={`join-${k}`}
            label={symbolOf(network, a.denom)}
            symbol={symbolOf(network, a.denom)}
            decimals={a.decimals}
            input={{ value: inputs[k], onChange: (v) => change(k, v) }}
            balance={held[k]}
            max={joinMax(pool, held, k, balanced, kept)}
            error={form.errors[k]}
          />
        ))}
        <label className="flex items-center gap-2 text-sm text-slate-300">
          <input type="checkbox" checked={balanced} onChange={(e) => setBalanced(e.target.checked)} /> {t("dex.pool.keepRatio")}
        </label>
        <label className="flex items-center gap-2 text-sm text-slate-300">
          <input type="checkbox" checked={autoStake} onChange={(e) => setAutoStake(e.target.checked)} /> {t("dex.pool.autoStakeLabel")}
        </label>
        <SlippageSetting />
      </div>
      {form.quoteError && (
        <p role="alert" className="mt-2 text-sm text-red-300">
          {say(form.quoteError)}
        </p>
      )}
      {quote && (
        <PreviewTable
          rows={[
            { label: t("dex.pool.lpMinted"), value: lp(quote.shares), testId: "join-preview" },
            { label: t("dex.pool.minLp"), value: lp(minLp), hint: t("dex.withSlippage", { pct: slippage / 100 }) },
            { label: t("dex.priceImpact"), value: impact === null ? "—" : `${(impact * 100).toFixed(2)}%`, testId: "join-impact" },
          ]}
        />
      )}
      <button type="submit" disabled={!plan} className="btn-primary mt-3 w-full py-2.5">
        {t("common.review")}
      </button>
    </form>
  );
}
