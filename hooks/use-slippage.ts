"use client";

import { create } from "zustand";
import { persist } from "zustand/middleware";
import { sentence, type Sentence } from "@/lib/i18n/sentence";

/** The DEX slippage tolerance in basis points, kept across visits. */
export const useSlippage = create<{ bps: number; set: (bps: number) => void }>()(
  persist((set) => ({ bps: 50, set: (bps) => set({ bps }) }), { name: "dex-slippage" }),
);

/** A slippage input: percent text -> bps, or an error (negative, over 50%, not a number). */
export function parseSlippage(text: string): { bps: number } | { error: Sentence } {
  const t = text.trim();
  if (t.startsWith("-")) return { error: sentence("dex.slippage.negative") };
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return { error: sentence("dex.slippage.format") };
  const bps = Math.round(Number(t) * 100);
  if (bps > 5000) return { error: sentence("dex.slippage.tooHigh") };
  return { bps };
}
