"use client";

import { AmountField } from "@/components/ui/amount-field";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { useBalances } from "@/hooks/use-balances";
import { useChainNow } from "@/hooks/use-chain-time";
import { useFeeEstimate } from "@/hooks/use-fee-estimate";
import { useLiquidStakeState, useStakingParams, useUnbondings, useValidatorInfo } from "@/hooks/use-liquidstake";
import { useNetwork } from "@/hooks/use-network";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { formatAmount, parseAmount, toDecimalString } from "@/lib/format/amount";
import { Dec } from "@/lib/pstake/dec";
import { STK_XPRT, type UnstakeBlocker, isUnstakeBlocker, liquidUnstakeMsg, previewUnstake } from "@/lib/pstake/liquidstake";
import type { WalletAccount } from "@/lib/wallet/types";
import { PreviewTable } from "@/components/ui/preview-table";
import { useAmountErrorText, useTimeText } from "@/components/ui/use-texts";

function useUnstakeBlockerText(): (b: UnstakeBlocker, moniker: (op: string) => string, max: number) => string {
  const t = useTranslations();
  return (b, moniker, max) => {
    switch (b.kind) {
      case "paused":
        return t("unstake.blocker.paused");
      case "exceeds-supply":
        return t("unstake.blocker.exceedsSupply");
      case "too-small":
        return t("unstake.blocker.tooSmall");
      case "max-entries":
        return t("unstake.blocker.maxEntries", { max, validator: moniker(b.validator) });
    }
  };
}

export function UnstakeForm({ account }: { account: WalletAccount }) {
  const { network } = useNetwork();
  const balances = useBalances(account.address);
  const { params, states, validators } = useLiquidStakeState();
  const stakingParams = useStakingParams();
  const unbondings = useUnbondings(account.address);
  const names = useValidatorInfo();
  const now = useChainNow();
  const [input, setInput] = useState("");
  const submitTx = useCosmosTx(account, "stake", () => setInput(""));
  const t = useTranslations();
  const amountErrorText = useAmountErrorText();
  const describeUnstakeBlocker = useUnstakeBlockerText();
  const { date: dateText } = useTimeText();

  const balance = balances.data?.find((b) => b.denom === STK_XPRT)?.amount ?? 0n;
  const parsed = parseAmount(input, 6);
  const amount = parsed.ok ? parsed.base : 0n;
  const overBalance = parsed.ok && amount > balance;
  let preview = params.data && states.data && validators.data && parsed.ok ? previewUnstake(amount, states.data, params.data, validators.data) : null;
  // The max-entries limit, explained before the chain refuses it.
  if (preview && !isUnstakeBlocker(preview) && stakingParams.data && unbondings.data) {
    const full = preview.entries.find((e) => unbondings.data.filter((u) => u.validator === e.validator).length >= stakingParams.data.maxEntries);
    if (full) preview = { kind: "max-entries", validator: full.validator };
  }
  const blocker = preview && isUnstakeBlocker(preview) ? preview : null;
  const ok = preview && !isUnstakeBlocker(preview) ? preview : null;
  const moniker = (op: string) => names.data?.get(op)?.moniker ?? op;
  const inputError = input && !parsed.ok ? amountErrorText(parsed.error) : overBalance ? t("amount.overBalance", { symbol: "stkXPRT" }) : null;
  const plan = ok && !overBalance ? liquidUnstakeMsg(account.address, amount) : null;
  const fee = useFeeEstimate(plan, account, network);
  const unbondingMs = (stakingParams.data?.unbondingSeconds ?? network.unbondingDays * 86_400) * 1000;
  const eta = now !== undefined ? now + unbondingMs : undefined;
  const paused = params.data?.modulePaused;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!plan || !ok) return;
    submitTx(
      t("unstake.txTitle"),
      [
        { label: t("unstake.txUnstake"), value: `${toDecimalString(amount, 6)} stkXPRT` },
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
        value={input}
        onChange={setInput}
        balance={balance}
        max={balance}
        error={inputError ?? (blocker && !paused ? describeUnstakeBlocker(blocker, moniker, stakingParams.data?.maxEntries ?? 7) : null)}
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
      <button
        type="submit"
        disabled={!plan || paused}
        className="mt-4 w-full rounded-md bg-rose-600 px-4 py-2 font-medium text-white hover:bg-rose-700 disabled:cursor-not-allowed disabled:opacity-50"
      >
        {t("unstake.submit")}
      </button>
    </form>
  );
}
