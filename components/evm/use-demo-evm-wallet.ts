"use client";

import { useEffect, useState } from "react";
import { useConnect } from "wagmi";
import { reconnect } from "wagmi/actions";
import { NETWORKS } from "@/lib/chain/networks";
import { DEMO_EVM_RDNS } from "@/lib/evm/demo-ids";
import type { EvmNetwork } from "@/lib/evm/networks";
import { wagmiConfig } from "@/lib/evm/wagmi";
import { rpcFor } from "@/lib/session/clients";

const RECENT_KEY = "wagmi.recentConnectorId";

/**
 * The demo EVM account, on the local EVM chain only: `start` builds it (its key from the Cosmos devnet's
 * devnet_info), announces it and connects it; a page opened again after using it reconnects it by itself.
 */
export type DemoEvmWallet = ReturnType<typeof useDemoEvmWallet>;

export function useDemoEvmWallet(network: EvmNetwork) {
  const { connectAsync } = useConnect();
  const [state, setState] = useState<{ pending: boolean; error: unknown }>({ pending: false, error: null });

  const announce = async () => {
    const [{ demoEvmProvider, announceDemoEvmWallet }, { demoMnemonic }] = await Promise.all([import("@/lib/evm/demo-wallet"), import("@/lib/wallet/demo")]);
    const mnemonic = await demoMnemonic(rpcFor("devnet"), NETWORKS.devnet);
    announceDemoEvmWallet(demoEvmProvider(mnemonic, network.chain.rpcUrls.default.http[0], network.chain.id).provider);
    // wagmi adds the announced wallet to its connectors on the same tick
    await new Promise((r) => setTimeout(r, 0));
    return wagmiConfig.connectors.find((c) => c.id === DEMO_EVM_RDNS);
  };

  const start = async () => {
    setState({ pending: true, error: null });
    try {
      const connector = wagmiConfig.connectors.find((c) => c.id === DEMO_EVM_RDNS) ?? (await announce());
      if (!connector) throw new Error("the demo wallet did not announce itself");
      await connectAsync({ connector, chainId: network.chain.id });
      setState({ pending: false, error: null });
    } catch (error) {
      setState({ pending: false, error });
    }
  };

  // used last time: announce it again so wagmi can reconnect it, as a browser wallet would be
  useEffect(() => {
    if (!network.isLocal || localStorage.getItem(RECENT_KEY) !== JSON.stringify(DEMO_EVM_RDNS)) return;
    if (wagmiConfig.connectors.some((c) => c.id === DEMO_EVM_RDNS)) return;
    void announce()
      .then(() => reconnect(wagmiConfig))
      .catch(() => undefined);
    // once per page: the network is the local one or not for the page's life
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [network.isLocal]);

  return { available: network.isLocal, start, ...state, isDemo: (connectorId: string | undefined) => connectorId === DEMO_EVM_RDNS };
}
