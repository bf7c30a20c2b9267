"use client";

import { useState } from "react";
import { useLiquidStakeAvailable } from "@/hooks/use-liquidstake";
import { useCapabilities } from "@/hooks/use-capabilities";
import { useNetwork } from "@/hooks/use-network";
import { useAccount } from "@/hooks/use-wallet";
import { DemoButton } from "../wallet/demo-button";
import { ConvertForm } from "./convert-form";
import { RateCard } from "./rate-card";
import { StakeForm } from "./stake-form";
import { UnbondingsList } from "./unbondings-list";
import { UnstakeForm } from "./unstake-form";
import { ValidatorsTable } from "./validators-table";

const TABS = ["Stake", "Unstake", "Convert delegation"] as const;

export function StakePage() {
  const { network } = useNetwork();
  const account = useAccount(network);
  const available = useLiquidStakeAvailable();
  const caps = useCapabilities();
  const [tab, setTab] = useState<(typeof TABS)[number]>("Stake");

  if (available === false) {
    return (
      <section className="rounded-xl border border-white/10 bg-slate-900/60 p-6" role="status">
        <h1 className="text-xl font-semibold text-white">XPRT liquid staking</h1>
        <p className="mt-2 text-slate-300">{caps.data?.liquidstake.note}</p>
      </section>
    );
  }

  return (
    <div className="grid gap-4 md:grid-cols-[1fr_22rem]">
      <div className="grid content-start gap-4">
        <section className="rounded-xl border border-white/10 bg-slate-900/60 p-4">
          <div role="tablist" aria-label="Liquid staking" className="mb-4 flex gap-1 rounded-lg bg-slate-950 p-1">
            {TABS.map((t) => (
              <button
                key={t}
                role="tab"
                type="button"
                aria-selected={tab === t}
                onClick={() => setTab(t)}
                className={`flex-1 rounded-md px-3 py-1.5 text-sm ${tab === t ? "bg-rose-500 text-white" : "text-slate-300 hover:bg-white/5"}`}
              >
                {t}
              </button>
            ))}
          </div>
          {!account ? (
            <div className="py-6 text-center text-slate-300">
              <p>Connect a wallet to stake.</p>
              <DemoButton className="mt-3" />
            </div>
          ) : (
            // Keyed by account and network: a switch empties every form.
            <div role="tabpanel" key={`${network.id}:${account.address}:${tab}`}>
              {tab === "Stake" && <StakeForm account={account} />}
              {tab === "Unstake" && <UnstakeForm account={account} />}
              {tab === "Convert delegation" && <ConvertForm account={account} />}
            </div>
          )}
        </section>
        {account && <UnbondingsList address={account.address} />}
      </div>
      <div className="grid content-start gap-4">
        <RateCard />
        <ValidatorsTable />
      </div>
    </div>
  );
}
