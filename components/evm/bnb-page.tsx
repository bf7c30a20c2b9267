"use client";

import { useState } from "react";
import { useConnection, useSwitchChain } from "wagmi";
import { useEvmBalances, useEvmClaims, useEvmNetwork, useEvmNetworkStore, useEvmPool } from "@/hooks/use-evm";
import { toEvmTxError } from "@/lib/evm/errors";
import { rateText } from "@/lib/evm/math";
import { EVM_NETWORKS, EVM_NETWORK_IDS, type EvmNetworkId } from "@/lib/evm/networks";
import { Panel } from "../ui/panel";
import { PreviewTable } from "../ui/preview-table";
import { BnbClaims } from "./bnb-claims";
import { BnbStakeForm } from "./bnb-stake-form";
import { BnbUnstakeForm } from "./bnb-unstake-form";
import { EvmScope } from "./evm-scope";
import { EvmTxModal } from "./evm-tx-modal";
import { bnbText, cooldownText, feePercent } from "./format";

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
  const [tab, setTab] = useState<"stake" | "unstake">("stake");
  const onChain = connection.chainId === network.chain.id;

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold text-white">stkBNB on BNB Chain</h1>
          <p className="text-sm text-slate-400">pSTAKE&apos;s liquid staking for BNB: stake BNB for stkBNB, unstake, and claim after the cooldown.</p>
        </div>
        <label className="flex items-center gap-2 text-sm text-slate-300">
          BNB network
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
      </div>

      <Panel id="bnb-pool" title="Stake pool">
        {pool.isError ? (
          <p role="alert" className="mt-2 text-sm text-red-200" data-testid="bnb-pool-error">
            Could not read the stake pool on {network.name}: {toEvmTxError(pool.error).message.replace(" Nothing was sent.", "")}
            {network.isLocal && " Start the local chain with npm run devnet:evm (npm run dev starts it too)."}
          </p>
        ) : !pool.data ? (
          <p className="mt-2 text-sm text-slate-400">Reading the pool…</p>
        ) : (
          <>
            {pool.data.paused && (
              <p role="alert" className="mt-2 rounded-md bg-amber-500/10 px-3 py-2 text-sm text-amber-200" data-testid="bnb-paused">
                The stake pool is paused by its operators: deposits, unstakes and claims are stopped for now.
              </p>
            )}
            <PreviewTable
              rows={[
                { label: "Exchange rate", value: `1 stkBNB = ${rateText(pool.data)} BNB`, testId: "bnb-rate" },
                { label: "BNB staked in the pool", value: `${bnbText(pool.data.totalWei, 4)} BNB` },
                { label: "stkBNB supply", value: `${bnbText(pool.data.poolTokenSupply, 4)} stkBNB` },
                { label: "Cooldown after unstaking", value: cooldownText(pool.data.cooldownPeriod) },
                {
                  label: "Fees (deposit / unstake / rewards)",
                  value: `${feePercent(pool.data.fee.deposit)} / ${feePercent(pool.data.fee.withdraw)} / ${feePercent(pool.data.fee.reward)}`,
                },
                { label: "Claim reserve", value: `${bnbText(pool.data.claimReserve, 4)} BNB`, hint: "BNB unbonded and set aside to pay claims" },
              ]}
            />
          </>
        )}
      </Panel>

      {!user ? (
        <p className="rounded-lg border border-white/10 p-4 text-sm text-slate-300" data-testid="bnb-connect-hint">
          Connect an EVM wallet (MetaMask or any EIP-6963 wallet) with the button at the top right to stake.
        </p>
      ) : !onChain ? (
        <WrongChain networkId={network.id} walletChainId={connection.chainId} />
      ) : (
        <>
          <Panel
            id="bnb-actions"
            title="Your stkBNB"
            actions={
              <div role="tablist" aria-label="Action" className="flex gap-1 text-sm">
                {(["stake", "unstake"] as const).map((t) => (
                  <button
                    key={t}
                    role="tab"
                    type="button"
                    aria-selected={tab === t}
                    onClick={() => setTab(t)}
                    className={`rounded-md px-3 py-1 ${tab === t ? "bg-amber-500/20 text-amber-100" : "text-slate-300 hover:bg-white/10"}`}
                  >
                    {t === "stake" ? "Stake" : "Unstake"}
                  </button>
                ))}
              </div>
            }
          >
            <p className="mt-1 text-sm text-slate-400" data-testid="bnb-balances">
              {balances.data ? `${bnbText(balances.data.bnb, 6)} BNB · ${bnbText(balances.data.stkBNB, 6)} stkBNB` : "Reading balances…"}
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
  return (
    <div role="alert" className="rounded-lg border border-amber-400/30 bg-amber-500/10 p-4 text-sm text-amber-100" data-testid="bnb-wrong-chain">
      Your wallet is on chain {walletChainId ?? "unknown"}; this page shows {network.name} (chain {network.chain.id}).
      <button
        type="button"
        disabled={isPending}
        onClick={() => switchChain({ chainId: network.chain.id as never })}
        className="ml-3 rounded-md bg-amber-500 px-3 py-1 font-medium text-slate-950 hover:bg-amber-400 disabled:opacity-60"
      >
        {isPending ? "Switching…" : `Switch wallet to ${network.name}`}
      </button>
      {error && <p className="mt-2 text-red-200">{toEvmTxError(error).message.replace("transaction", "switch")}</p>}
    </div>
  );
}
