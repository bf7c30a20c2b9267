"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { useAmountInput } from "@/hooks/use-amount-input";
import { useBalances } from "@/hooks/use-balances";
import { useNetwork } from "@/hooks/use-network";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { sendForm } from "@/lib/bank/forms";
import { formatAmount, toDecimalString } from "@/lib/format/amount";
import { useSentence } from "@/components/ui/use-texts";
import type { WalletAccount } from "@/lib/wallet/types";

/** Send any token the account holds: the first action, and the template every form follows. */
export function SendForm({ account }: { account: WalletAccount }) {
  const t = useTranslations();
  const say = useSentence();
  const { network } = useNetwork();
  const balances = useBalances(account.address);
  const [denom, setDenom] = useState(network.feeDenom);
  const [recipient, setRecipient] = useState("");
  const amountInput = useAmountInput();
  const [memo, setMemo] = useState("");
  const [touched, setTouched] = useState(false);
  const submitTx = useCosmosTx(account, "send", () => {
    amountInput.clear();
    setTouched(false);
  });

  const holding = balances.data?.find((b) => b.denom === denom);
  const form = sendForm({
    denom,
    recipient,
    input: amountInput.value,
    memo,
    holding: holding && { amount: holding.amount, decimals: holding.asset.decimals },
    bech32Prefix: network.bech32Prefix,
    feeDenom: network.feeDenom,
    highGasPrice: network.gasPrice.high,
    address: account.address,
  });
  const { decimals, max, recipientError, plan } = form;
  const amountError = form.amountError && say(form.amountError);
  const memoError = form.memoError && say(form.memoError);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (!plan || form.amount === null || !holding) return;
    submitTx(
      t("send.txTitle", { symbol: holding.asset.symbol }),
      [
        { label: t("send.txTo"), value: recipient.trim() },
        { label: t("send.txAmount"), value: `${toDecimalString(form.amount, decimals)} ${holding.asset.symbol}` },
        ...(memo ? [{ label: t("send.txMemo"), value: memo }] : []),
      ],
      plan,
    );
  };

  return (
    <form onSubmit={submit} aria-labelledby="send-title" noValidate className="card p-4">
      <h2 id="send-title" className="font-semibold text-white">
        {t("send.title")}
      </h2>
      <div className="mt-3 grid gap-3">
        <label className="grid gap-1 text-sm">
          <span className="text-slate-300">{t("send.asset")}</span>
          <select value={denom} onChange={(e) => setDenom(e.target.value)} className="rounded-md border border-white/15 bg-slate-950 px-2 py-2 text-white">
            {(balances.data ?? []).map((b) => (
              <option key={b.denom} value={b.denom}>
                {b.asset.symbol} ({formatAmount(b.amount, b.asset.decimals, { maxDecimals: 6 })})
              </option>
            ))}
          </select>
        </label>
        <div className="grid gap-1 text-sm">
          <label htmlFor="send-recipient" className="text-slate-300">
            {t("send.recipient")}
          </label>
          <input
            id="send-recipient"
            value={recipient}
            onChange={(e) => setRecipient(e.target.value)}
            placeholder={`${network.bech32Prefix}1…`}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={touched && !!recipientError}
            aria-describedby={touched && recipientError ? "send-recipient-error" : undefined}
            className="rounded-md border border-white/15 bg-slate-950 px-3 py-2 font-mono text-white"
          />
          {touched && recipientError && (
            <span id="send-recipient-error" className="text-xs text-red-300">
              {say(recipientError)}
            </span>
          )}
        </div>
        <div className="grid gap-1 text-sm">
          <div className="flex justify-between">
            <label htmlFor="send-amount" className="text-slate-300">
              {t("send.amount")}
            </label>
            <button type="button" className="text-xs text-rose-300 hover:text-rose-200" onClick={() => amountInput.onChange(toDecimalString(max, decimals))}>
              {t("send.max", { amount: holding ? formatAmount(max, decimals, { maxDecimals: 6 }) : "" })}
            </button>
          </div>
          <input
            id="send-amount"
            value={amountInput.value}
            onChange={(e) => amountInput.onChange(e.target.value)}
            inputMode="decimal"
            placeholder="0.0"
            autoComplete="off"
            aria-invalid={touched && !!amountError}
            aria-describedby={
              [touched && amountError && "send-amount-error", denom === network.feeDenom && "send-amount-help"].filter(Boolean).join(" ") || undefined
            }
            className="rounded-md border border-white/15 bg-slate-950 px-3 py-2 font-mono text-white"
          />
          {touched && amountError && (
            <span id="send-amount-error" className="text-xs text-red-300">
              {amountError}
            </span>
          )}
          {denom === network.feeDenom && (
            <span id="send-amount-help" className="text-xs text-slate-400">
              {t("send.maxNote", { symbol: holding?.asset.symbol ?? "XPRT" })}
            </span>
          )}
        </div>
        <div className="grid gap-1 text-sm">
          <label htmlFor="send-memo" className="text-slate-300">
            {t("send.memo")}
          </label>
          <input
            id="send-memo"
            value={memo}
            onChange={(e) => setMemo(e.target.value)}
            aria-invalid={!!memoError}
            aria-describedby={memoError ? "send-memo-error" : undefined}
            className="rounded-md border border-white/15 bg-slate-950 px-3 py-2 text-white"
          />
          {memoError && (
            <span id="send-memo-error" className="text-xs text-red-300">
              {memoError}
            </span>
          )}
        </div>
        <button type="submit" className="btn-primary" disabled={!balances.data}>
          {t("common.review")}
        </button>
      </div>
    </form>
  );
}
