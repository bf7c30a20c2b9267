"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { Loading } from "@/components/ui/loading";
import { Panel } from "@/components/ui/panel";
import { useErrorText } from "@/components/ui/use-texts";
import { shortAddress } from "@/components/wallet/wallet-button";
import { useChainNow } from "@/hooks/use-chain-time";
import { useNetwork } from "@/hooks/use-network";
import { useLinkedAccounts, useLinkedStk, useTransfersHome } from "@/hooks/use-recovery";
import { useRefreshAfter } from "@/hooks/use-refresh";
import { useTxStore } from "@/hooks/use-tx";
import type { LinkedChain, Network } from "@/lib/chain/networks";
import { formatAmount, toDecimalString } from "@/lib/format/amount";
import { type LinkedStk, linkedNetwork } from "@/lib/recovery/linked";
import { TRANSFER_TIMEOUT_MS, sentPacket, transferHomePlan } from "@/lib/recovery/transfer";
import type { WalletAccount } from "@/lib/wallet/types";
import { latestBlockTime } from "@/lib/chain/blocks";
import { TransfersHome } from "./transfers-home";

/**
 * stkASSETs on the chains linked to the network: found on the user's request (the wallet approves its addresses
 * there), each with a one-click transfer home signed on that chain, then followed until it lands (TransfersHome).
 */
