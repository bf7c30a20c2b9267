"use client";

import { useTranslations } from "use-intl";
import { formatAmount, toDecimalString } from "@/lib/format/amount";
import type { Sentence } from "@/lib/i18n/sentence";
import { useSentence } from "./use-texts";

/** An amount input with its balance and a Max that fills in `max` (which may keep a fee reserve). */
export function AmountField(props: {
  id: string;
  label: string;
  symbol: string;
  /** the field's text and its setter (useAmountInput) */
  input: { value: string; onChange: (v: string) => void };
  balance?: bigint;
  /** what the figure beside the label is ("Balance" by default) */
  balanceLabel?: string;
  max?: bigint;
  maxNote?: string;
  /** what the field says: a sentence from a form model, or words already in the page's language */
  error?: Sentence | string | null;
  decimals?: number;
}) {
  const t = useTranslations();
  const say = useSentence();
  const { id, label, symbol, input, balance, balanceLabel = t("amount.balance"), max, maxNote, decimals = 6 } = props;
  const error = typeof props.error === "object" && props.error ? say(props.error) : props.error;
  return (
    <div className="grid gap-1 text-sm">
      <div className="flex justify-between">
        <label htmlFor={id} className="text-slate-300">
          {label}
        </label>
        {balance !== undefined && (
          <span className="text-xs text-slate-400">
            {balanceLabel} {formatAmount(balance, decimals)} {symbol}
            {max !== undefined && (
              <button type="button" className="ml-2 text-rose-300 hover:text-rose-200" onClick={() => input.onChange(toDecimalString(max, decimals))}>
                {t("amount.max")}
              </button>
            )}
          </span>
        )}
      </div>
      <input
        id={id}
        value={input.value}
        onChange={(e) => input.onChange(e.target.value)}
        inputMode="decimal"
        placeholder="0.0"
        autoComplete="off"
        aria-invalid={!!error}
        aria-describedby={[error && `${id}-error`, maxNote && `${id}-note`].filter(Boolean).join(" ") || undefined}
        className="rounded-md border border-white/15 bg-slate-950 px-3 py-2 font-mono text-lg text-white"
      />
      {error && (
        <span id={`${id}-error`} className="text-xs text-red-300" data-testid={`${id}-error`}>
          {error}
        </span>
      )}
      {maxNote && (
        <span id={`${id}-note`} className="text-xs text-slate-400">
          {maxNote}
        </span>
      )}
    </div>
  );
}
