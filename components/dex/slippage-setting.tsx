"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";
import { useSentence } from "@/components/ui/use-texts";
import { parseSlippage, useSlippage } from "@/hooks/use-slippage";

export function SlippageSetting() {
  const { bps, set } = useSlippage();
  const [text, setText] = useState((bps / 100).toString());
  const parsed = parseSlippage(text);
  const t = useTranslations();
  const say = useSentence();
  return (
    <div className="flex items-center gap-2 text-xs text-slate-400">
      <label htmlFor="slippage">{t("dex.slippage.label")}</label>
      <input
        id="slippage"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const p = parseSlippage(e.target.value);
          if ("bps" in p) set(p.bps);
        }}
        inputMode="decimal"
        aria-invalid={"error" in parsed}
        aria-describedby={"error" in parsed ? "slippage-error" : undefined}
        className="w-16 rounded border border-white/15 bg-slate-950 px-2 py-1 text-right font-mono text-white"
      />
      <span>%</span>
      {"error" in parsed && (
        <span id="slippage-error" className="text-red-300" role="alert" data-testid="slippage-error">
          {say(parsed.error)}
        </span>
      )}
    </div>
  );
}
