"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { useSentence } from "@/components/ui/use-texts";
import { useCapabilities } from "@/hooks/use-capabilities";
import { useHostChains } from "@/hooks/use-liquidstakeibc";
import { useNetwork } from "@/hooks/use-network";
import { useAccount } from "@/hooks/use-wallet";
import dynamic from "next/dynamic";
import { DemoButton } from "@/components/wallet/demo-button";
import { Loading } from "@/components/ui/loading";
import { type AssetChoice, AssetSelector } from "./asset-selector";
import { RateCard } from "./rate-card";
import { ValidatorsTable } from "./validators-table";

// The forms and the account's lists load once a wallet is connected: without one the page shows the way in, the
// rate and the validators, and downloads only those.
function FormLoading() {
  const t = useTranslations();
  return <Loading text={t("common.loading")} rows={3} />;
}
const StakeForm = dynamic(() => import("./stake-form").then((m) => m.StakeForm), { loading: FormLoading });
const UnstakeForm = dynamic(() => import("./unstake-form").then((m) => m.UnstakeForm), { loading: FormLoading });
const ConvertForm = dynamic(() => import("./convert-form").then((m) => m.ConvertForm), { loading: FormLoading });
const IbcStakeForm = dynamic(() => import("./ibc-stake-form").then((m) => m.IbcStakeForm), { loading: FormLoading });
const IbcExit = dynamic(() => import("./ibc-exit").then((m) => m.IbcExit), { loading: FormLoading });
const UnbondingsList = dynamic(() => import("./unbondings-list").then((m) => m.UnbondingsList));
const IbcUnbondings = dynamic(() => import("./ibc-unbondings").then((m) => m.IbcUnbondings));
const DeprecatedStk = dynamic(() => import("./deprecated-stk").then((m) => m.DeprecatedStk));

const XPRT_TABS = ["stake", "unstake", "convert"] as const;
const IBC_TABS = ["stake", "exit"] as const;
const TAB_LABELS = { stake: "stake.tab.stake", unstake: "stake.tab.unstake", convert: "stake.tab.convert", exit: "stake.tab.exit" } as const;

function Tabs<T extends keyof typeof TAB_LABELS>({ tabs, value, onChange }: { tabs: readonly T[]; value: T; onChange: (t: T) => void }) {
  const t = useTranslations();
  return (
    <div role="tablist" aria-label={t("stake.tabsLabel")} className="mb-4 flex gap-1 rounded-lg bg-slate-950 p-1">
      {tabs.map((tab) => (
        <button
          key={tab}
          role="tab"
          type="button"
          aria-selected={value === tab}
          onClick={() => onChange(tab)}
          className={`flex-1 rounded-md px-3 py-1.5 text-sm ${value === tab ? "bg-accent text-white" : "text-slate-300 hover:bg-white/5"}`}
        >
          {t(TAB_LABELS[tab] as (typeof TAB_LABELS)[keyof typeof TAB_LABELS])}
        </button>
      ))}
    </div>
  );
}

export function StakePage() {
  const { network } = useNetwork();
  const account = useAccount(network);
  const caps = useCapabilities();
  const hosts = useHostChains();
  const [choice, setChoice] = useState<AssetChoice | null>(null);
  const [xprtTab, setXprtTab] = useState<(typeof XPRT_TABS)[number]>("stake");
  const [ibcTab, setIbcTab] = useState<(typeof IBC_TABS)[number]>("stake");
  const t = useTranslations();
  const say = useSentence();

  const xprt = caps.data?.liquidstake.available;
  const multi = caps.data?.liquidstakeibc.available;
  if (caps.data && !xprt && !multi) {
    return (
      <section className="card p-6" role="status">
        <h1 className="text-xl font-semibold text-white">{t("stake.title")}</h1>
        <p className="mt-2 text-slate-300">{caps.data.liquidstake.note && say(caps.data.liquidstake.note)}</p>
        <p className="mt-2 text-slate-300">{caps.data.liquidstakeibc.note && say(caps.data.liquidstakeibc.note)}</p>
      </section>
    );
  }
  const selected = choice ?? (xprt ? "xprt" : (hosts.data?.[0]?.chainId ?? "xprt"));
  const host = selected === "xprt" ? undefined : hosts.data?.find((h) => h.chainId === selected);
  const connectPrompt = (
    <div className="py-6 text-center text-slate-300">
      <p>{t("stake.connectPrompt")}</p>
      <DemoButton className="mt-3" />
    </div>
  );

  return (
    <div className="grid gap-4 md:grid-cols-[1fr_22rem]">
      <div className="grid content-start gap-4">
        <AssetSelector value={selected} onChange={setChoice} />
        {caps.data?.liquidstakeibc.note && !multi && <p className="text-sm text-slate-400">{say(caps.data.liquidstakeibc.note)}</p>}
        <section className="card p-4">
          {selected === "xprt" ? (
            <>
              <Tabs tabs={XPRT_TABS} value={xprtTab} onChange={setXprtTab} />
              {!account ? (
                connectPrompt
              ) : (
                // Keyed by account and network: a switch empties every form.
                <div role="tabpanel" key={`${network.id}:${account.address}:${xprtTab}`}>
                  {xprtTab === "stake" && <StakeForm account={account} />}
                  {xprtTab === "unstake" && <UnstakeForm account={account} />}
                  {xprtTab === "convert" && <ConvertForm account={account} />}
                </div>
              )}
            </>
          ) : (
            <>
              <Tabs tabs={IBC_TABS} value={ibcTab} onChange={setIbcTab} />
              {!account
                ? connectPrompt
                : host && (
                    <div role="tabpanel" key={`${network.id}:${account.address}:${host.chainId}:${ibcTab}`}>
                      {ibcTab === "stake" && <IbcStakeForm account={account} host={host} />}
                      {ibcTab === "exit" && <IbcExit account={account} host={host} />}
                    </div>
                  )}
            </>
          )}
        </section>
        {account && selected === "xprt" && <UnbondingsList address={account.address} />}
        {account && multi && <IbcUnbondings address={account.address} />}
        {account && caps.data && !multi && <DeprecatedStk account={account} />}
      </div>
      <div className="grid content-start gap-4">
        {xprt && <RateCard />}
        {xprt && <ValidatorsTable />}
      </div>
    </div>
  );
}
