"use client";

import { useTranslations } from "use-intl";
import { useState } from "react";
import { useConnection, useSwitchChain } from "wagmi";
import { useEvmBalances, useEvmClaims, useEvmNetwork, useEvmNetworkStore, useEvmPool } from "@/hooks/use-evm";
import { toEvmTxError } from "@/lib/evm/errors";
import { rateText } from "@/lib/evm/math";
import { EVM_NETWORKS, EVM_NETWORK_IDS, type EvmNetworkId } from "@/lib/evm/networks";
import { Panel } from "@/components/ui/panel";
import { useSentence } from "@/components/ui/use-texts";
import { PreviewTable } from "@/components/ui/preview-table";
import { BnbClaims } from "./bnb-claims";
import { BnbStakeForm } from "./bnb-stake-form";
import { BnbUnstakeForm } from "./bnb-unstake-form";
import { EvmScope } from "./evm-scope";
import { EvmTxModal } from "./evm-tx-modal";
import { EvmWalletMenu } from "./evm-wallet-menu";
import { useDemoEvmWallet } from "./use-demo-evm-wallet";
import { bnbText, feePercent } from "./format";
import { useBnbTime } from "./use-bnb-texts";
import { Loading } from "@/components/ui/loading";

export function BnbPage() {
  return (
    <EvmScope>
      <BnbContent />
      <EvmTxModal />
    </EvmScope>
  );
}

