"use client";

import { useCapabilities } from "@/hooks/use-capabilities";
import { useNodeInfo } from "@/hooks/use-node-info";
import { useTranslations } from "use-intl";
import { useNetwork } from "@/hooks/use-network";
import { useSentence, useTimeText, useErrorText } from "@/components/ui/use-texts";
import { Loading } from "@/components/ui/loading";

/** What this chain runs (chain id, software, latest block) and offers, said plainly, including what it does not. */
export function CapabilityList() {
  const { network } = useNetwork();
  const caps = useCapabilities();
  const node = useNodeInfo().data;
  const time = useTimeText();
  const t = useTranslations();
  const errorText = useErrorText();
  const say = useSentence();
  return (
    <section aria-labelledby="caps-title" className="card p-4">
      <h2 id="caps-title" className="font-semibold text-white">
        {t("capability.title", { network: network.name })}
      </h2>
      {node && (
        <p className="mt-1 text-xs text-slate-400" data-testid="node-info">
          <span className="font-mono text-slate-300">{node.chainId}</span> · {t("home.chain.runs", { app: node.app, version: node.appVersion })} ·{" "}
          {t("home.chain.comet", { version: node.cometVersion })} · {t("home.chain.block", { height: node.latestHeight, time: time.date(node.latestTime) })}
        </p>
      )}
      {caps.isPending && <Loading text={t("capability.asking")} className="mt-2" />}
      {caps.isError && (
        <p role="alert" className="mt-2 text-sm text-red-300">
          {t("capability.error", { network: network.name, error: errorText(caps.error) })}
        </p>
      )}
      {caps.data && (
        <ul className="mt-2 space-y-2" data-testid="capabilities">
          {Object.values(caps.data).map((c) => (
            <li key={c.id} className="text-sm" data-capability={c.id} data-available={c.available}>
              <span className={c.available ? "text-emerald-300" : "text-slate-400"}>{c.available ? t("common.available") : t("common.notAvailable")}</span>{" "}
              <span className="text-white">{say(c.label)}</span>
              {c.note && <p className="text-xs text-slate-400">{say(c.note)}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
