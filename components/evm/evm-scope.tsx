"use client";

import type { ReactNode } from "react";
import { WagmiProvider } from "wagmi";
import { wagmiConfig } from "@/lib/evm/wagmi";

/**
 * wagmi's context for the EVM parts of the app (the BNB page with its EVM wallet, the portfolio's stkBNB),
 * each loaded in the browser only, so pages without EVM do not load wagmi first. All scopes share one config, hence
 * one connection; each mount reconnects the remembered wallet (a no-op when it is connected already).
 */
export function EvmScope({ children }: { children: ReactNode }) {
  return <WagmiProvider config={wagmiConfig}>{children}</WagmiProvider>;
}
