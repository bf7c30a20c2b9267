"use client";

import { useState } from "react";
import { useTranslations } from "use-intl";

export function CopyButton({ text, label }: { text: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  const t = useTranslations();
  return (
    <button
      type="button"
      onClick={async () => {
        await navigator.clipboard?.writeText(text).catch(() => {});
        setCopied(true);
        setTimeout(() => setCopied(false), 1500);
      }}
      className="shrink-0 rounded border whitespace-nowrap border-white/15 px-2 py-0.5 text-xs text-slate-300 hover:bg-white/10"
    >
      {copied ? t("common.copied") : (label ?? t("common.copy"))}
    </button>
  );
}
