"use client";

import { AmountField } from "@/components/ui/amount-field";
import { useTranslations } from "use-intl";
import { useAmountInput } from "@/hooks/use-amount-input";
import { type Address, parseEventLogs } from "viem";
import { useEvmGasCost } from "@/hooks/use-evm";
import { useRefreshAfter } from "@/hooks/use-refresh";
import { useEvmTxStore } from "@/hooks/use-evm-tx";
import { stakePoolAbi } from "@/lib/evm/abi.generated";
import { bnbStakeForm } from "@/lib/evm/forms";
import { type PoolState, rateText } from "@/lib/evm/math";
import type { EvmNetwork } from "@/lib/evm/networks";
import { toDecimalString } from "@/lib/format/amount";
import { PreviewTable } from "@/components/ui/preview-table";
import { bnbText, feePercent } from "./format";
import { useGasRow } from "./use-bnb-texts";

/** Stake BNB into stkBNB (the model: lib/evm/forms' bnbStakeForm). */
export function BnbStakeForm({
  network,
  pool,
  balance,
  user,
  offered,
}: {
  network: EvmNetwork;
  pool: PoolState;
  balance: bigint;
  user: Address;
  /** whether the chain shows the pool as run (undefined while that is read) */
  offered: boolean | undefined;
}) {
  const t = useTranslations();
  const amountInput = useAmountInput();
  const refresh = useRefreshAfter("evm");
  const start = useEvmTxStore((s) => s.start);

  // the gas estimate needs the call, and the form's last check (gas left for the fee) needs the estimate
  const inputs = { input: amountInput.value, pool, balance, network, offered };
  const first = bnbStakeForm({ ...inputs, gasCost: null });
  const gas = useEvmGasCost(network, first.call, user, `deposit:${first.amount}:${user}`);
  const gasRow = useGasRow(gas, "bnb-stake-gas");
  const form = gas.data ? bnbStakeForm({ ...inputs, gasCost: gas.data.cost }) : first;
  const { amount, dust, preview, call } = form;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!call || form.error) return;
    void start({
      title: t("bnb.form.stakeTitle"),
      network,
      account: user,
      details: [
        { label: t("bnb.form.stake"), value: `${toDecimalString(amount, 18)} BNB` },
        { label: t("bnb.form.receive"), value: `${toDecimalString(preview.userTokens, 18)} stkBNB` },
        { label: t("bnb.rate"), value: `1 stkBNB = ${rateText(pool)} BNB` },
      ],
      call,
      // what the deposit did, from its receipt's Deposit event
      summarize: (receipt) => {
        const [ev] = parseEventLogs({ abi: stakePoolAbi, eventName: "Deposit", logs: receipt.logs });
        return ev ? t("bnb.form.stakedSummary", { bnb: bnbText(ev.args.bnbAmount), stk: bnbText(ev.args.poolTokenAmount) }) : null;
      },
      onSettled: () => {
        amountInput.clear();
        refresh(network.id);
      },
    });
  };

  return (
    <form onSubmit={submit} aria-label={t("bnb.form.stakeTitle")} noValidate>
      <AmountField
        id="bnb-stake-amount"
        label={t("bnb.form.amountStake")}
        symbol="BNB"
        decimals={18}
        input={amountInput}
        balance={balance}
        max={form.max}
        maxNote={t("bnb.form.maxNote")}
        error={form.error}
      />
      <PreviewTable
        rows={[
          { label: t("bnb.form.receive"), value: `${bnbText(preview.userTokens)} stkBNB`, testId: "bnb-stake-receive" },
          { label: t("bnb.rate"), value: `1 stkBNB = ${rateText(pool)} BNB` },
          { label: t("bnb.form.depositFee"), value: `${feePercent(pool.fee.deposit)}${preview.feeTokens ? ` (${bnbText(preview.feeTokens)} stkBNB)` : ""}` },
          { label: t("bnb.form.step"), value: `${toDecimalString(pool.minBNBDeposit, 18)} BNB`, hint: t("bnb.form.stepHint") },
          ...(dust > 0n
            ? [
                {
                  label: t("bnb.form.roundedDown"),
                  value: t("bnb.form.staysBnb", { amount: toDecimalString(dust, 18) }),
                  hint: t("bnb.form.staking", { amount: toDecimalString(amount, 18) }),
                  testId: "bnb-stake-dust",
                },
              ]
            : []),
          gasRow,
        ]}
      />
      <button
        type="submit"
        disabled={!call || !!form.error}
        className="mt-4 w-full rounded-md bg-amber-500 px-4 py-2 font-medium text-slate-950 hover:bg-amber-400 disabled:opacity-50"
      >
        {t("bnb.form.reviewStake")}
      </button>
    </form>
  );
}
