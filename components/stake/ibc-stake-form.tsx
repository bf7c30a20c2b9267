"use client";

import { AmountField } from "@/components/ui/amount-field";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { useBalances } from "@/hooks/use-balances";
import { useFeeEstimate } from "@/hooks/use-fee-estimate";
import { useNetwork } from "@/hooks/use-network";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { formatAmount, parseAmount, toDecimalString } from "@/lib/format/amount";
import { useAmountErrorText, useSentence } from "@/components/ui/use-texts";
import { Dec } from "@/lib/pstake/dec";
import { type HostChain, hostAssets, hostPerStk, ibcStakeMsg, describeIbcBlocker, isIbcBlocker, previewIbcStake } from "@/lib/pstake/liquidstakeibc";
import type { WalletAccount } from "@/lib/wallet/types";
import { PreviewTable } from "@/components/ui/preview-table";

export function IbcStakeForm({ account, host }: { account: WalletAccount; host: HostChain }) {
  const describeAmountError = useAmountErrorText();
  const t = useTranslations();
  const say = useSentence();
  const { network } = useNetwork();
  const balances = useBalances(account.address);
  const a = hostAssets(host, network.assets);
  const [input, setInput] = useState("");
  const submitTx = useCosmosTx(account, "stake", () => setInput(""));
  const balance = balances.data?.find((b) => b.denom === host.ibcDenom)?.amount ?? 0n;
  const parsed = parseAmount(input, a.decimals);
  const preview = parsed.ok ? previewIbcStake(parsed.base, host) : null;
  const blocker = preview && isIbcBlocker(preview) ? preview : null;
  const ok = preview && !isIbcBlocker(preview) ? preview : null;
  const over = parsed.ok && parsed.base > balance;
  const error =
    input && !parsed.ok
      ? describeAmountError(parsed.error)
      : over
        ? t("amount.overBalance", { symbol: a.symbol })
        : blocker
          ? say(describeIbcBlocker(blocker, a.symbol, a.decimals))
          : null;
  const plan = ok && parsed.ok && !over ? ibcStakeMsg(account.address, host, parsed.base) : null;
  const fee = useFeeEstimate(plan, account, network);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!plan || !ok || !parsed.ok) return;
    submitTx(
      t("multi.stakeTitle", { symbol: a.symbol }),
      [
        { label: t("multi.stake"), value: `${toDecimalString(parsed.base, a.decimals)} ${a.symbol}` },
        { label: t("multi.receive"), value: `${toDecimalString(ok.received, a.decimals)} ${a.stkSymbol}` },
      ],
      plan,
    );
  };

  return (
    <form onSubmit={submit} aria-label={t("multi.stakeTitle", { symbol: a.symbol })} noValidate>
      {!host.active && (
        <p role="alert" className="mb-3 rounded-md bg-amber-500/10 px-3 py-2 text-sm text-amber-200">
          {say(describeIbcBlocker({ kind: "inactive" }, a.symbol, a.decimals))}
        </p>
      )}
      <AmountField
        id="ibc-stake-amount"
        label={t("multi.stakeLabel", { symbol: a.symbol })}
        symbol={a.symbol}
        value={input}
        onChange={setInput}
        balance={balance}
        max={balance}
        error={error}
      />
      <PreviewTable
        rows={[
          {
            label: t("multi.receive"),
            value: ok ? `${formatAmount(ok.received, a.decimals)} ${a.stkSymbol}` : "–",
            testId: "ibc-stake-receive",
            hint: t("multi.receiveHint"),
          },
          { label: t("multi.depositFee"), value: ok ? `${formatAmount(ok.fee, a.decimals)} ${a.stkSymbol}` : `${Dec.toString(host.fees.deposit * 100n, 2)}%` },
          { label: t("multi.rate"), value: `1 ${a.stkSymbol} = ${Dec.toString(hostPerStk(host), 6)} ${a.symbol}` },
          { label: t("multi.minimum"), value: `${toDecimalString(host.minimumDeposit, a.decimals)} ${a.symbol}` },
          {
            label: t("stake.networkFee"),
            value: fee.data ? `${formatAmount(BigInt(fee.data.fee.amount[0].amount), 6)} XPRT` : plan ? t("stake.feeEstimating") : "–",
          },
        ]}
      />
      <button
        type="submit"
        disabled={!plan}
        className="mt-4 w-full rounded-md bg-rose-600 px-4 py-2 font-medium text-white hover:bg-rose-700 disabled:cursor-not-allowed disabled:opacity-50"
      >
        {t("multi.stakeTitle", { symbol: a.symbol })}
      </button>
    </form>
  );
}
