"use client";

import { useTranslations } from "use-intl";
import { useEvmTxStore } from "@/hooks/use-evm-tx";
import { evmTxLink } from "@/lib/evm/networks";
import { formatAmount } from "@/lib/format/amount";
import { TxDialog } from "@/components/tx/tx-dialog";

/** The EVM side's transaction in the same staged dialog as the Cosmos side. */
export function EvmTxModal() {
  const { stage, request, gas, feeWei, result, error, confirm, retry, close } = useEvmTxStore();
  const t = useTranslations();
  if (!stage || !request) return null;
  const { network } = request;
  const symbol = network.chain.nativeCurrency.symbol;
  return (
    <TxDialog
      title={request.title}
      stage={stage}
      details={request.details}
      fee={feeWei !== null ? `≤ ${formatAmount(feeWei, 18, { maxDecimals: 8 })} ${symbol}` : null}
      feeNote={gas !== null ? t("tx.gasLimit", { gas: String(gas) }) : undefined}
      network={`${network.name} (${network.chain.id})`}
      success={
        result
          ? { block: String(result.block), summary: request.summarize?.(result.receipt), hash: result.hash, link: evmTxLink(network, result.hash) }
          : undefined
      }
      error={error}
      errorLink={error?.extra.hash ? evmTxLink(network, error.extra.hash) : undefined}
      onConfirm={() => void confirm()}
      onRetry={() => void retry()}
      onClose={close}
    />
  );
}
