"use client";

import { useState } from "react";
import { useBalances } from "@/hooks/use-balances";
import { useFeeEstimate } from "@/hooks/use-fee-estimate";
import { useLiquidStakeState } from "@/hooks/use-liquidstake";
import { useNetwork } from "@/hooks/use-network";
import { useStakingTx } from "@/hooks/use-staking-tx";
import { feeReserve } from "@/lib/bank/send";
import { describeAmountError, formatAmount, parseAmount, toDecimalString } from "@/lib/format/amount";
import { Dec } from "@/lib/pstake/dec";
import { type StakeBlocker, liquidStakeMsg, previewStake, stakeBlocker, xprtPerStk } from "@/lib/pstake/liquidstake";
import type { WalletAccount } from "@/lib/wallet/types";
import { PreviewTable } from "../ui/preview-table";
import { AmountField } from "./amount-field";
import { rateText } from "./format";

/** Gas of a liquid stake with headroom: what Max keeps back before the fee is simulated. */
const STAKE_GAS_RESERVE = 400_000n;

export function describeStakeBlocker(b: StakeBlocker): string {
  switch (b.kind) {
    case "paused":
      return "Liquid staking is paused on this chain right now; nothing can be staked until it resumes.";
    case "below-minimum":
      return `The minimum stake is ${toDecimalString(b.minimum, 6)} XPRT.`;
    case "no-active-validators":
      return "No liquid validator is active, so the chain cannot take new stakes.";
    case "quorum":
      return `Only ${Dec.toString(b.activeShare * 100n, 2)}% of the validator weight is active (the chain needs 33%); staking is refused until more validators are active.`;
    case "too-small":
      return "This amount is too small to mint any stkXPRT.";
  }
}

export function StakeForm({ account }: { account: WalletAccount }) {
  const { network } = useNetwork();
  const balances = useBalances(account.address);
  const { params, states, validators } = useLiquidStakeState();
  const [input, setInput] = useState("");
  const submitTx = useStakingTx(account, () => setInput(""));

  const balance = balances.data?.find((b) => b.denom === "uxprt")?.amount ?? 0n;
  const parsed = parseAmount(input, 6);
  const amount = parsed.ok ? parsed.base : 0n;
  const blocker = params.data && validators.data && parsed.ok ? stakeBlocker(amount, params.data, validators.data) : null;
  const pausedNow = params.data?.modulePaused;
  const minted = states.data && parsed.ok ? previewStake(amount, states.data) : null;
  const mintBlocker: StakeBlocker | null = blocker ?? (minted === 0n ? { kind: "too-small" } : null);
  const overBalance = parsed.ok && amount > balance;
  const inputError = input && !parsed.ok ? describeAmountError(parsed.error) : overBalance ? "More than your XPRT balance." : null;
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
      "Stake XPRT",
      [
        { label: "Stake", value: `${toDecimalString(amount, 6)} XPRT` },
        { label: "You will receive", value: `${toDecimalString(minted, 6)} stkXPRT` },
      ],
      plan,
    );
  };

  return (
    <form onSubmit={submit} aria-label="Stake XPRT" noValidate>
      {pausedNow && (
        <p role="alert" className="mb-3 rounded-md bg-amber-500/10 px-3 py-2 text-sm text-amber-200" data-testid="paused-note">
          {describeStakeBlocker({ kind: "paused" })}
        </p>
      )}
      <AmountField
        id="stake-amount"
        label="XPRT to stake"
        symbol="XPRT"
        value={input}
        onChange={setInput}
        balance={balance}
        max={max}
        maxNote={`Max keeps ${formatAmount(feeAmount ?? reserve, 6)} XPRT for the network fee.`}
        error={inputError ?? (mintBlocker && !pausedNow ? describeStakeBlocker(mintBlocker) : null)}
      />
      <PreviewTable
        rows={[
          {
            label: "You will receive",
            value: minted !== null && !mintBlocker ? `${formatAmount(minted, 6)} stkXPRT` : "–",
            testId: "stake-receive",
            hint: "exact: the chain's formula on its current state",
          },
          { label: "Exchange rate", value: rate ? `1 stkXPRT = ${rateText(rate)} XPRT` : "…" },
          { label: "Minimum stake", value: params.data ? `${toDecimalString(params.data.minLiquidStakeAmount, 6)} XPRT` : "…" },
          {
            label: "Network fee",
            value: fee.data
              ? `${formatAmount(BigInt(fee.data.fee.amount[0].amount), 6)} XPRT`
              : plan
                ? fee.isError
                  ? "could not estimate"
                  : "estimating…"
                : `~${formatAmount(BigInt(Math.ceil(250_000 * gasPrice)), 6)} XPRT`,
            hint: fee.data ? `${fee.data.gas} gas, simulated` : "estimate",
            testId: "stake-fee",
          },
        ]}
      />
      <button
        type="submit"
        disabled={!plan || pausedNow}
        className="mt-4 w-full rounded-md bg-rose-600 px-4 py-2 font-medium text-white hover:bg-rose-700 disabled:cursor-not-allowed disabled:opacity-50"
      >
        {pausedNow ? "Staking is paused" : "Stake"}
      </button>
    </form>
  );
}
