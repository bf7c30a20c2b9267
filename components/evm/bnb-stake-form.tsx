"use client";

import { AmountField } from "@/components/ui/amount-field";
import { useTranslations } from "use-intl";
import { useState } from "react";
import { type Address, parseEventLogs } from "viem";
import { useEvmGasCost } from "@/hooks/use-evm";
import { useRefreshAfter } from "@/hooks/use-refresh";
import { useEvmTxStore } from "@/hooks/use-evm-tx";
import { stakePoolAbi } from "@/lib/evm/abi.generated";
import { type PoolState, previewDeposit, rateText, roundDownTo, stepAmount } from "@/lib/evm/math";
import type { EvmNetwork } from "@/lib/evm/networks";
import { toDecimalString } from "@/lib/format/amount";
import { useAmountErrorText } from "@/components/ui/use-texts";
import { PreviewTable } from "@/components/ui/preview-table";
import { bnbText, feePercent } from "./format";
import { useGasRow } from "./use-bnb-texts";

/** BNB Max keeps back before an estimate exists: a deposit uses ~100k gas; 200k at 10 gwei is above BSC's usual cost. */
const DEPOSIT_GAS_RESERVE = 200_000n * 10_000_000_000n;

export function BnbStakeForm({ network, pool, balance, user }: { network: EvmNetwork; pool: PoolState; balance: bigint; user: Address }) {
  const describeAmountError = useAmountErrorText();
  const t = useTranslations();
  const [input, setInput] = useState("");
  const refresh = useRefreshAfter("evm");
  const start = useEvmTxStore((s) => s.start);

  // the pool takes only whole multiples of its minimum: the rest stays in the wallet
  const { parsed, amount, dust } = stepAmount(input, pool.minBNBDeposit);
  const preview = previewDeposit(pool, amount);
  const valid = parsed.ok && amount >= pool.minBNBDeposit && amount <= balance && !pool.paused && preview.userTokens > 0n;
  const call = { address: network.stakePool, abi: stakePoolAbi, functionName: "deposit", value: amount };
  const gas = useEvmGasCost(network, valid ? call : null, user, `deposit:${amount}:${user}`);
  const gasRow = useGasRow(gas, "bnb-stake-gas");
  const reserve = gas.data ? gas.data.cost * 2n : DEPOSIT_GAS_RESERVE;
  const max = roundDownTo(balance > reserve ? balance - reserve : 0n, pool.minBNBDeposit);

  const error =
    input && !parsed.ok
      ? describeAmountError(parsed.error)
      : !input
        ? null
        : pool.paused
          ? t("bnb.form.pausedShort")
          : amount < pool.minBNBDeposit
            ? t("bnb.form.minDeposit", { minimum: toDecimalString(pool.minBNBDeposit, 18) })
            : amount > balance
              ? t("bnb.form.overBnb")
              : gas.data && amount + gas.data.cost > balance
                ? t("bnb.form.noGas")
                : null;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!valid || error) return;
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
        setInput("");
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
        value={input}
        onChange={setInput}
        balance={balance}
        max={max}
        maxNote={t("bnb.form.maxNote")}
        error={error}
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
        disabled={!valid || !!error}
        className="mt-4 w-full rounded-md bg-amber-500 px-4 py-2 font-medium text-slate-950 hover:bg-amber-400 disabled:opacity-50"
      >
        {t("bnb.form.reviewStake")}
      </button>
    </form>
  );
}