export function LinkedChains({ account }: { account: WalletAccount }) {
  const t = useTranslations();
  const errorText = useErrorText();
  const { network } = useNetwork();
  const [asked, setAsked] = useState(false);
  const accounts = useLinkedAccounts(account, asked);
  const found = (accounts.data ?? []).flatMap((a) => {
    const chain = network.linked.find((c) => c.chainId === a.network.chainId)!;
    return "account" in a ? [{ chain, address: a.account.address, account: a.account, net: a.network }] : [];
  });
  const holdings = useLinkedStk(found);
  const bringHome = useBringHome(account);
  const names = network.linked.map((c) => c.name).join(", ");

  return (
    <Panel id="linked" title={t("recover.linked.title")}>
      <p className="mt-1 text-sm text-slate-300">{t("recover.linked.intro")}</p>
      {!network.linked.length ? (
        <p className="mt-3 text-sm text-slate-400" data-testid="linked-none">
          {t("recover.linked.noLinks", { network: network.name })}
        </p>
      ) : !accounts.data ? (
        <div className="mt-3">
          <button
            type="button"
            className="btn-primary px-3 py-1.5"
            disabled={accounts.isFetching}
            onClick={() => (asked ? void accounts.refetch() : setAsked(true))}
            data-testid="linked-look"
          >
            {t("recover.linked.look", { chains: names })}
          </button>
          <p className="mt-2 text-xs text-slate-400">{t("recover.linked.lookHint")}</p>
          {accounts.isFetching && <Loading text={t("recover.linked.asking")} className="mt-2" />}
          {accounts.isError && (
            <p role="alert" className="mt-2 text-sm text-red-300" data-testid="linked-wallet-error">
              {errorText(accounts.error)}
            </p>
          )}
        </div>
      ) : (
        <ul className="mt-3 divide-y divide-white/5" data-testid="linked-chains">
          {accounts.data.map((a) => {
            const chain = network.linked.find((c) => c.chainId === a.network.chainId)!;
            const k = found.findIndex((f) => f.chain.chainId === chain.chainId);
            const read = k >= 0 ? holdings[k] : undefined;
            return (
              <li key={chain.chainId} className="py-3" data-chain={chain.chainId}>
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <p className="font-medium text-white">{chain.name}</p>
                  {"account" in a && <p className="font-mono text-xs text-slate-400">{shortAddress(a.account.address)}</p>}
                </div>
                {"error" in a ? (
                  <p className="mt-1 text-sm text-amber-200" data-testid="linked-chain-error">
                    {errorText(a.error)}
                  </p>
                ) : read?.isError ? (
                  <div className="mt-1 flex flex-wrap items-center gap-2 text-sm text-red-300" role="alert" data-testid="linked-chain-unreachable">
                    <span>{t("recover.linked.unreachable", { chain: chain.name, error: errorText(read.error) })}</span>
                    <button type="button" className="btn-secondary px-2 py-1 text-xs" onClick={() => void read.refetch()}>
                      {t("recover.linked.retry")}
                    </button>
                  </div>
                ) : !read?.data ? (
                  <Loading text={t("recover.linked.reading", { chain: chain.name })} className="mt-1" />
                ) : !read.data.length ? (
                  <p className="mt-1 text-sm text-slate-400" data-testid="linked-chain-empty">
                    {t("recover.linked.empty")}
                  </p>
                ) : (
                  <ul className="mt-1 grid gap-2">
                    {read.data.map((item) => (
                      <li key={item.voucher} className="flex flex-wrap items-center justify-between gap-3" data-denom={item.asset.denom}>
                        <span className="font-mono text-white" data-testid="linked-amount">
                          {formatAmount(item.amount, item.asset.decimals)} {item.asset.symbol}
                        </span>
                        <button
                          type="button"
                          className="btn-primary px-3 py-1.5"
                          disabled={!bringHome.ready}
                          onClick={() => "account" in a && void bringHome.start(item, a.account, linkedNetwork(network, chain))}
                        >
                          {t("recover.linked.bringHome")}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <TransfersHome receiver={account.address} />
    </Panel>
  );
}

/** Starts the reviewed transfer home of a voucher: signed by the wallet's account on the linked chain. */
function useBringHome(account: WalletAccount) {
  const t = useTranslations();
  const { network, rpc } = useNetwork();
  const now = useChainNow();
  const start = useTxStore((s) => s.start);
  const remember = useTransfersHome((s) => s.add);
  const refresh = useRefreshAfter("recover");
  return {
    // the packet's timeout counts from the home chain's time, which must be known first
    ready: now !== undefined,
    async start(item: LinkedStk, from: WalletAccount, on: Network) {
      if (now === undefined) return;
      // the home chain's time read afresh (the page's copy may be minutes old), the page's copy if the read fails
      const homeTime = await latestBlockTime(rpc).catch(() => now);
      const chain: LinkedChain = item.chain;
      const amount = `${toDecimalString(item.amount, item.asset.decimals)} ${item.asset.symbol}`;
      const plan = transferHomePlan(chain, {
        chainId: chain.chainId,
        sender: from.address,
        receiver: account.address,
        voucher: item.voucher,
        amount: item.amount,
        homeTime,
      });
      void start(
        {
          title: t("recover.linked.txTitle", { symbol: item.asset.symbol, chain: chain.name }),
          details: [
            { label: t("recover.linked.amount"), value: amount },
            { label: t("recover.linked.from"), value: `${chain.name} · ${shortAddress(from.address)}` },
            { label: t("recover.linked.to"), value: `${network.name} · ${shortAddress(account.address)}` },
            { label: t("recover.linked.channel"), value: `${chain.channel} → ${chain.homeChannel}` },
            { label: t("recover.linked.deadline"), value: t("recover.linked.deadlineValue", { minutes: TRANSFER_TIMEOUT_MS / 60_000, network: network.name }) },
          ],
          plan,
          summarize: (result) => {
            const packet = sentPacket(result);
            return packet ? t("recover.linked.sent", { amount, chain: chain.name, sequence: String(packet.sequence) }) : null;
          },
          onSuccess: (result) => {
            const packet = sentPacket(result);
            if (packet) {
              remember({
                networkId: network.id,
                chainId: chain.chainId,
                sequence: String(packet.sequence),
                symbol: item.asset.symbol,
                decimals: item.asset.decimals,
                amount: item.amount.toString(),
                sender: from.address,
                receiver: account.address,
                hash: result.hash,
                sentAt: Date.now(),
              });
            }
            refresh(network.id);
          },
        },
        from,
        on,
      );
    },
  };
}
