"use client";

import { useTranslations } from "use-intl";
import { useTxStore } from "@/hooks/use-tx";
import { explorerTxLink } from "@/lib/chain/networks";
import { formatAmount } from "@/lib/format/amount";
import { TxDialog } from "./tx-dialog";

/** The Cosmos side's transaction in the staged dialog. */
export function TxModal() {
  const { stage, request, network, fee, result, error, sent, confirm, retry, close } = useTxStore();
  const t = useTranslations();
  if (!stage || !request || !network) return null;
  const feeAsset = network.assets.find((a) => a.denom === network.feeDenom);
  const feeCoin = fee?.amount[0];
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
          ? { block: String(result.height), summary: request.summarize?.(result), hash: result.hash, link: explorerTxLink(network, result.hash) }
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
