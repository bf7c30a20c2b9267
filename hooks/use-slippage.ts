"use client";

import { create } from "zustand";
import { persist } from "zustand/middleware";

/** The DEX slippage tolerance in basis points, kept across visits. */
export const useSlippage = create<{ bps: number; set: (bps: number) => void }>()(
  persist((set) => ({ bps: 50, set: (bps) => set({ bps }) }), { name: "dex-slippage" }),
);

/** A slippage input: percent text -> bps, or an error (negative, over 50%, not a number). */
export function parseSlippage(text: string): { bps: number } | { error: string } {
  const t = text.trim();
  if (t.startsWith("-")) return { error: "Slippage cannot be negative." };
  if (!/^\d+(\.\d{1,2})?$/.test(t)) return { error: "Slippage must be a percentage like 0.5 (two decimals at most)." };
  const bps = Math.round(Number(t) * 100);
  if (bps > 5000) return { error: "Slippage over 50% is refused: the trade could lose half its value." };
  return { bps };
}
