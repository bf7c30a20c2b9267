"use client";

import { type ReactNode, useEffect } from "react";
import { WagmiProvider } from "wagmi";
import { useEvmNetworkStore } from "@/hooks/use-evm-network";
import { wagmiConfig } from "@/lib/evm/wagmi";

/**
 * wagmi's context for the EVM parts of the app (the BNB page with its EVM wallet, the portfolio's stkBNB),
 * each loaded in the browser only, so pages without EVM do not load wagmi first. All scopes share one config, hence
 * one connection; each mount reconnects the remembered wallet (a no-op when it is connected already).
 */
export function EvmScope({ children }: { children: ReactNode }) {
  useEffect(() => {
    // whether a wallet is connected, kept where the portfolio can read it without loading wagmi; a wallet being
    // reconnected counts (it was connected when the last visit ended)
    const sync = ({ current, status }: typeof wagmiConfig.state) =>
      status !== "reconnecting" && status !== "connecting" && useEvmNetworkStore.getState().setEvmWalletConnected(current !== null);
    sync(wagmiConfig.state);
    return wagmiConfig.subscribe((s) => s, sync);
  }, []);
  return <WagmiProvider config={wagmiConfig}>{children}</WagmiProvider>;
}
