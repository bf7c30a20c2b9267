"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslations } from "use-intl";
import { useSentence } from "@/components/ui/use-texts";
import type { TxError } from "@/lib/tx/errors";
import type { TxStage } from "@/lib/tx/lifecycle";

// The staged transaction dialog both chains use: review -> sign -> broadcast -> included, or a failure with its
// reason. It only renders; the Cosmos and EVM tx stores drive it.

const STAGE_TITLES = {
  estimating: "tx.stage.estimating",
  review: "tx.stage.review",
  signing: "tx.stage.signing",
  broadcasting: "tx.stage.broadcasting",
  confirming: "tx.stage.confirming",
  success: "tx.stage.success",
  failure: "tx.stage.failure",
} as const satisfies Record<TxStage, string>;

const STEPS: TxStage[] = ["review", "signing", "broadcasting", "confirming"];

export interface TxDialogProps {
  title: string;
  stage: TxStage;
  details: { label: string; value: string }[];
  /** the network fee, or null while it is estimated */
  fee: string | null;
  feeNote?: string;
  network: string;
  /** `outcome`: what the tx did to the account, read from its events (received, sent, fee) */
  success?: { block: string; summary?: string | null; outcome?: { label: string; value: string }[]; hash: string; link?: string };
  /** a sent tx being followed by its hash; `lost` when the node's answer to the broadcast never came */
  pending?: { hash: string; lost: boolean };
  error: TxError | null;
  errorLink?: string;
  onConfirm: () => void;
  onRetry: () => void;
  onClose: () => void;
}

