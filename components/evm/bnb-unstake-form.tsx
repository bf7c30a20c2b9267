"use client";

import { AmountField } from "@/components/ui/amount-field";
import { useTranslations } from "use-intl";
import { useAmountInput } from "@/hooks/use-amount-input";
import { type Address, parseEventLogs } from "viem";
import { useEvmGasCost } from "@/hooks/use-evm";
import { useRefreshAfter } from "@/hooks/use-refresh";
import { useEvmTxStore } from "@/hooks/use-evm-tx";
import { stakePoolAbi } from "@/lib/evm/abi.generated";
import { bnbUnstakeForm } from "@/lib/evm/forms";
import { type PoolState, claimableAt } from "@/lib/evm/math";
import type { EvmNetwork } from "@/lib/evm/networks";
import { toDecimalString } from "@/lib/format/amount";
import { PreviewTable } from "@/components/ui/preview-table";
import { bnbText, feePercent } from "./format";
import { useBnbTime, useGasRow } from "./use-bnb-texts";

/** Unstake stkBNB: sent to the pool, whose hook queues the claim (the model: lib/evm/forms' bnbUnstakeForm). */
export function BnbUnstakeForm(props: { network: EvmNetwork; pool: PoolState & { chainTime: bigint }; balance: bigint; user: Address }) {
  const t = useTranslations();
  const time = useBnbTime();
  const { network, pool, balance, user } = props;
  const amountInput = useAmountInput();
  const refresh = useRefreshAfter("evm");
  const start = useEvmTxStore((s) => s.start);

  const form = bnbUnstakeForm({ input: amountInput.value, pool, balance, network });
  const { amount, dust, preview, call, error } = form;
  const gas = useEvmGasCost(network, call, user, `unstake:${amount}:${user}`);
  const gasRow = useGasRow(gas);
  const readyAt = claimableAt({ createdAt: pool.chainTime }, pool.cooldownPeriod);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!call || error) return;
    void start({
      title: t("bnb.form.unstakeTitle"),
      network,
      account: user,
      details: [
        { label: t("bnb.form.unstake"), value: `${toDecimalString(amount, 18)} stkBNB` },
        { label: t("bnb.form.owed"), value: `${toDecimalString(preview.weiToReturn, 18)} BNB` },
        { label: t("bnb.form.claimableFrom"), value: t("bnb.form.about", { date: time.date(readyAt) }) },
      ],
      call,
      // what the unstake did, from its receipt's Withdraw event
      summarize: (receipt) => {
        const [ev] = parseEventLogs({ abi: stakePoolAbi, eventName: "Withdraw", logs: receipt.logs });
        if (!ev) return null;
        const date = time.date(claimableAt({ createdAt: ev.args.timestamp }, pool.cooldownPeriod));
        return t("bnb.form.unstakedSummary", { stk: bnbText(ev.args.poolTokenAmount), bnb: bnbText(ev.args.bnbAmount), date });
      },
      onSettled: () => {
        amountInput.clear();
        refresh(network.id);
      },
    });
  };

  return (
    <form onSubmit={submit} aria-label={t("bnb.form.unstakeTitle")} noValidate>
      <AmountField
        id="bnb-unstake-amount"
        label={t("bnb.form.amountUnstake")}
        symbol="stkBNB"
        decimals={18}
        input={amountInput}
        balance={balance}
        max={form.max}
        error={error}
      />
      <PreviewTable
        rows={[
          { label: t("bnb.form.owed"), value: `${bnbText(preview.weiToReturn)} BNB`, testId: "bnb-unstake-owed" },
          { label: t("bnb.form.unstakeFee"), value: `${feePercent(pool.fee.withdraw)}${preview.feeTokens ? ` (${bnbText(preview.feeTokens)} stkBNB)` : ""}` },
          {
            label: t("bnb.form.cooldown"),
            value: time.cooldown(pool.cooldownPeriod),
            hint: t("bnb.form.cooldownHint", { date: time.date(readyAt) }),
            testId: "bnb-unstake-ready",
          },
          ...(dust > 0n
            ? [{ label: t("bnb.form.roundedDown"), value: t("bnb.form.staysStk", { amount: toDecimalString(dust, 18) }), testId: "bnb-unstake-dust" }]
            : []),
          gasRow,
        ]}
      />
      <button
        type="submit"
        disabled={!call || !!error}
        className="mt-4 w-full rounded-md bg-amber-500 px-4 py-2 font-medium text-slate-950 hover:bg-amber-400 disabled:opacity-50"
      >
        {t("bnb.form.reviewUnstake")}
      </button>
    </form>
  );
}
