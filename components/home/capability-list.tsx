"use client";

import { useCapabilities } from "@/hooks/use-capabilities";
import { useTranslations } from "use-intl";
import { useNetwork } from "@/hooks/use-network";
import { useSentence } from "@/components/ui/use-texts";

/** What this chain offers, said plainly, including what it does not. */
export function CapabilityList() {
  const { network } = useNetwork();
  const caps = useCapabilities();
  const t = useTranslations();
  const say = useSentence();
  return (
    <section aria-labelledby="caps-title" className="rounded-xl border border-white/10 bg-slate-900/60 p-4">
      <h2 id="caps-title" className="font-semibold text-white">
        {t("capability.title", { network: network.name })}
      </h2>
      {caps.isPending && <p className="mt-2 text-sm text-slate-400">{t("capability.asking")}</p>}
      {caps.isError && (
        <p role="alert" className="mt-2 text-sm text-red-300">
          {t("capability.error", { network: network.name, error: caps.error.message })}
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