export function TxDialog(props: TxDialogProps): ReactNode {
  const { title, stage, details, fee, feeNote, network, success, pending, error, errorLink, onConfirm, onRetry, onClose } = props;
  // The details toggle belongs to the failure it was opened on.
  const [detailsFor, setDetailsFor] = useState<unknown>(null);
  const t = useTranslations();
  const say = useSentence();
  const dialog = useRef<HTMLDivElement>(null);

  // Focus goes back where it was (the form's button) when the dialog closes (read before the dialog takes it).
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    return () => opener?.focus();
  }, []);

  useEffect(() => {
    dialog.current?.focus();
  }, [stage]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
      if (e.key === "Tab" && dialog.current) trapTab(e, dialog.current);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [onClose]);

  const showDetails = detailsFor !== null && detailsFor === error;
  const busy = stage === "estimating" || stage === "signing" || stage === "broadcasting" || stage === "confirming";

  return (
    <div className="fixed inset-0 z-50 grid place-items-end overflow-y-auto bg-black/60 p-3 sm:place-items-center sm:p-4">
      <div
        ref={dialog}
        tabIndex={-1}
        role="dialog"
        aria-modal="true"
        aria-labelledby="tx-title"
        className="max-h-[calc(100dvh-1.5rem)] w-full max-w-md overflow-y-auto rounded-xl border border-white/10 bg-slate-900 p-5 shadow-2xl outline-none"
        data-stage={stage}
      >
        <p className="text-xs uppercase tracking-wide text-slate-400">{title}</p>
        <h2 id="tx-title" className="mt-1 flex items-center gap-2 text-lg font-semibold text-white">
          {stage === "success" && <SuccessMark />}
          {t(STAGE_TITLES[stage])}
        </h2>

        <ol className="mt-3 flex gap-1" aria-label={t("tx.progress")}>
          {STEPS.map((s) => (
            <li key={s} className={`h-1 flex-1 rounded ${STEPS.indexOf(s) <= STEPS.indexOf(stage) || stage === "success" ? "bg-rose-400" : "bg-white/10"}`} />
          ))}
        </ol>

        <dl className="mt-4 space-y-2 text-sm">
          {details.map((d) => (
            <div key={d.label} className="flex justify-between gap-4">
              <dt className="text-slate-400">{d.label}</dt>
              <dd className="break-all text-right font-mono text-white">{d.value}</dd>
            </div>
          ))}
          <div className="flex justify-between gap-4">
            <dt className="text-slate-400">{t("tx.networkFee")}</dt>
            <dd className="text-right font-mono text-white" data-testid="tx-fee">
              {fee ?? t("tx.estimating")}
              {feeNote && <span className="block text-xs text-slate-400">{feeNote}</span>}
            </dd>
          </div>
          <div className="flex justify-between gap-4">
            <dt className="text-slate-400">{t("tx.network")}</dt>
            <dd className="text-right text-white">{network}</dd>
          </div>
        </dl>

        {stage === "signing" && <p className="mt-4 text-sm text-slate-300">{t("tx.approveInWallet")}</p>}
        {pending && (
          <div className="mt-4 text-sm text-slate-300" data-testid="tx-pending">
            {pending.lost && <p className="mb-1 text-amber-200">{t("tx.lostAnswer")}</p>}
            <p className="break-all font-mono text-xs">{t("tx.hash", { hash: pending.hash })}</p>
          </div>
        )}
        {stage === "success" && success && (
          <div className="mt-4 rounded-md bg-emerald-500/10 p-3 text-sm text-emerald-200" role="status">
            {t("tx.included", { block: success.block })}
            {success.summary && (
              <p className="mt-1 text-emerald-100" data-testid="tx-summary">
                {success.summary}
              </p>
            )}
            {success.outcome && success.outcome.length > 0 && (
              <dl className="mt-2 space-y-1" data-testid="tx-outcome" aria-label={t("tx.outcome.title")}>
                {success.outcome.map((o, i) => (
                  <div key={i} className="flex justify-between gap-4">
                    <dt className="text-emerald-200/80">{o.label}</dt>
                    <dd className="text-right font-mono text-emerald-50">{o.value}</dd>
                  </div>
                ))}
              </dl>
            )}
            <p className="mt-1 break-all font-mono text-xs" data-testid="tx-hash">
              {success.hash}
            </p>
            {success.link && (
              <a className="mt-1 inline-block text-xs underline" href={success.link} target="_blank" rel="noreferrer">
                {t("tx.explorer")}
              </a>
            )}
          </div>
        )}
        {stage === "failure" && error && (
          <div className="mt-4 rounded-md bg-red-500/10 p-3 text-sm text-red-200" role="alert" data-error-kind={error.kind}>
            {say(error.text)}
            {error.extra.hash && <p className="mt-1 break-all font-mono text-xs">{t("tx.hash", { hash: error.extra.hash })}</p>}
            {errorLink && (
              <a className="mt-1 inline-block text-xs underline" href={errorLink} target="_blank" rel="noreferrer">
                {t("tx.explorer")}
              </a>
            )}
            <button
              type="button"
              className="mt-2 block text-xs underline"
              onClick={() => setDetailsFor(showDetails ? null : error)}
              aria-expanded={showDetails}
            >
              {showDetails ? t("tx.hideDetails") : t("tx.details")}
            </button>
            {showDetails && <pre className="mt-2 max-h-40 overflow-auto whitespace-pre-wrap break-all text-xs text-red-100/80">{error.detail}</pre>}
          </div>
        )}

        <div className="mt-5 flex justify-end gap-2">
          {!busy && (
            <button type="button" onClick={onClose} className="rounded-md border border-white/15 px-4 py-2 text-sm text-slate-200 hover:bg-white/10">
              {stage === "review" ? t("tx.cancel") : t("tx.close")}
            </button>
          )}
          {stage === "review" && (
            <button type="button" onClick={onConfirm} className="btn-primary">
              {t("tx.confirm")}
            </button>
          )}
          {stage === "failure" && error?.retryable && (
            <button type="button" onClick={onRetry} className="btn-primary">
              {t("tx.retry")}
            </button>
          )}
          {busy && (
            <span className="px-2 py-2 text-sm text-slate-400" aria-live="polite">
              {t("tx.working")}
            </span>
          )}
        </div>
      </div>
    </div>
  );
}

/** Keeps Tab and Shift+Tab cycling inside the dialog: the page behind it is not reachable while it is open. */
function trapTab(e: KeyboardEvent, container: HTMLElement): void {
  const focusable = [...container.querySelectorAll<HTMLElement>("button:not([disabled]), a[href], input:not([disabled]), [tabindex]:not([tabindex='-1'])")];
  if (!focusable.length) return void e.preventDefault();
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const inside = container.contains(document.activeElement);
  if (e.shiftKey && (!inside || document.activeElement === first || document.activeElement === container)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (!inside || document.activeElement === last)) {
    e.preventDefault();
    first.focus();
  }
}

/** The completed transaction's check mark (decorative: the title says it in words). */
function SuccessMark() {
  return (
    <svg aria-hidden viewBox="0 0 24 24" className="h-6 w-6 shrink-0 text-emerald-400 motion-safe:animate-[pop_240ms_ease-out]" data-testid="tx-success-mark">
      <circle cx="12" cy="12" r="11" fill="currentColor" opacity="0.2" />
      <path d="M7 12.5l3.2 3.2L17 9" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
