"use client";

import { symbolOf } from "@/lib/chain/assets";
import { AmountField } from "@/components/ui/amount-field";
import { apyText } from "@/components/ui/format";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { PreviewTable } from "@/components/ui/preview-table";
import { useBalances } from "@/hooks/use-balances";
import { useFeeEstimate } from "@/hooks/use-fee-estimate";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { useNetwork } from "@/hooks/use-network";
import { assetDecimals } from "@/lib/bank/balances";
import { feeReserve, maxSendable } from "@/lib/bank/send";
import { formatAmount, parseAmount } from "@/lib/format/amount";
import { useAmountErrorText, useSentence } from "@/components/ui/use-texts";
import { sentence, type Sentence } from "@/lib/i18n/sentence";
import { type LendingAccount, type LendingAction, type Market, lendingPlan } from "@/lib/lending/mars";
import { owedAt } from "@/lib/lending/math";
import { type LendingBlocker, type LendingPreview, WARN_HEALTH, maxAmount, previewLending } from "@/lib/lending/preview";
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
const GAS_RESERVE = 600_000;

/** why the form cannot go ahead, or null (a zero amount needs no words) */
function blockerText(b: LendingBlocker, symbol: string, text: (n: bigint) => string, limit: bigint): Sentence | null {
  switch (b.kind) {
    case "no-market":
      return sentence("lend.blocker.noMarket", { symbol });
    case "zero":
      return null;
    case "deposit-disabled":
      return sentence("lend.blocker.depositDisabled", { symbol });
    case "borrow-disabled":
      return sentence("lend.blocker.borrowDisabled", { symbol });
    case "cap":
      return sentence("lend.blocker.cap", { symbol, room: text(b.room) });
    case "no-collateral":
      return sentence("lend.blocker.noCollateral", { symbol });
    case "over-balance":
      return sentence("lend.blocker.overBalance", { symbol, max: text(b.max) });
    case "liquidity":
      return sentence("lend.blocker.liquidity", { symbol, available: text(b.available) });
    case "borrow-limit":
      return sentence("lend.blocker.borrowLimit", { symbol, limit: text(limit) });
    case "liquidatable":
      return sentence("lend.blocker.liquidatable", { symbol, limit: text(limit) });
    case "no-debt":
      return sentence("lend.blocker.noDebt", { symbol });
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
  const submitTx = useCosmosTx(account, "lending", () => setInput(""));
  const t = useTranslations();
  const say = useSentence();

  const market = markets.find((m) => m.denom === denom);
  const decimals = assetDecimals(network, denom);
  const sym = symbolOf(network, denom);
  const text = (n: bigint) => formatAmount(n, decimals);
  const nowSeconds = Math.floor(now / 1000);
  const wallet = balances.data?.find((b) => b.denom === denom)?.amount ?? 0n;
  const gasReserve = denom === network.feeDenom ? feeReserve(network.gasPrice.high, GAS_RESERVE) : 0n;
  const spendable = maxSendable(wallet, denom, network.feeDenom, network.gasPrice.high, GAS_RESERVE);
  const supplied = position.collaterals.find((c) => c.denom === denom);
  const debt = position.debts.find((d) => d.denom === denom);
  // Repaying everything sends what is owed an hour from now: the interest of the wait is covered, the rest refunded.
  const owedSoon = market && debt ? owedAt(market, debt.amountScaled, nowSeconds + 3600) : 0n;
  const limit = action === "withdraw" || action === "borrow" ? maxAmount(action, denom, markets, position, nowSeconds) : 0n;
  const max = { supply: spendable, withdraw: limit, borrow: limit, repay: owedSoon < spendable ? owedSoon : spendable }[action];

  const parsed = parseAmount(input, decimals);
  const amount = parsed.ok ? parsed.base : 0n;
  const all = action === "withdraw" && !!supplied && amount >= supplied.amount && position.debts.length === 0;
  const preview: LendingPreview | null = parsed.ok && market ? previewLending(action, denom, amount, markets, position, nowSeconds, all) : null;
  const overWallet = (action === "supply" || action === "repay") && parsed.ok && amount > wallet;
  const inputError = input && !parsed.ok ? describeAmountError(parsed.error) : overWallet ? t("amount.overBalance", { symbol: sym }) : null;
  const blocker = preview?.blocker ? blockerText(preview.blocker, sym, text, limit) : null;
  const plan = preview && !preview.blocker && !overWallet ? lendingPlan(action, account.address, redBank, denom, amount, all) : null;
  const fee = useFeeEstimate(plan, account, network);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!plan || !preview) return;
    const label = t(ACTION_LABELS[action]);
    submitTx(
      t("lend.txTitle", { action: label, symbol: sym }),
      [
        { label, value: all ? t("lend.allOf", { symbol: sym, amount: text(preview.amount) }) : `${text(amount)} ${sym}` },
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
              setInput("");
            }}
            className={`flex-1 rounded-md px-3 py-1.5 ${action === a ? "bg-rose-600 text-white" : "text-slate-300 hover:text-white"}`}
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
        label={t(AMOUNT_LABELS[action], { symbol: sym })}
        symbol={sym}
        value={input}
        onChange={setInput}
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
        error={inputError ?? (blocker && say(blocker))}
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
      <button
        type="submit"
        disabled={!plan}
        className="w-full rounded-md bg-rose-600 px-4 py-2 font-medium text-white hover:bg-rose-700 disabled:cursor-not-allowed disabled:opacity-50"
      >
        {t(ACTION_LABELS[action])}
      </button>
    </form>
  );
}
