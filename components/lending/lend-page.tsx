"use client";

import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { useSentence, useErrorText } from "@/components/ui/use-texts";
import { Panel } from "@/components/ui/panel";
import { DemoButton } from "@/components/wallet/demo-button";
import { useChainNow } from "@/hooks/use-chain-time";
import { useLendingAccount, useLendingContracts, useMarkets } from "@/hooks/use-lending";
import { useNetwork } from "@/hooks/use-network";
import { useAccount } from "@/hooks/use-wallet";
import { accountHealth } from "@/lib/lending/preview";
import { STK_XPRT } from "@/lib/pstake/denoms";
import type { WalletAccount } from "@/lib/wallet/types";
import { LendingForm } from "./lending-form";
import { MarketsTable } from "./markets-table";
import { LendingPosition } from "./position";
import { Loading } from "@/components/ui/loading";

/** The lending market on the connected chain: its markets, the account's position, and the four actions. */
export function LendPage() {
  const { network } = useNetwork();
  const account = useAccount(network);
  const contracts = useLendingContracts();
  const markets = useMarkets();
  const requested = useSearchParams().get("asset");
  const [picked, setPicked] = useState<string | null>(null);
  // stkXPRT first, then the other stkASSETs, then the rest: the markets this app is about lead
  const rank = (denom: string) => (denom === STK_XPRT ? 0 : denom.startsWith("stk/") ? 1 : 2);
  const list = [...(markets.data ?? [])].sort((a, b) => rank(a.denom) - rank(b.denom));
  const denom = picked ?? (list.some((m) => m.denom === requested) ? requested! : list[0]?.denom);
  const unknownAsset = requested && markets.data && !list.some((m) => m.denom === requested) ? requested : null;
  const t = useTranslations();
  const errorText = useErrorText();
  const say = useSentence();

  if (contracts.data && !contracts.data.contracts) {
    return (
      <Panel id="lend" title={t("lend.title")}>
        <p className="mt-2 text-slate-300" role="status">
          {contracts.data.note && say(contracts.data.note)} {t("lend.stillWorks")}
        </p>
      </Panel>
    );
  }
  return (
    <div className="grid gap-4">
      <Panel id="markets" title={t("lend.markets")}>
        <p className="mb-3 text-sm text-slate-400">{t("lend.intro")}</p>
        {(markets.isError || contracts.isError) && (
          <p role="alert" className="text-sm text-red-300">
            {t("lend.readError", { error: errorText(markets.error ?? contracts.error) })}
          </p>
        )}
        {unknownAsset && (
          <p role="status" className="mb-3 text-sm text-amber-200" data-testid="unknown-asset">
            {t("lend.unknownAsset", { asset: unknownAsset })}
          </p>
        )}
        {!markets.data && !markets.isError && <Loading text={t("lend.loading")} />}
        {markets.data && <MarketsTable markets={list} onPick={setPicked} />}
      </Panel>
      {account ? (
        denom &&
        contracts.data?.contracts && (
          <AccountLending
            key={`${network.id}:${account.address}`}
            account={account}
            redBank={contracts.data.contracts.redBank}
            denom={denom}
            onDenom={setPicked}
          />
        )
      ) : (
        <Panel id="lend-connect" title={t("lend.position")}>
          <p className="mt-2 text-slate-300">{t("lend.connect")}</p>
          <DemoButton className="mt-4" />
        </Panel>
      )}
    </div>
  );
}

function AccountLending({ account, redBank, denom, onDenom }: { account: WalletAccount; redBank: string; denom: string; onDenom: (d: string) => void }) {
  const markets = useMarkets();
  const position = useLendingAccount(account.address);
  const now = useChainNow();
  const t = useTranslations();
  const errorText = useErrorText();
  if (position.isError) {
    return (
      <p role="alert" className="text-sm text-red-300">
        {t("lend.positionError", { error: errorText(position.error) })}
      </p>
    );
  }
  if (!markets.data || !position.data || now === undefined) return <Loading text={t("lend.loadingPosition")} />;
  const health = accountHealth(markets.data, position.data, Math.floor(now / 1000));
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Panel id="position" title={t("lend.position")}>
        <div className="mt-3">
          <LendingPosition wallet={account} redBank={redBank} account={position.data} markets={markets.data} health={health} now={now} />
        </div>
      </Panel>
      <Panel id="lend-action" title={t("lend.actionsTitle")}>
        <div className="mt-3">
          <LendingForm account={account} redBank={redBank} markets={markets.data} position={position.data} now={now} denom={denom} onDenom={onDenom} />
        </div>
      </Panel>
    </div>
  );
}
