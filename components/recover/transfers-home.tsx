"use client";

import { useTranslations } from "use-intl";
import { useErrorText, useTimeText } from "@/components/ui/use-texts";
import { useNetwork } from "@/hooks/use-network";
import { useTransferStates, useTransfersHome } from "@/hooks/use-recovery";
import { formatAmount } from "@/lib/format/amount";

/**
 * The transfers home this browser sent for the account, each where its packet is: on its way (a relayer has not
 * carried it, or its answer, yet), arrived (redeem it above), or refunded on the chain it left (timed out or
 * refused: nothing lost, send it again). Remembered across reloads; each can be dismissed once settled.
 */
export function TransfersHome({ receiver }: { receiver: string }) {
  const t = useTranslations();
  const time = useTimeText();
  const errorText = useErrorText();
  const { network } = useNetwork();
  const transfers = useTransferStates(receiver);
  const dismiss = useTransfersHome((s) => s.dismiss);
  if (!transfers.length) return null;

  return (
    <div className="mt-4" data-testid="transfers-home">
      <h3 className="text-sm font-semibold text-white">{t("recover.transfers.title")}</h3>
      <ul className="mt-2 divide-y divide-white/5">
        {transfers.map(({ transfer, state, error }) => {
          const chain = network.linked.find((c) => c.chainId === transfer.chainId);
          const what = `${formatAmount(BigInt(transfer.amount), transfer.decimals)} ${transfer.symbol}`;
          return (
            <li
              key={`${transfer.chainId}:${transfer.sequence}`}
              className="flex flex-wrap items-center justify-between gap-3 py-2"
              data-state={state ?? "unknown"}
            >
              <div>
                <p className="text-white">{t("recover.transfers.what", { what, chain: chain?.name ?? transfer.chainId, sequence: transfer.sequence })}</p>
                <p className="text-xs text-slate-400">{t("recover.transfers.sentAt", { when: time.date(transfer.sentAt) })}</p>
              </div>
              <div className="flex items-center gap-2 text-sm">
                <span
                  className={state === "arrived" ? "text-emerald-300" : state === "refunded" ? "text-amber-200" : "text-slate-300"}
                  data-testid="transfer-state"
                  role="status"
                >
                  {error && !state
                    ? t("recover.transfers.unknown", { error: errorText(error) })
                    : state === "arrived"
                      ? t("recover.transfers.arrived", { network: network.name })
                      : state === "refunded"
                        ? t("recover.transfers.refunded", { chain: chain?.name ?? transfer.chainId })
                        : t("recover.transfers.inFlight")}
                </span>
                {state && state !== "in-flight" && (
                  <button type="button" className="btn-secondary px-2 py-1 text-xs" onClick={() => dismiss(transfer)}>
                    {t("recover.transfers.dismiss")}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
