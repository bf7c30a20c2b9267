"use client";

import dynamic from "next/dynamic";

/** The portfolio's stkBNB entry, loaded after the page: it brings wagmi, which the Cosmos portfolio does not need. */
export const StkBnbHoldingSlot = dynamic(() => import("./stkbnb-holding"), { ssr: false });
