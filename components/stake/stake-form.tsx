"use client";

import { AmountField } from "@/components/ui/amount-field";
import { rateText } from "@/components/ui/format";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { useBalances } from "@/hooks/use-balances";
import { useFeeEstimate } from "@/hooks/use-fee-estimate";
import { useLiquidStakeState } from "@/hooks/use-liquidstake";
import { useNetwork } from "@/hooks/use-network";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { feeReserve } from "@/lib/bank/send";
import { formatAmount, parseAmount, toDecimalString } from "@/lib/format/amount";
import { Dec } from "@/lib/pstake/dec";
import { type StakeBlocker, liquidStakeMsg, previewStake, stakeBlocker, xprtPerStk } from "@/lib/pstake/liquidstake";
import type { WalletAccount } from "@/lib/wallet/types";
import { PreviewTable } from "@/components/ui/preview-table";
import { useAmountErrorText } from "@/components/ui/use-texts";

/** Gas of a liquid stake with headroom: what Max keeps back before the fee is simulated. */
const STAKE_GAS_RESERVE = 400_000n;

export function useStakeBlockerText(): (b: StakeBlocker) => string {
  const t = useTranslations();
  return (b) => {
    switch (b.kind) {
      case "paused":
        return t("stake.blocker.paused");
      case "below-minimum":
        return t("stake.blocker.belowMinimum", { minimum: toDecimalString(b.minimum, 6) });
      case "no-active-validators":
        return t("stake.blocker.noActiveValidators");
      case "quorum":
        return t("stake.blocker.quorum", { share: Dec.toString(b.activeShare * 100n, 2) });
      case "too-small":
        return t("stake.blocker.tooSmall");
    }
  };
}

export function StakeForm({ account }: { account: WalletAccount }) {
  const { network } = useNetwork();
  const balances = useBalances(account.address);
  const { params, states, validators } = useLiquidStakeState();
  const [input, setInput] = useState("");
  const submitTx = useCosmosTx(account, "stake", () => setInput(""));
  const t = useTranslations();
  const amountErrorText = useAmountErrorText();
  const describeStakeBlocker = useStakeBlockerText();

  const balance = balances.data?.find((b) => b.denom === "uxprt")?.amount ?? 0n;
  const parsed = parseAmount(input, 6);
  const amount = parsed.ok ? parsed.base : 0n;
  const blocker = params.data && validators.data && parsed.ok ? stakeBlocker(amount, params.data, validators.data) : null;
  const pausedNow = params.data?.modulePaused;
  const minted = states.data && parsed.ok ? previewStake(amount, states.data) : null;
  const mintBlocker: StakeBlocker | null = blocker ?? (minted === 0n ? { kind: "too-small" } : null);
  const overBalance = parsed.ok && amount > balance;
  const inputError = input && !parsed.ok ? amountErrorText(parsed.error) : overBalance ? t("amount.overBalance", { symbol: "XPRT" }) : null;
  const plan = parsed.ok && !overBalance && !mintBlocker ? liquidStakeMsg(account.address, amount) : null;
  const fee = useFeeEstimate(plan, account, network);
  const gasPrice = Number(network.gasPrice.average);
  const reserve = feeReserve(network.gasPrice.high, STAKE_GAS_RESERVE);
  const feeAmount = fee.data ? BigInt(fee.data.fee.amount[0].amount) : null;
  const max = balance > (feeAmount ?? reserve) ? balance - (feeAmount ?? reserve) : 0n;
  const rate = states.data ? xprtPerStk(states.data) : undefined;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!plan || !minted) return;
    submitTx(
      t("stake.txTitle"),
      [
        { label: t("stake.txStake"), value: `${toDecimalString(amount, 6)} XPRT` },
        { label: t("stake.receive"), value: `${toDecimalString(minted, 6)} stkXPRT` },
      ],
      plan,
    );
  };

  return (
    <form onSubmit={submit} aria-label={t("stake.formLabel")} noValidate>
      {pausedNow && (
        <p role="alert" className="mb-3 rounded-md bg-amber-500/10 px-3 py-2 text-sm text-amber-200" data-testid="paused-note">
          {describeStakeBlocker({ kind: "paused" })}
        </p>
      )}
      <AmountField
        id="stake-amount"
        label={t("stake.amountLabel")}
        symbol="XPRT"
        value={input}
        onChange={setInput}
        balance={balance}
        max={max}
        maxNote={t("stake.maxNote", { fee: formatAmount(feeAmount ?? reserve, 6) })}
        error={inputError ?? (mintBlocker && !pausedNow ? describeStakeBlocker(mintBlocker) : null)}
      />
      <PreviewTable
        rows={[
          {
            label: t("stake.receive"),
            value: minted !== null && !mintBlocker ? `${formatAmount(minted, 6)} stkXPRT` : "–",
            testId: "stake-receive",
            hint: t("stake.receiveHint"),
          },
          { label: t("stake.rate"), value: rate ? `1 stkXPRT = ${rateText(rate)} XPRT` : "…" },
          { label: t("stake.minimum"), value: params.data ? `${toDecimalString(params.data.minLiquidStakeAmount, 6)} XPRT` : "…" },
          {
            label: t("stake.networkFee"),
            value: fee.data
              ? `${formatAmount(BigInt(fee.data.fee.amount[0].amount), 6)} XPRT`
              : plan
                ? fee.isError
                  ? t("stake.feeFailed")
                  : t("stake.feeEstimating")
                : `~${formatAmount(BigInt(Math.ceil(250_000 * gasPrice)), 6)} XPRT`,
            hint: fee.data ? t("stake.feeSimulated", { gas: fee.data.gas }) : t("stake.feeEstimate"),
            testId: "stake-fee",
          },
        ]}
      />
      <button
        type="submit"
        disabled={!plan || pausedNow}
        className="mt-4 w-full rounded-md bg-rose-600 px-4 py-2 font-medium text-white hover:bg-rose-700 disabled:cursor-not-allowed disabled:opacity-50"
      >
        {pausedNow ? t("stake.paused") : t("stake.submit")}
      </button>
    </form>
  );
}
