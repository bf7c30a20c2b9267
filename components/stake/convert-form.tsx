"use client";

import { AmountField } from "@/components/ui/amount-field";
import { useTranslations } from "use-intl";
import { useState } from "react";
import { useDelegations, useLiquidStakeState, useValidatorInfo } from "@/hooks/use-liquidstake";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { formatAmount, parseAmount, toDecimalString } from "@/lib/format/amount";
import { useAmountErrorText } from "@/components/ui/use-texts";
import { previewStake, stakeBlocker, stakeToLpMsg } from "@/lib/pstake/liquidstake";
import type { WalletAccount } from "@/lib/wallet/types";
import { PreviewTable } from "@/components/ui/preview-table";
import { useStakeBlockerText } from "./stake-form";

/** MsgStakeToLP: an existing delegation becomes stkXPRT without unbonding. */
export function ConvertForm({ account }: { account: WalletAccount }) {
  const describeAmountError = useAmountErrorText();
  const t = useTranslations();
  const { params, states, validators } = useLiquidStakeState();
  const delegations = useDelegations(account.address);
  const names = useValidatorInfo();
  const describeStakeBlocker = useStakeBlockerText();
  const [validator, setValidator] = useState("");
  const [input, setInput] = useState("");
  const submitTx = useCosmosTx(account, "stake", () => setInput(""));

  const whitelisted = new Set((params.data?.whitelisted ?? []).map((w) => w.validator));
  const eligible = (delegations.data ?? []).filter((d) => whitelisted.has(d.validator));
  const chosen = eligible.find((d) => d.validator === validator) ?? eligible[0];
  const parsed = parseAmount(input, 6);
  const amount = parsed.ok ? parsed.base : 0n;
  const overDelegation = !!chosen && parsed.ok && amount > chosen.amount;
  const blocker = params.data && validators.data && parsed.ok ? stakeBlocker(amount, params.data, validators.data) : null;
  const minted = states.data && parsed.ok ? previewStake(amount, states.data) : null;
  const unavailable = !params.data
    ? null
    : params.data.lsmDisabled
      ? t("multi.convert.lsmDisabled")
      : !params.data.cwLockedPoolAddress
        ? t("multi.convert.noLpContract")
        : null;
  const error =
    input && !parsed.ok
      ? describeAmountError(parsed.error)
      : overDelegation
        ? t("multi.convert.overDelegation")
        : blocker
          ? describeStakeBlocker(blocker)
          : null;
  const plan = chosen && parsed.ok && !overDelegation && !blocker && minted && !unavailable ? stakeToLpMsg(account.address, chosen.validator, amount) : null;
  const moniker = (op: string) => names.data?.get(op)?.moniker ?? op;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!plan || !chosen || !minted) return;
    submitTx(
      t("multi.convert.txTitle"),
      [
        { label: t("multi.convert.fromDelegation"), value: moniker(chosen.validator) },
        { label: t("multi.amount"), value: `${toDecimalString(amount, 6)} XPRT` },
        { label: t("multi.convert.minted"), value: `${toDecimalString(minted, 6)} stkXPRT` },
      ],
      plan,
    );
  };

  if (unavailable) return <p className="text-sm text-slate-300">{unavailable}</p>;
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
            value={input}
            onChange={setInput}
            balance={chosen?.amount}
            max={chosen?.amount}
            error={error}
          />
          <PreviewTable
            rows={[
              { label: t("multi.convert.mintedLocked"), value: minted && !blocker ? `${formatAmount(minted, 6)} stkXPRT` : "–", testId: "convert-receive" },
              { label: t("multi.convert.lpContract"), value: params.data?.cwLockedPoolAddress ? `${params.data.cwLockedPoolAddress.slice(0, 18)}…` : "–" },
            ]}
          />
          <button
            type="submit"
            disabled={!plan}
            className="mt-4 w-full rounded-md bg-rose-600 px-4 py-2 font-medium text-white hover:bg-rose-700 disabled:cursor-not-allowed disabled:opacity-50"
          >
            {t("multi.convert.submit")}
          </button>
        </>
      )}
    </form>
  );
}
