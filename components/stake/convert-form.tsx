"use client";

import { useTranslations } from "use-intl";
import { useState } from "react";
import { AmountField } from "@/components/ui/amount-field";
import { PreviewTable } from "@/components/ui/preview-table";
import { useSentence } from "@/components/ui/use-texts";
import { useAmountInput } from "@/hooks/use-amount-input";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { useDelegations, useLiquidStakeState, useValidatorInfo } from "@/hooks/use-liquidstake";
import { formatAmount, toDecimalString } from "@/lib/format/amount";
import { convertForm } from "@/lib/pstake/forms";
import type { WalletAccount } from "@/lib/wallet/types";

/** MsgStakeToLP: an existing delegation becomes stkXPRT without unbonding (the model: lib/pstake/forms' convertForm). */
export function ConvertForm({ account }: { account: WalletAccount }) {
  const t = useTranslations();
  const say = useSentence();
  const { params, states, validators } = useLiquidStakeState();
  const delegations = useDelegations(account.address);
  const names = useValidatorInfo();
  const [validator, setValidator] = useState("");
  const amountInput = useAmountInput();
  const submitTx = useCosmosTx(account, "stake", amountInput.clear);

  const form = convertForm({
    input: amountInput.value,
    validator,
    delegations: delegations.data,
    params: params.data,
    states: states.data,
    validators: validators.data,
    address: account.address,
  });
  const { chosen, eligible, minted, plan } = form;
  const moniker = (op: string) => names.data?.get(op)?.moniker ?? op;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!plan || !chosen || !minted || form.amount === null) return;
    submitTx(
      t("multi.convert.txTitle"),
      [
        { label: t("multi.convert.fromDelegation"), value: moniker(chosen.validator) },
        { label: t("multi.amount"), value: `${toDecimalString(form.amount, 6)} XPRT` },
        { label: t("multi.convert.minted"), value: `${toDecimalString(minted, 6)} stkXPRT` },
      ],
      plan,
    );
  };

  if (form.unavailable) return <p className="text-sm text-slate-300">{say(form.unavailable)}</p>;
  return (
    <form onSubmit={submit} aria-label={t("multi.convert.formLabel")} noValidate>
      <p className="mb-3 text-sm text-slate-300">{t("multi.convert.intro")}</p>
      {delegations.data && eligible.length === 0 && <p className="text-sm text-slate-400">{t("multi.convert.noDelegation")}</p>}
      {eligible.length > 0 && (
        <>
          <label className="mb-3 grid gap-1 text-sm">
            <span className="text-slate-300">{t("multi.convert.delegation")}</span>
            <select
              value={chosen?.validator}
              onChange={(e) => setValidator(e.target.value)}
              className="rounded-md border border-white/15 bg-slate-950 px-2 py-2 text-white"
            >
              {eligible.map((d) => (
                <option key={d.validator} value={d.validator}>
                  {moniker(d.validator)}: {formatAmount(d.amount, 6)} XPRT
                </option>
              ))}
            </select>
          </label>
          <AmountField
            id="convert-amount"
            label={t("multi.convert.amountLabel")}
            symbol="XPRT"
            input={amountInput}
            balance={chosen?.amount}
            max={chosen?.amount}
            error={form.error}
          />
          <PreviewTable
            rows={[
              { label: t("multi.convert.mintedLocked"), value: minted ? `${formatAmount(minted, 6)} stkXPRT` : "–", testId: "convert-receive" },
              { label: t("multi.convert.lpContract"), value: params.data?.cwLockedPoolAddress ? `${params.data.cwLockedPoolAddress.slice(0, 18)}…` : "–" },
            ]}
          />
          <button type="submit" disabled={!plan} className="btn-primary mt-4 w-full py-2.5">
            {t("multi.convert.submit")}
          </button>
        </>
      )}
    </form>
  );
}
