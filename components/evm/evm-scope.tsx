"use client";

import type { ReactNode } from "react";
import { WagmiProvider } from "wagmi";
import { wagmiConfig } from "@/lib/evm/wagmi";

/**
 * wagmi's context for the EVM parts of the app (the header's EVM wallet, the BNB page, the portfolio's stkBNB). It
 * wraps only them, so pages without EVM do not load wagmi. All scopes share one config, hence one connection;
 * the header's button reconnects the remembered wallet once.
 */
export function EvmScope({ children }: { children: ReactNode }) {
  return (
    <WagmiProvider config={wagmiConfig} reconnectOnMount={false}>
      {children}
    </WagmiProvider>
  );
}
