"use client";

import { AmountField } from "@/components/ui/amount-field";
import { useTranslations } from "use-intl";
import { useBalances } from "@/hooks/use-balances";
import { useChainNow } from "@/hooks/use-chain-time";
import { useFeeEstimate } from "@/hooks/use-fee-estimate";
import { useLiquidStakeState, useStakingParams, useUnbondings, useValidatorInfo } from "@/hooks/use-liquidstake";
import { useNetwork } from "@/hooks/use-network";
import { useAmountInput } from "@/hooks/use-amount-input";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { formatAmount, toDecimalString } from "@/lib/format/amount";
import { Dec } from "@/lib/pstake/dec";
import { unstakeForm } from "@/lib/pstake/forms";
import { STK_XPRT } from "@/lib/pstake/liquidstake";
import type { WalletAccount } from "@/lib/wallet/types";
import { PreviewTable } from "@/components/ui/preview-table";
import { useTimeText } from "@/components/ui/use-texts";
import { amountOf } from "@/lib/bank/balances";

/** Unstake stkXPRT (the model: lib/pstake/forms' unstakeForm): XPRT arrives after the unbonding time. */
export function UnstakeForm({ account }: { account: WalletAccount }) {
  const { network } = useNetwork();
  const balances = useBalances(account.address);
  const { params, states, validators } = useLiquidStakeState();
  const stakingParams = useStakingParams();
  const unbondings = useUnbondings(account.address);
  const names = useValidatorInfo();
  const now = useChainNow();
  const amountInput = useAmountInput();
  const submitTx = useCosmosTx(account, "stake", amountInput.clear);
  const t = useTranslations();
  const { date: dateText } = useTimeText();

  const balance = amountOf(balances.data, STK_XPRT);
  const moniker = (op: string) => names.data?.get(op)?.moniker ?? op;
  const form = unstakeForm({
    input: amountInput.value,
    balance,
    params: params.data,
    states: states.data,
    validators: validators.data,
    stakingParams: stakingParams.data,
    unbondings: unbondings.data,
    moniker,
    address: account.address,
  });
  const { preview: ok, plan, paused } = form;
  const fee = useFeeEstimate(plan, account, network);
  const unbondingMs = (stakingParams.data?.unbondingSeconds ?? network.unbondingDays * 86_400) * 1000;
  const eta = now !== undefined ? now + unbondingMs : undefined;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!plan || !ok || form.amount === null) return;
    submitTx(
      t("unstake.txTitle"),
      [
        { label: t("unstake.txUnstake"), value: `${toDecimalString(form.amount, 6)} stkXPRT` },
        { label: t("stake.receive"), value: `${toDecimalString(ok.total, 6)} XPRT` },
        {
          label: t("unstake.txAvailable"),
          value: eta ? t("unstake.txAbout", { date: dateText(eta) }) : t("unstake.txInDays", { days: network.unbondingDays }),
        },
      ],
      plan,
    );
  };

  return (
    <form onSubmit={submit} aria-label={t("unstake.formLabel")} noValidate>
      {paused && (
        <p role="alert" className="mb-3 rounded-md bg-amber-500/10 px-3 py-2 text-sm text-amber-200">
          {t("unstake.blocker.paused")}
        </p>
      )}
      <AmountField
        id="unstake-amount"
        label={t("unstake.amountLabel")}
        symbol="stkXPRT"
        input={amountInput}
        balance={balance}
        max={balance}
        error={form.error}
      />
      <PreviewTable
        rows={[
          { label: t("stake.receive"), value: ok ? `${formatAmount(ok.total, 6)} XPRT` : "–", testId: "unstake-receive", hint: t("unstake.receiveHint") },
          {
            label: t("unstake.fee"),
            value: ok ? `${formatAmount(ok.fee, 6)} XPRT` : params.data ? `${Dec.toString(params.data.unstakeFeeRate * 100n, 3)}%` : "…",
          },
          {
            label: t("unstake.availableOn"),
            value: eta ? dateText(eta) : "…",
            hint: t("unstake.availableHint", { days: Math.round(unbondingMs / 86_400_000) }),
            testId: "unstake-eta",
          },
          {
            label: t("unstake.entries"),
            value: ok ? t("unstake.entriesValue", { count: ok.entries.length }) : "–",
            hint: stakingParams.data ? t("unstake.entriesHint", { max: stakingParams.data.maxEntries }) : undefined,
          },
          {
            label: t("stake.networkFee"),
            value: fee.data ? `${formatAmount(BigInt(fee.data.fee.amount[0].amount), 6)} XPRT` : plan ? t("stake.feeEstimating") : "–",
            hint: fee.data ? t("stake.feeSimulated", { gas: fee.data.gas }) : undefined,
          },
        ]}
      />
      <button type="submit" disabled={!plan || paused} className="btn-primary mt-4 w-full py-2.5">
        {t("unstake.submit")}
      </button>
    </form>
  );
}
