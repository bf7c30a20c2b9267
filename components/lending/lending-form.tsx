"use client";

import { symbolOf } from "@/lib/chain/assets";
import { AmountField } from "@/components/ui/amount-field";
import { apyText } from "@/components/ui/format";
import { useState } from "react";
import { useAmountInput } from "@/hooks/use-amount-input";
import { useTranslations } from "use-intl";
import { PreviewTable } from "@/components/ui/preview-table";
import { useBalances } from "@/hooks/use-balances";
import { useFeeEstimate } from "@/hooks/use-fee-estimate";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { useNetwork } from "@/hooks/use-network";
import { amountOf, assetDecimals } from "@/lib/bank/balances";
import { formatAmount } from "@/lib/format/amount";
import { lendingForm } from "@/lib/lending/forms";
import type { LendingAccount, LendingAction, Market } from "@/lib/lending/mars";
import { WARN_HEALTH } from "@/lib/lending/preview";
import type { WalletAccount } from "@/lib/wallet/types";
import { hfText, hfTone } from "./format";

const ACTIONS = ["supply", "withdraw", "borrow", "repay"] as const satisfies LendingAction[];
const ACTION_LABELS = { supply: "lend.action.supply", withdraw: "lend.action.withdraw", borrow: "lend.action.borrow", repay: "lend.action.repay" } as const;
const AMOUNT_LABELS = {
  supply: "lend.amountLabel.supply",
  withdraw: "lend.amountLabel.withdraw",
  borrow: "lend.amountLabel.borrow",
  repay: "lend.amountLabel.repay",
} as const;
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
  const { network } = useNetwork();
  const balances = useBalances(account.address);
  const [action, setAction] = useState<LendingAction>("supply");
  const amountInput = useAmountInput();
  const submitTx = useCosmosTx(account, "lending", amountInput.clear);
  const t = useTranslations();

  const market = markets.find((m) => m.denom === denom);
  const decimals = assetDecimals(network, denom);
  const sym = symbolOf(network, denom);
  const text = (n: bigint) => formatAmount(n, decimals);
  const wallet = amountOf(balances.data, denom);
  const supplied = position.collaterals.find((c) => c.denom === denom);
  const form = lendingForm({
    action,
    denom,
    input: amountInput.value,
    markets,
    position,
    now,
    wallet,
    decimals,
    symbol: sym,
    feeDenom: network.feeDenom,
    highGasPrice: network.gasPrice.high,
    redBank,
    address: account.address,
  });
  const { preview, plan, all, limit, max, gasReserve } = form;
  const fee = useFeeEstimate(plan, account, network);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!plan || !preview || form.amount === null) return;
    const label = t(ACTION_LABELS[action]);
    submitTx(
      t("lend.txTitle", { action: label, symbol: sym }),
      [
        { label, value: all ? t("lend.allOf", { symbol: sym, amount: text(preview.amount) }) : `${text(form.amount)} ${sym}` },
        ...(action === "repay" && preview.refund > 0n ? [{ label: t("lend.refundedOver"), value: `${text(preview.refund)} ${sym}` }] : []),
        { label: t("lend.healthFactor"), value: `${hfText(preview.health.before.liqThresholdHf)} → ${hfText(preview.health.after.liqThresholdHf)}` },
      ],
      plan,
    );
  };

  const after =
    preview && (!preview.blocker || preview.blocker.kind === "borrow-limit" || preview.blocker.kind === "liquidatable") ? preview.health.after : null;
  const before = preview?.health.before;
  return (
    <form onSubmit={submit} aria-label={t("lend.formLabel")} noValidate className="grid gap-3">
      <div role="tablist" aria-label={t("lend.action.label")} className="flex gap-1 rounded-lg bg-slate-950 p-1 text-sm">
        {ACTIONS.map((a) => (
          <button
            key={a}
            type="button"
            role="tab"
            aria-selected={action === a}
            onClick={() => {
              setAction(a);
              amountInput.clear();
            }}
            className={`flex-1 rounded-md px-3 py-1.5 ${action === a ? "bg-accent text-white" : "text-slate-300 hover:text-white"}`}
          >
            {t(ACTION_LABELS[a])}
          </button>
        ))}
      </div>
      <label className="grid gap-1 text-sm">
        <span className="text-slate-300">{t("lend.asset")}</span>
        <select
          value={denom}
          onChange={(e) => {
            onDenom(e.target.value);
            amountInput.clear();
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
        label={t(AMOUNT_LABELS[action], { symbol: sym })}
        symbol={sym}
        input={amountInput}
        balance={action === "withdraw" ? (supplied?.amount ?? 0n) : action === "borrow" ? limit : wallet}
        balanceLabel={action === "withdraw" ? t("lend.balanceLabel.supplied") : action === "borrow" ? t("lend.balanceLabel.canBorrow") : t("amount.balance")}
        max={max}
        maxNote={
          action === "borrow"
            ? t("lend.maxBorrow")
            : action === "repay"
              ? t("lend.maxRepay")
              : gasReserve > 0n && action === "supply"
                ? t("stake.maxNote", { fee: formatAmount(gasReserve, 6) })
                : undefined
        }
        decimals={decimals}
        error={form.error}
      />
      {preview?.lowHealth && !preview.blocker && (
        <p role="alert" className="rounded-md bg-amber-500/10 px-3 py-2 text-sm text-amber-200" data-testid="health-warning">
          {t("lend.lowHealth", { hf: hfText(preview.health.after.liqThresholdHf) })}
        </p>
      )}
      <PreviewTable
        rows={[
          {
            label: t("lend.healthFactor"),
            value: (
              <span>
                <span className={hfTone(before?.liqThresholdHf ?? null, WARN_HEALTH)}>{hfText(before?.liqThresholdHf ?? null)}</span>
                {" → "}
                <span className={hfTone(after?.liqThresholdHf ?? null, WARN_HEALTH)} data-testid="health-after">
                  {after ? hfText(after.liqThresholdHf) : "–"}
                </span>
              </span>
            ),
            hint: t("lend.liquidatableUnder"),
          },
          {
            label: action === "supply" || action === "withdraw" ? t("lend.suppliedAfter") : t("lend.debtAfter"),
            value: preview && !preview.blocker ? `${text(preview.position.after)} ${sym}` : "–",
            testId: "position-after",
          },
          ...(action === "repay" && preview && preview.refund > 0n
            ? [{ label: t("lend.refunded"), value: `${text(preview.refund)} ${sym}`, hint: t("lend.sentOver") }]
            : []),
          {
            label: action === "borrow" || action === "repay" ? t("lend.col.borrowApy") : t("lend.col.supplyApy"),
            value: market ? apyText(action === "borrow" || action === "repay" ? market.borrowRate : market.liquidityRate) : "–",
            hint: t("lend.variable"),
          },
          {
            label: t("stake.networkFee"),
            value: fee.data ? `${formatAmount(BigInt(fee.data.fee.amount[0].amount), 6)} XPRT` : plan ? t("stake.feeEstimating") : "–",
          },
        ]}
      />
      <button type="submit" disabled={!plan} className="btn-primary w-full py-2.5">
        {t(ACTION_LABELS[action])}
      </button>
    </form>
  );
}
