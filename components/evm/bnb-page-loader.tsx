"use client";

import dynamic from "next/dynamic";

/** The BNB page renders in the browser only: its wallet state lives there (wagmi reads it from localStorage). */
export const BnbPageLoader = dynamic(() => import("./bnb-page").then((m) => m.BnbPage), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-400">Loading the BNB page…</p>,
});
