"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { type Address, type TransactionReceipt, parseEventLogs } from "viem";
import { useEvmGasCost } from "@/hooks/use-evm";
import { useEvmTxStore } from "@/hooks/use-evm-tx";
import { stakePoolAbi, stkBnbAbi } from "@/lib/evm/abi.generated";
import { type PoolState, claimableAt, previewUnstake, roundDownTo, stepAmount } from "@/lib/evm/math";
import type { EvmNetwork } from "@/lib/evm/networks";
import { toDecimalString } from "@/lib/format/amount";
import { useAmountErrorText } from "@/components/ui/use-texts";
import { AmountField } from "../stake/amount-field";
import { PreviewTable } from "../ui/preview-table";
import { bnbText, cooldownText, dateText, feePercent } from "./format";

/** stkBNB's send reverts with the pool's errors (its hook runs inside): decode them with both ABIs. */
const UNSTAKE_ABI = [...stkBnbAbi, ...stakePoolAbi.filter((x) => x.type === "error")];

export function withdrawSummary(receipt: TransactionReceipt, cooldown: bigint): string | null {
  const [ev] = parseEventLogs({ abi: stakePoolAbi, eventName: "Withdraw", logs: receipt.logs });
  if (!ev) return null;
  return `Unstaked ${bnbText(ev.args.poolTokenAmount)} stkBNB: ${bnbText(ev.args.bnbAmount)} BNB to claim after ${dateText(claimableAt({ createdAt: ev.args.timestamp }, cooldown))}.`;
}

export function BnbUnstakeForm(props: { network: EvmNetwork; pool: PoolState & { chainTime: bigint }; balance: bigint; user: Address }) {
  const describeAmountError = useAmountErrorText();
  const { network, pool, balance, user } = props;
  const [input, setInput] = useState("");
  const queryClient = useQueryClient();
  const start = useEvmTxStore((s) => s.start);

  const { parsed, amount, dust } = stepAmount(input, pool.minTokenWithdrawal);
  const preview = previewUnstake(pool, amount);
  const valid = parsed.ok && amount >= pool.minTokenWithdrawal && amount <= balance && !pool.paused;
  const call = { address: network.stkBNB, abi: UNSTAKE_ABI, functionName: "send", args: [network.stakePool, amount, "0x"] as const };
  const gas = useEvmGasCost(network, valid ? call : null, user, `unstake:${amount}:${user}`);
  const readyAt = claimableAt({ createdAt: pool.chainTime }, pool.cooldownPeriod);

  const error =
    input && !parsed.ok
      ? describeAmountError(parsed.error)
      : !input
        ? null
        : pool.paused
          ? "The pool is paused."
          : amount < pool.minTokenWithdrawal
            ? `The pool's minimum unstake is ${toDecimalString(pool.minTokenWithdrawal, 18)} stkBNB.`
            : amount > balance
              ? "More than your stkBNB balance."
              : null;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!valid || error) return;
    void start({
      title: "Unstake stkBNB",
      network,
      account: user,
      details: [
        { label: "Unstake", value: `${toDecimalString(amount, 18)} stkBNB` },
        { label: "BNB owed", value: `${toDecimalString(preview.weiToReturn, 18)} BNB` },
        { label: "Claimable from", value: `about ${dateText(readyAt)}` },
      ],
      call,
      summarize: (r) => withdrawSummary(r, pool.cooldownPeriod),
      onSettled: () => {
        setInput("");
        void queryClient.invalidateQueries({ queryKey: ["evm", network.id] });
      },
    });
  };

  return (
    <form onSubmit={submit} aria-label="Unstake stkBNB" noValidate>
      <AmountField
        id="bnb-unstake-amount"
        label="Amount to unstake"
        symbol="stkBNB"
        decimals={18}
        value={input}
        onChange={setInput}
        balance={balance}
        max={roundDownTo(balance, pool.minTokenWithdrawal)}
        error={error}
      />
      <PreviewTable
        rows={[
          { label: "BNB owed", value: `${bnbText(preview.weiToReturn)} BNB`, testId: "bnb-unstake-owed" },
          { label: "Unstake fee", value: `${feePercent(pool.fee.withdraw)}${preview.feeTokens ? ` (${bnbText(preview.feeTokens)} stkBNB)` : ""}` },
          {
            label: "Cooldown",
            value: cooldownText(pool.cooldownPeriod),
            hint: `claimable from about ${dateText(readyAt)}, once the pool's claim reserve covers it`,
            testId: "bnb-unstake-ready",
          },
          ...(dust > 0n ? [{ label: "Rounded down", value: `${toDecimalString(dust, 18)} stkBNB stays in your wallet`, testId: "bnb-unstake-dust" }] : []),
          {
            label: "Network fee",
            value: gas.data ? `≈ ${bnbText(gas.data.cost)} BNB` : gas.isFetching ? "estimating…" : "—",
            hint: gas.data ? `${gas.data.gas} gas` : undefined,
          },
        ]}
      />
      <button
        type="submit"
        disabled={!valid || !!error}
        className="mt-4 w-full rounded-md bg-amber-500 px-4 py-2 font-medium text-slate-950 hover:bg-amber-400 disabled:opacity-50"
      >
        Review unstake
      </button>
    </form>
  );
}
