"use client";

import { useCapabilities } from "@/hooks/use-capabilities";
import { useNetwork } from "@/hooks/use-network";

/** What this chain offers, said plainly, including what it does not. */
export function CapabilityList() {
  const { network } = useNetwork();
  const caps = useCapabilities();
  return (
    <section aria-labelledby="caps-title" className="rounded-xl border border-white/10 bg-slate-900/60 p-4">
      <h2 id="caps-title" className="font-semibold text-white">
        On {network.name}
      </h2>
      {caps.isPending && <p className="mt-2 text-sm text-slate-400">Asking the chain what it serves…</p>}
      {caps.isError && (
        <p role="alert" className="mt-2 text-sm text-red-300">
          Could not reach {network.name}: {caps.error.message}
        </p>
      )}
      {caps.data && (
        <ul className="mt-2 space-y-2" data-testid="capabilities">
          {Object.values(caps.data).map((c) => (
            <li key={c.id} className="text-sm" data-capability={c.id} data-available={c.available}>
              <span className={c.available ? "text-emerald-300" : "text-slate-400"}>{c.available ? "Available" : "Not available"}</span>{" "}
              <span className="text-white">{c.label}</span>
              {c.note && <p className="text-xs text-slate-400">{c.note}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
