"use client";

import { useState } from "react";
import { useBalances } from "@/hooks/use-balances";
import { useChainNow } from "@/hooks/use-chain-time";
import { useFeeEstimate } from "@/hooks/use-fee-estimate";
import { useLiquidStakeState, useStakingParams, useUnbondings, useValidatorInfo } from "@/hooks/use-liquidstake";
import { useNetwork } from "@/hooks/use-network";
import { useStakingTx } from "@/hooks/use-staking-tx";
import { describeAmountError, formatAmount, parseAmount, toDecimalString } from "@/lib/format/amount";
import { Dec } from "@/lib/pstake/dec";
import { STK_XPRT, type UnstakeBlocker, isUnstakeBlocker, liquidUnstakeMsg, previewUnstake } from "@/lib/pstake/liquidstake";
import type { WalletAccount } from "@/lib/wallet/types";
import { PreviewTable } from "../ui/preview-table";
import { AmountField } from "./amount-field";
import { dateText } from "./format";

function describeUnstakeBlocker(b: UnstakeBlocker, moniker: (op: string) => string, max: number): string {
  switch (b.kind) {
    case "paused":
      return "Liquid staking is paused on this chain right now; unstaking resumes when it does.";
    case "exceeds-supply":
      return "That is more stkXPRT than exists.";
    case "too-small":
      return "This amount is too small to unbond any XPRT.";
    case "max-entries":
      return `You already have ${max} unbonding entries with ${moniker(b.validator)}, the chain's limit per validator. Wait until one completes (see Pending unbondings), then unstake.`;
  }
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
  const submitTx = useStakingTx(account, () => setInput(""));

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
  const inputError = input && !parsed.ok ? describeAmountError(parsed.error) : overBalance ? "More than your stkXPRT balance." : null;
  const plan = ok && !overBalance ? liquidUnstakeMsg(account.address, amount) : null;
  const fee = useFeeEstimate(plan, account, network);
  const unbondingMs = (stakingParams.data?.unbondingSeconds ?? network.unbondingDays * 86_400) * 1000;
  const eta = now !== undefined ? now + unbondingMs : undefined;
  const paused = params.data?.modulePaused;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!plan || !ok) return;
    submitTx(
      "Unstake stkXPRT",
      [
        { label: "Unstake", value: `${toDecimalString(amount, 6)} stkXPRT` },
        { label: "You will receive", value: `${toDecimalString(ok.total, 6)} XPRT` },
        { label: "Available", value: eta ? `about ${dateText(eta)}` : `in ${network.unbondingDays} days` },
      ],
      plan,
    );
  };

  return (
    <form onSubmit={submit} aria-label="Unstake stkXPRT" noValidate>
      {paused && (
        <p role="alert" className="mb-3 rounded-md bg-amber-500/10 px-3 py-2 text-sm text-amber-200">
          Liquid staking is paused on this chain right now; unstaking resumes when it does.
        </p>
      )}
      <AmountField
        id="unstake-amount"
        label="stkXPRT to unstake"
        symbol="stkXPRT"
        value={input}
        onChange={setInput}
        balance={balance}
        max={balance}
        error={inputError ?? (blocker && !paused ? describeUnstakeBlocker(blocker, moniker, stakingParams.data?.maxEntries ?? 7) : null)}
      />
      <PreviewTable
        rows={[
          { label: "You will receive", value: ok ? `${formatAmount(ok.total, 6)} XPRT` : "–", testId: "unstake-receive", hint: "after the unbonding time" },
          {
            label: "Unstake fee",
            value: ok ? `${formatAmount(ok.fee, 6)} XPRT` : params.data ? `${Dec.toString(params.data.unstakeFeeRate * 100n, 3)}%` : "…",
          },
          {
            label: "Available on",
            value: eta ? dateText(eta) : "…",
            hint: `${Math.round(unbondingMs / 86_400_000)} days unbonding, paid out automatically`,
            testId: "unstake-eta",
          },
          {
            label: "Unbonding entries",
            value: ok ? `${ok.entries.length} (one per validator)` : "–",
            hint: stakingParams.data ? `the chain allows ${stakingParams.data.maxEntries} per validator at a time` : undefined,
          },
          {
            label: "Network fee",
            value: fee.data ? `${formatAmount(BigInt(fee.data.fee.amount[0].amount), 6)} XPRT` : plan ? "estimating…" : "–",
            hint: fee.data ? `${fee.data.gas} gas, simulated` : undefined,
          },
        ]}
      />
      <button
        type="submit"
        disabled={!plan || paused}
        className="mt-4 w-full rounded-md bg-rose-600 px-4 py-2 font-medium text-white hover:bg-rose-700 disabled:cursor-not-allowed disabled:opacity-50"
      >
        Unstake
      </button>
    </form>
  );
}
