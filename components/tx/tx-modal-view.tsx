"use client";

import { useTranslations } from "use-intl";
import { useTxStore } from "@/hooks/use-tx";
import { explorerTxLink } from "@/lib/chain/networks";
import { formatAmount } from "@/lib/format/amount";
import { assetDecimals } from "@/lib/bank/balances";
import { symbolOf } from "@/lib/chain/assets";
import type { TxSuccess } from "@/lib/tx/lifecycle";
import { accountChanges } from "@/lib/tx/outcome";
import { TxDialog } from "./tx-dialog";

/** The Cosmos side's transaction in the staged dialog (loaded by tx-modal.tsx when a wallet connects). */
export function TxModalView() {
  const { stage, request, account, network, fee, result, error, sent, confirm, retry, close } = useTxStore();
  const t = useTranslations();
  if (!stage || !request || !network) return null;
  const feeAsset = network.assets.find((a) => a.denom === network.feeDenom);
  const feeCoin = fee?.amount[0];
  const coin = (denom: string, amount: bigint) => `${formatAmount(amount, assetDecimals(network, denom))} ${symbolOf(network, denom)}`;
  // what the chain did, from the tx's events: coins in, coins out, the fee paid
  const outcome = (r: TxSuccess) => {
    if (!account) return [];
    const { changes, fee: paid } = accountChanges(r.events, account.address);
    const sorted = [...changes].sort(([, a], [, b]) => (a > 0n === b > 0n ? 0 : a > 0n ? -1 : 1));
    return [
      ...sorted.map(([denom, amount]) => ({
        label: t(amount > 0n ? "tx.outcome.received" : "tx.outcome.sent"),
        value: `${amount > 0n ? "+" : "−"}${coin(denom, amount < 0n ? -amount : amount)}`,
      })),
      ...[...paid].map(([denom, amount]) => ({ label: t("tx.outcome.fee"), value: coin(denom, amount) })),
    ];
  };
  return (
    <TxDialog
      title={request.title}
      stage={stage}
      details={request.details}
      fee={feeCoin ? `${formatAmount(BigInt(feeCoin.amount), feeAsset?.decimals ?? 6)} ${feeAsset?.symbol ?? feeCoin.denom}` : null}
      feeNote={fee ? t("tx.gas", { gas: String(fee.gas) }) : undefined}
      network={network.chainId}
      success={
        result
          ? {
              block: String(result.height),
              summary: request.summarize?.(result),
              outcome: outcome(result),
              hash: result.hash,
              link: explorerTxLink(network, result.hash),
            }
          : undefined
      }
      pending={stage === "confirming" && sent ? sent : undefined}
      error={error}
      errorLink={error?.extra.hash ? explorerTxLink(network, error.extra.hash) : undefined}
      onConfirm={() => void confirm()}
      onRetry={() => void retry()}
      onClose={close}
    />
  );
}
