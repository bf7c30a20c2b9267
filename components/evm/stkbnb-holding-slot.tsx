"use client";

import dynamic from "next/dynamic";

/** The portfolio's stkBNB entry, rendered in the browser only: it depends on what this browser remembers. */
export const StkBnbHoldingSlot = dynamic(() => import("./stkbnb-entry"), { ssr: false });
