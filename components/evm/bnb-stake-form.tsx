"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { type Address, type TransactionReceipt, parseEventLogs } from "viem";
import { useEvmGasCost } from "@/hooks/use-evm";
import { useEvmTxStore } from "@/hooks/use-evm-tx";
import { stakePoolAbi } from "@/lib/evm/abi.generated";
import { type PoolState, previewDeposit, rateText, roundDownTo, stepAmount } from "@/lib/evm/math";
import type { EvmNetwork } from "@/lib/evm/networks";
import { toDecimalString } from "@/lib/format/amount";
import { useAmountErrorText } from "@/components/ui/use-texts";
import { AmountField } from "../stake/amount-field";
import { PreviewTable } from "../ui/preview-table";
import { bnbText, feePercent } from "./format";

/** BNB Max keeps back before an estimate exists: a deposit uses ~100k gas; 200k at 10 gwei is above BSC's usual cost. */
const DEPOSIT_GAS_RESERVE = 200_000n * 10_000_000_000n;

export function depositSummary(receipt: TransactionReceipt): string | null {
  const [ev] = parseEventLogs({ abi: stakePoolAbi, eventName: "Deposit", logs: receipt.logs });
  return ev ? `Staked ${bnbText(ev.args.bnbAmount)} BNB for ${bnbText(ev.args.poolTokenAmount)} stkBNB.` : null;
}

export function BnbStakeForm({ network, pool, balance, user }: { network: EvmNetwork; pool: PoolState; balance: bigint; user: Address }) {
  const describeAmountError = useAmountErrorText();
  const [input, setInput] = useState("");
  const queryClient = useQueryClient();
  const start = useEvmTxStore((s) => s.start);

  // the pool takes only whole multiples of its minimum: the rest stays in the wallet
  const { parsed, amount, dust } = stepAmount(input, pool.minBNBDeposit);
  const preview = previewDeposit(pool, amount);
  const valid = parsed.ok && amount >= pool.minBNBDeposit && amount <= balance && !pool.paused && preview.userTokens > 0n;
  const call = { address: network.stakePool, abi: stakePoolAbi, functionName: "deposit", value: amount };
  const gas = useEvmGasCost(network, valid ? call : null, user, `deposit:${amount}:${user}`);
  const reserve = gas.data ? gas.data.cost * 2n : DEPOSIT_GAS_RESERVE;
  const max = roundDownTo(balance > reserve ? balance - reserve : 0n, pool.minBNBDeposit);

  const error =
    input && !parsed.ok
      ? describeAmountError(parsed.error)
      : !input
        ? null
        : pool.paused
          ? "The pool is paused."
          : amount < pool.minBNBDeposit
            ? `The pool's minimum deposit is ${toDecimalString(pool.minBNBDeposit, 18)} BNB.`
            : amount > balance
              ? "More than your BNB balance."
              : gas.data && amount + gas.data.cost > balance
                ? "Your balance does not cover this amount plus the gas."
                : null;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!valid || error) return;
    void start({
      title: "Stake BNB",
      network,
      account: user,
      details: [
        { label: "Stake", value: `${toDecimalString(amount, 18)} BNB` },
        { label: "You will receive", value: `${toDecimalString(preview.userTokens, 18)} stkBNB` },
        { label: "Exchange rate", value: `1 stkBNB = ${rateText(pool)} BNB` },
      ],
      call,
      summarize: depositSummary,
      onSettled: () => {
        setInput("");
        void queryClient.invalidateQueries({ queryKey: ["evm", network.id] });
      },
    });
  };

  return (
    <form onSubmit={submit} aria-label="Stake BNB" noValidate>
      <AmountField
        id="bnb-stake-amount"
        label="Amount to stake"
        symbol="BNB"
        decimals={18}
        value={input}
        onChange={setInput}
        balance={balance}
        max={max}
        maxNote="Max keeps BNB back for gas and rounds down to the pool's step."
        error={error}
      />
      <PreviewTable
        rows={[
          { label: "You will receive", value: `${bnbText(preview.userTokens)} stkBNB`, testId: "bnb-stake-receive" },
          { label: "Exchange rate", value: `1 stkBNB = ${rateText(pool)} BNB` },
          { label: "Deposit fee", value: `${feePercent(pool.fee.deposit)}${preview.feeTokens ? ` (${bnbText(preview.feeTokens)} stkBNB)` : ""}` },
          { label: "Minimum and step", value: `${toDecimalString(pool.minBNBDeposit, 18)} BNB`, hint: "deposits are whole multiples of it" },
          ...(dust > 0n
            ? [
                {
                  label: "Rounded down",
                  value: `${toDecimalString(dust, 18)} BNB stays in your wallet`,
                  hint: `staking ${toDecimalString(amount, 18)} BNB`,
                  testId: "bnb-stake-dust",
                },
              ]
            : []),
          {
            label: "Network fee",
            value: gas.data ? `≈ ${bnbText(gas.data.cost)} BNB` : gas.isFetching ? "estimating…" : "—",
            hint: gas.data ? `${gas.data.gas} gas` : undefined,
            testId: "bnb-stake-gas",
          },
        ]}
      />
      <button
        type="submit"
        disabled={!valid || !!error}
        className="mt-4 w-full rounded-md bg-amber-500 px-4 py-2 font-medium text-slate-950 hover:bg-amber-400 disabled:opacity-50"
      >
        Review stake
      </button>
    </form>
  );
}
