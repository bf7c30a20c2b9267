"use client";

import { useTranslations } from "use-intl";
import { useEffect, useRef, useState } from "react";
import { useConnection, useSwitchChain } from "wagmi";
import { useEvmBalances, useEvmClaims, useEvmNetwork, useEvmPool } from "@/hooks/use-evm";
import { usePoolOperation } from "@/hooks/use-evm-pool";
import { stakesOffered } from "@/lib/evm/pool-operation";
import { toEvmTxError } from "@/lib/evm/errors";
import { EVM_NETWORKS, type EvmNetworkId } from "@/lib/evm/networks";
import { Panel } from "@/components/ui/panel";
import { useSentence } from "@/components/ui/use-texts";
import { BnbClaims } from "./bnb-claims";
import { BnbConnectHint } from "./bnb-connect-hint";
import { BnbHeader } from "./bnb-header";
import { BnbPoolPanel } from "./bnb-pool-panel";
import { BnbStakeForm } from "./bnb-stake-form";
import { BnbUnstakeForm } from "./bnb-unstake-form";
import { EvmScope } from "./evm-scope";
import { EvmTxModal } from "./evm-tx-modal";
import { EvmWalletMenu } from "./evm-wallet-menu";
import { useDemoEvmWallet } from "./use-demo-evm-wallet";
import { bnbText } from "./format";

/**
 * What the page's first view asked for before this part loaded: open the wallet menu, or start the demo account.
 * (The first view, bnb-entry.tsx, shows the header and the pool without wagmi.)
 */
export type BnbIntent = "connect" | "demo" | null;

/** The BNB page with its EVM wallet: wagmi's context, the account's forms and claims, the transaction dialog. */
export function BnbPage({ intent = null }: { intent?: BnbIntent }) {
  return (
    <EvmScope>
      <BnbContent intent={intent} />
      <EvmTxModal />
    </EvmScope>
  );
}

function BnbContent({ intent }: { intent: BnbIntent }) {
  const network = useEvmNetwork();
  const pool = useEvmPool(network);
  const connection = useConnection();
  const user = connection.address;
  const balances = useEvmBalances(network, user);
  const claims = useEvmClaims(network, user);
  const [picked, setTab] = useState<"stake" | "unstake">("stake");
  // a pool the chain does not show as run is exit-only: its page opens on unstaking and offers no stake
  const offered = stakesOffered(usePoolOperation(network));
  const exitOnly = offered === false;
  const tab = exitOnly ? "unstake" : picked;
  const onChain = connection.chainId === network.chain.id;
  const t = useTranslations();
  const demo = useDemoEvmWallet(network);
  // the demo account asked for in the first view starts once, when this part has loaded
  const demoAsked = useRef(intent === "demo");
  useEffect(() => {
    if (!demoAsked.current) return;
    demoAsked.current = false;
    void demo.start();
  }, [demo]);

  return (
    <div className="grid gap-4">
      <BnbHeader wallet={<EvmWalletMenu demo={demo} initiallyOpen={intent === "connect"} />} />
      <BnbPoolPanel />

      {!user ? (
        <BnbConnectHint demo={{ ...demo, start: () => void demo.start() }} />
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
                  <BnbStakeForm network={network} pool={pool.data} balance={balances.data.bnb} user={user} offered={offered} />
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
