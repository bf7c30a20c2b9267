"use client";

import dynamic from "next/dynamic";

/** The EVM wallet button, loaded after the page: wagmi stays out of the first load of pages that do not need it. */
export const EvmWalletSlot = dynamic(() => import("./evm-wallet-button"), {
  ssr: false,
  loading: () => <span className="inline-block h-8 w-36 rounded-md border border-white/10" aria-hidden />,
});
