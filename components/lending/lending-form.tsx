"use client";

import { useState } from "react";
import { symbolOf } from "@/components/dex/format";
import { AmountField } from "@/components/stake/amount-field";
import { PreviewTable } from "@/components/ui/preview-table";
import { useBalances } from "@/hooks/use-balances";
import { useFeeEstimate } from "@/hooks/use-fee-estimate";
import { useLendingTx } from "@/hooks/use-lending";
import { useNetwork } from "@/hooks/use-network";
import { assetDecimals } from "@/lib/bank/balances";
import { feeReserve, maxSendable } from "@/lib/bank/send";
import { formatAmount, parseAmount } from "@/lib/format/amount";
import { useAmountErrorText } from "@/components/ui/use-texts";
import { type LendingAccount, type LendingAction, type Market, lendingPlan } from "@/lib/lending/mars";
import { owedAt } from "@/lib/lending/math";
import { type LendingBlocker, type LendingPreview, WARN_HEALTH, maxAmount, previewLending } from "@/lib/lending/preview";
import type { WalletAccount } from "@/lib/wallet/types";
import { apyText, hfText, hfTone } from "./format";

const ACTIONS: { id: LendingAction; label: string }[] = [
  { id: "supply", label: "Supply" },
  { id: "withdraw", label: "Withdraw" },
  { id: "borrow", label: "Borrow" },
  { id: "repay", label: "Repay" },
];
const GAS_RESERVE = 600_000;

function describeBlocker(b: LendingBlocker, sym: string, text: (n: bigint) => string, limit: bigint): string | null {
  switch (b.kind) {
    case "no-market":
      return `There is no ${sym} market.`;
    case "zero":
      return null;
    case "deposit-disabled":
      return `Deposits of ${sym} are switched off in the market's risk settings.`;
    case "borrow-disabled":
      return `Borrowing ${sym} is switched off in the market's risk settings.`;
    case "cap":
      return `The ${sym} market is near its deposit cap: room for ${text(b.room)} ${sym} more.`;
    case "no-collateral":
      return `You have no ${sym} supplied.`;
    case "over-balance":
      return `You have ${text(b.max)} ${sym} supplied.`;
    case "liquidity":
      return `The market has ${text(b.available)} ${sym} left to lend.`;
    case "borrow-limit":
      return `Over your borrow limit: the debt would exceed what your collateral's max LTV allows. You can borrow at most ${text(limit)} ${sym}.`;
    case "liquidatable":
      return `This would put your health factor under 1: the position could be liquidated. You can withdraw at most ${text(limit)} ${sym}.`;
    case "no-debt":
      return `You owe no ${sym}.`;
  }
}

