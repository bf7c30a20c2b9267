"use client";

import { AmountField } from "@/components/ui/amount-field";
import { useTranslations } from "use-intl";
import { useBalances } from "@/hooks/use-balances";
import { useFeeEstimate } from "@/hooks/use-fee-estimate";
import { useNetwork } from "@/hooks/use-network";
import { useAmountInput } from "@/hooks/use-amount-input";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { formatAmount, toDecimalString } from "@/lib/format/amount";
import { ibcStakeForm } from "@/lib/pstake/forms";
import { useSentence } from "@/components/ui/use-texts";
import { Dec } from "@/lib/pstake/dec";
import { type HostChain, describeIbcBlocker, hostAssets, hostPerStk } from "@/lib/pstake/liquidstakeibc";
import type { WalletAccount } from "@/lib/wallet/types";
import { PreviewTable } from "@/components/ui/preview-table";
import { amountOf } from "@/lib/bank/balances";

/** Stake a host chain's token into its stkASSET (the model: lib/pstake/forms' ibcStakeForm). */
export function IbcStakeForm({ account, host }: { account: WalletAccount; host: HostChain }) {
  const t = useTranslations();
  const say = useSentence();
  const { network } = useNetwork();
  const balances = useBalances(account.address);
  const a = hostAssets(host, network.assets);
  const amountInput = useAmountInput();
  const submitTx = useCosmosTx(account, "stake", amountInput.clear);
  const balance = amountOf(balances.data, host.ibcDenom);
  const form = ibcStakeForm({ input: amountInput.value, balance, host, tokens: a, address: account.address });
  const { preview: ok, plan } = form;
  const fee = useFeeEstimate(plan, account, network);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!plan || !ok || form.amount === null) return;
    submitTx(
      t("multi.stakeTitle", { symbol: a.symbol }),
      [
        { label: t("multi.stake"), value: `${toDecimalString(form.amount, a.decimals)} ${a.symbol}` },
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
        input={amountInput}
        balance={balance}
        max={balance}
        error={form.error}
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
      <button type="submit" disabled={!plan} className="btn-primary mt-4 w-full py-2.5">
        {t("multi.stakeTitle", { symbol: a.symbol })}
      </button>
    </form>
  );
}