function BnbContent() {
  const network = useEvmNetwork();
  const setNetwork = useEvmNetworkStore((s) => s.setEvmNetwork);
  const pool = useEvmPool(network);
  const connection = useConnection();
  const user = connection.address;
  const balances = useEvmBalances(network, user);
  const claims = useEvmClaims(network, user);
  const [picked, setTab] = useState<"stake" | "unstake">("stake");
  // a pool no longer run is exit-only: its page opens on unstaking and offers no stake
  const exitOnly = network.operation === "exit-only";
  const tab = exitOnly ? "unstake" : picked;
  const onChain = connection.chainId === network.chain.id;
  const t = useTranslations();
  const time = useBnbTime();
  const demo = useDemoEvmWallet(network);
  // why a read of the pool failed: an unreachable node in words, anything else as the node said it
  const readError = (e: unknown) => {
    const error = toEvmTxError(e);
    return error.kind === "unreachable" ? t("bnb.unreachable") : error.detail.split("\n")[0];
  };

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-white">{t("bnb.title")}</h1>
          <p className="text-sm text-slate-400">{t("bnb.intro")}</p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <label className="flex items-center gap-2 text-sm text-slate-300">
            {t("bnb.network")}
            <select
              value={network.id}
              onChange={(e) => setNetwork(e.target.value as EvmNetworkId)}
              className="rounded-md border border-white/15 bg-slate-950 px-2 py-1 text-white"
            >
              {EVM_NETWORK_IDS.map((id) => (
                <option key={id} value={id}>
                  {EVM_NETWORKS[id].name}
                </option>
              ))}
            </select>
          </label>
          <EvmWalletMenu demo={demo} />
        </div>
      </div>

      {exitOnly && (
        <div role="status" className="rounded-lg border border-amber-400/30 bg-amber-500/10 px-4 py-3 text-sm text-amber-100" data-testid="bnb-exit-only">
          <p className="font-medium">{t("bnb.exitOnly.title")}</p>
          <p className="mt-1 text-amber-200/90">
            {t("bnb.exitOnly.body")} {pool.data && t("bnb.exitOnly.reserve", { reserve: bnbText(pool.data.claimReserve, 4) })}
          </p>
        </div>
      )}
      <Panel id="bnb-pool" title={t("bnb.pool")}>
        {pool.isError ? (
          <p role="alert" className="mt-2 text-sm text-red-200" data-testid="bnb-pool-error">
            {t("bnb.poolError", { network: network.name, error: readError(pool.error) })}
            {network.isLocal && ` ${t("bnb.localHint")}`}
          </p>
        ) : !pool.data ? (
          <Loading text={t("bnb.readingPool")} className="mt-2" />
        ) : (
          <>
            {pool.data.paused && (
              <p role="alert" className="mt-2 rounded-md bg-amber-500/10 px-3 py-2 text-sm text-amber-200" data-testid="bnb-paused">
                {t("bnb.paused")}
              </p>
            )}
            <PreviewTable
              rows={[
                { label: t("bnb.rate"), value: `1 stkBNB = ${rateText(pool.data)} BNB`, testId: "bnb-rate" },
                { label: t("bnb.staked"), value: `${bnbText(pool.data.totalWei, 4)} BNB` },
                { label: t("bnb.supply"), value: `${bnbText(pool.data.poolTokenSupply, 4)} stkBNB` },
                { label: t("bnb.cooldown"), value: time.cooldown(pool.data.cooldownPeriod) },
                {
                  label: t("bnb.fees"),
                  value: `${feePercent(pool.data.fee.deposit)} / ${feePercent(pool.data.fee.withdraw)} / ${feePercent(pool.data.fee.reward)}`,
                },
                { label: t("bnb.reserve"), value: `${bnbText(pool.data.claimReserve, 4)} BNB`, hint: t("bnb.reserveHint") },
              ]}
            />
          </>
        )}
      </Panel>

      {!user ? (
        <div className="rounded-lg border border-white/10 p-4 text-sm text-slate-300" data-testid="bnb-connect-hint">
          <p>{t("bnb.connectHint")}</p>
          {demo.available && (
            <button type="button" onClick={() => void demo.start()} disabled={demo.pending} className="btn-primary mt-3">
              {t("bnb.demo.try")}
            </button>
          )}
          {demo.error !== null && (
            <p role="alert" className="mt-2 text-red-200" data-testid="bnb-demo-error">
              {t("bnb.demo.error")}
            </p>
          )}
        </div>
      ) : !onChain ? (
        <WrongChain networkId={network.id} walletChainId={connection.chainId} />
      ) : (
        <>
          <Panel
            id="bnb-actions"
            title={t("bnb.yours")}
            actions={
              <div role="tablist" aria-label={t("bnb.action")} className="flex gap-1 text-sm">
                {(["stake", "unstake"] as const).map((id) => (
                  <button
                    key={id}
                    role="tab"
                    type="button"
                    aria-selected={tab === id}
                    disabled={exitOnly && id === "stake"}
                    title={exitOnly && id === "stake" ? t("bnb.exitOnly.noStake") : undefined}
                    onClick={() => setTab(id)}
                    className={`rounded-md px-3 py-1 disabled:cursor-not-allowed disabled:opacity-40 ${tab === id ? "bg-amber-500/20 text-amber-100" : "text-slate-300 hover:bg-white/10"}`}
                  >
                    {id === "stake" ? t("bnb.stake") : t("bnb.unstake")}
                  </button>
                ))}
              </div>
            }
          >
            <p className="mt-1 text-sm text-slate-400" data-testid="bnb-balances">
              {balances.data ? `${bnbText(balances.data.bnb, 6)} BNB · ${bnbText(balances.data.stkBNB, 6)} stkBNB` : t("bnb.readingBalances")}
            </p>
            <div className="mt-3">
              {pool.data && balances.data ? (
                tab === "stake" ? (
                  <BnbStakeForm network={network} pool={pool.data} balance={balances.data.bnb} user={user} />
                ) : (
                  <BnbUnstakeForm network={network} pool={pool.data} balance={balances.data.stkBNB} user={user} />
                )
              ) : null}
            </div>
          </Panel>
          <BnbClaims network={network} pool={pool.data} claims={claims} user={user} />
        </>
      )}
    </div>
  );
}

function WrongChain({ networkId, walletChainId }: { networkId: EvmNetworkId; walletChainId: number | undefined }) {
  const network = EVM_NETWORKS[networkId];
  const { switchChain, isPending, error } = useSwitchChain();
  const t = useTranslations();
  const say = useSentence();
  const switchError = error && toEvmTxError(error);
  return (
    <div role="alert" className="rounded-lg border border-amber-400/30 bg-amber-500/10 p-4 text-sm text-amber-100" data-testid="bnb-wrong-chain">
      {t("bnb.wrongChain", { actual: walletChainId ?? t("bnb.unknownChain"), network: network.name, expected: network.chain.id })}
      <button
        type="button"
        disabled={isPending}
        onClick={() => switchChain({ chainId: network.chain.id as never })}
        className="ml-3 rounded-md bg-amber-500 px-3 py-1 font-medium text-slate-950 hover:bg-amber-400 disabled:opacity-60"
      >
        {isPending ? t("bnb.switching") : t("bnb.switchTo", { network: network.name })}
      </button>
      {switchError && <p className="mt-2 text-red-200">{switchError.kind === "rejected" ? t("bnb.switchRejected") : say(switchError.text)}</p>}
    </div>
  );
}