/** Supply, withdraw, borrow or repay one asset, with the health factor before and after, checked before signing. */
export function LendingForm(props: {
  account: WalletAccount;
  redBank: string;
  markets: Market[];
  position: LendingAccount;
  now: number;
  denom: string;
  onDenom: (d: string) => void;
}) {
  const { account, redBank, markets, position, now, denom, onDenom } = props;
  const describeAmountError = useAmountErrorText();
  const { network } = useNetwork();
  const balances = useBalances(account.address);
  const [action, setAction] = useState<LendingAction>("supply");
  const [input, setInput] = useState("");
  const submitTx = useLendingTx(account, () => setInput(""));

  const market = markets.find((m) => m.denom === denom);
  const decimals = assetDecimals(network, denom);
  const sym = symbolOf(network, denom);
  const text = (n: bigint) => formatAmount(n, decimals);
  const t = Math.floor(now / 1000);
  const wallet = balances.data?.find((b) => b.denom === denom)?.amount ?? 0n;
  const gasReserve = denom === network.feeDenom ? feeReserve(network.gasPrice.high, GAS_RESERVE) : 0n;
  const spendable = maxSendable(wallet, denom, network.feeDenom, network.gasPrice.high, GAS_RESERVE);
  const supplied = position.collaterals.find((c) => c.denom === denom);
  const debt = position.debts.find((d) => d.denom === denom);
  // Repaying everything sends what is owed an hour from now: the interest of the wait is covered, the rest refunded.
  const owedSoon = market && debt ? owedAt(market, debt.amountScaled, t + 3600) : 0n;
  const limit = action === "withdraw" || action === "borrow" ? maxAmount(action, denom, markets, position, t) : 0n;
  const max = { supply: spendable, withdraw: limit, borrow: limit, repay: owedSoon < spendable ? owedSoon : spendable }[action];

  const parsed = parseAmount(input, decimals);
  const amount = parsed.ok ? parsed.base : 0n;
  const all = action === "withdraw" && !!supplied && amount >= supplied.amount && position.debts.length === 0;
  const preview: LendingPreview | null = parsed.ok && market ? previewLending(action, denom, amount, markets, position, t, all) : null;
  const overWallet = (action === "supply" || action === "repay") && parsed.ok && amount > wallet;
  const inputError = input && !parsed.ok ? describeAmountError(parsed.error) : overWallet ? `More than your ${sym} balance.` : null;
  const blockerText = preview?.blocker ? describeBlocker(preview.blocker, sym, text, limit) : null;
  const plan = preview && !preview.blocker && !overWallet ? lendingPlan(action, account.address, redBank, denom, amount, all) : null;
  const fee = useFeeEstimate(plan, account, network);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!plan || !preview) return;
    const label = ACTIONS.find((a) => a.id === action)!.label;
    submitTx(
      `${label} ${sym}`,
      [
        { label, value: all ? `all your ${sym} (${text(preview.amount)} now, with interest up to the block)` : `${text(amount)} ${sym}` },
        ...(action === "repay" && preview.refund > 0n ? [{ label: "Refunded (over the debt)", value: `${text(preview.refund)} ${sym}` }] : []),
        { label: "Health factor", value: `${hfText(preview.health.before.liqThresholdHf)} → ${hfText(preview.health.after.liqThresholdHf)}` },
      ],
      plan,
    );
  };

  const after =
    preview && (!preview.blocker || preview.blocker.kind === "borrow-limit" || preview.blocker.kind === "liquidatable") ? preview.health.after : null;
  const before = preview?.health.before;
  return (
    <form onSubmit={submit} aria-label="Lending" noValidate className="grid gap-3">
      <div role="tablist" aria-label="Action" className="flex gap-1 rounded-lg bg-slate-950 p-1 text-sm">
        {ACTIONS.map((a) => (
          <button
            key={a.id}
            type="button"
            role="tab"
            aria-selected={action === a.id}
            onClick={() => {
              setAction(a.id);
              setInput("");
            }}
            className={`flex-1 rounded-md px-3 py-1.5 ${action === a.id ? "bg-rose-600 text-white" : "text-slate-300 hover:text-white"}`}
          >
            {a.label}
          </button>
        ))}
      </div>
      <label className="grid gap-1 text-sm">
        <span className="text-slate-300">Asset</span>
        <select
          value={denom}
          onChange={(e) => {
            onDenom(e.target.value);
            setInput("");
          }}
          className="rounded-md border border-white/15 bg-slate-950 px-3 py-2 text-white"
        >
          {markets.map((m) => (
            <option key={m.denom} value={m.denom}>
              {symbolOf(network, m.denom)}
            </option>
          ))}
        </select>
      </label>
      <AmountField
        id="lending-amount"
        label={`${sym} to ${action}`}
        symbol={sym}
        value={input}
        onChange={setInput}
        balance={action === "withdraw" ? (supplied?.amount ?? 0n) : action === "borrow" ? limit : wallet}
        balanceLabel={action === "withdraw" ? "Supplied" : action === "borrow" ? "Can borrow" : "Balance"}
        max={max}
        maxNote={
          action === "borrow"
            ? "Max is what your collateral's max LTV allows now."
            : action === "repay"
              ? "Max covers the debt with an hour of interest; any excess is refunded."
              : gasReserve > 0n && action === "supply"
                ? `Max keeps ${formatAmount(gasReserve, 6)} XPRT for the network fee.`
                : undefined
        }
        decimals={decimals}
        error={inputError ?? blockerText}
      />
      {preview?.lowHealth && !preview.blocker && (
        <p role="alert" className="rounded-md bg-amber-500/10 px-3 py-2 text-sm text-amber-200" data-testid="health-warning">
          Your health factor would fall to {hfText(preview.health.after.liqThresholdHf)}, under 1.2: a small fall in the price of your collateral could get it
          liquidated.
        </p>
      )}
      <PreviewTable
        rows={[
          {
            label: "Health factor",
            value: (
              <span>
                <span className={hfTone(before?.liqThresholdHf ?? null, WARN_HEALTH)}>{hfText(before?.liqThresholdHf ?? null)}</span>
                {" → "}
                <span className={hfTone(after?.liqThresholdHf ?? null, WARN_HEALTH)} data-testid="health-after">
                  {after ? hfText(after.liqThresholdHf) : "–"}
                </span>
              </span>
            ),
            hint: "liquidatable under 1",
          },
          {
            label: action === "supply" || action === "withdraw" ? "Supplied after" : "Debt after",
            value: preview && !preview.blocker ? `${text(preview.position.after)} ${sym}` : "–",
            testId: "position-after",
          },
          ...(action === "repay" && preview && preview.refund > 0n
            ? [{ label: "Refunded", value: `${text(preview.refund)} ${sym}`, hint: "sent over the debt" }]
            : []),
          {
            label: action === "borrow" || action === "repay" ? "Borrow APY" : "Supply APY",
            value: market ? apyText(action === "borrow" || action === "repay" ? market.borrowRate : market.liquidityRate) : "–",
            hint: "variable, moves with utilization",
          },
          {
            label: "Network fee",
            value: fee.data ? `${formatAmount(BigInt(fee.data.fee.amount[0].amount), 6)} XPRT` : plan ? "estimating…" : "–",
          },
        ]}
      />
      <button
        type="submit"
        disabled={!plan}
        className="w-full rounded-md bg-rose-600 px-4 py-2 font-medium text-white hover:bg-rose-700 disabled:cursor-not-allowed disabled:opacity-50"
      >
        {ACTIONS.find((a) => a.id === action)!.label}
      </button>
    </form>
  );
}
