"use client";

import { useTranslations } from "use-intl";
import { AmountField } from "@/components/ui/amount-field";
import { rateText } from "@/components/ui/format";
import { PreviewTable } from "@/components/ui/preview-table";
import { useSentence } from "@/components/ui/use-texts";
import { useAmountInput } from "@/hooks/use-amount-input";
import { useBalances } from "@/hooks/use-balances";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { feeAmount, useFeeEstimate } from "@/hooks/use-fee-estimate";
import { useLiquidStakeState } from "@/hooks/use-liquidstake";
import { useNetwork } from "@/hooks/use-network";
import { formatAmount, toDecimalString } from "@/lib/format/amount";
import { STAKE_GAS_ESTIMATE, stakeBlockerText, stakeForm, stakeMax } from "@/lib/pstake/forms";
import type { WalletAccount } from "@/lib/wallet/types";
import { amountOf } from "@/lib/bank/balances";

/** Stake XPRT into stkXPRT: the model is lib/pstake/forms' stakeForm; this renders it. */
export function StakeForm({ account }: { account: WalletAccount }) {
  const { network } = useNetwork();
  const balances = useBalances(account.address);
  const { params, states, validators } = useLiquidStakeState();
  const amountInput = useAmountInput();
  const submitTx = useCosmosTx(account, "stake", amountInput.clear);
  const t = useTranslations();
  const say = useSentence();

  const balance = amountOf(balances.data, "uxprt");
  const form = stakeForm({
    input: amountInput.value,
    balance,
    params: params.data,
    states: states.data,
    validators: validators.data,
    address: account.address,
  });
  const fee = useFeeEstimate(form.plan, account, network);
  const simulatedFee = feeAmount(fee.data);
  const { max, kept } = stakeMax(balance, simulatedFee, network.gasPrice.high);
  const gasPrice = Number(network.gasPrice.average);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!form.plan || form.amount === null || form.minted === null) return;
    submitTx(
      t("stake.txTitle"),
      [
        { label: t("stake.txStake"), value: `${toDecimalString(form.amount, 6)} XPRT` },
        { label: t("stake.receive"), value: `${toDecimalString(form.minted, 6)} stkXPRT` },
      ],
      form.plan,
    );
  };

  return (
    <form onSubmit={submit} aria-label={t("stake.formLabel")} noValidate>
      {form.paused && (
        <p role="alert" className="mb-3 rounded-md bg-amber-500/10 px-3 py-2 text-sm text-amber-200" data-testid="paused-note">
          {say(stakeBlockerText({ kind: "paused" }))}
        </p>
      )}
      <AmountField
        id="stake-amount"
        label={t("stake.amountLabel")}
        symbol="XPRT"
        input={amountInput}
        balance={balance}
        max={max}
        maxNote={t("stake.maxNote", { fee: formatAmount(kept, 6) })}
        error={form.error}
      />
      <PreviewTable
        rows={[
          {
            label: t("stake.receive"),
            value: form.minted !== null ? `${formatAmount(form.minted, 6)} stkXPRT` : "–",
            testId: "stake-receive",
            hint: t("stake.receiveHint"),
          },
          { label: t("stake.rate"), value: form.rate ? `1 stkXPRT = ${rateText(form.rate)} XPRT` : "…" },
          { label: t("stake.minimum"), value: params.data ? `${toDecimalString(params.data.minLiquidStakeAmount, 6)} XPRT` : "…" },
          {
            label: t("stake.networkFee"),
            value:
              simulatedFee !== null
                ? `${formatAmount(simulatedFee, 6)} XPRT`
                : form.plan
                  ? fee.isError
                    ? t("stake.feeFailed")
                    : t("stake.feeEstimating")
                  : `~${formatAmount(BigInt(Math.ceil(Number(STAKE_GAS_ESTIMATE) * gasPrice)), 6)} XPRT`,
            hint: fee.data ? t("stake.feeSimulated", { gas: fee.data.gas }) : t("stake.feeEstimate"),
            testId: "stake-fee",
          },
        ]}
      />
      <button type="submit" disabled={!form.plan || form.paused} className="btn-primary mt-4 w-full py-2.5">
        {form.paused ? t("stake.paused") : t("stake.submit")}
      </button>
    </form>
  );
}
