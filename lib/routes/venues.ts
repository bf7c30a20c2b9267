// Known places for stkASSETs outside the connected chain. The app cannot read them live from here (another chain,
// another RPC), so each is a link with what was last known and when; the routes page marks them "not live".
// Facts are kept to what the venue itself published; anything without a source stays out.

export type VenueStatus = "active" | "wound-down" | "unknown";

export interface ExternalVenue {
  /** stk symbol this venue is for */
  asset: string;
  venue: string;
  chain: string;
  market: string;
  kind: "dex" | "lending" | "vault";
  url: string;
  status: VenueStatus;
  /** last-known facts in words, with the date they were last checked */
  facts: string;
  checked: string;
}

export const EXTERNAL_VENUES: readonly ExternalVenue[] = [
  {
    asset: "stkATOM",
    venue: "Osmosis",
    chain: "osmosis-1",
    market: "stkATOM / ATOM stableswap pool",
    kind: "dex",
    url: "https://app.osmosis.zone/pools",
    status: "wound-down",
    facts: "pSTAKE's main stkATOM liquidity outside Persistence. liquidstakeibc left core-1 in 2025 (v12): stkATOM is redeemed on Persistence, not traded.",
    checked: "2025-06",
  },
  {
    asset: "stkATOM",
    venue: "Umee (UX)",
    chain: "umee-1",
    market: "x/leverage registered tokens",
    kind: "lending",
    url: "https://umee.cc",
    status: "unknown",
    facts: "Lists liquid staking tokens by governance; whether stkATOM is registered is read from RegisteredTokens, which this app does not query.",
    checked: "2025-06",
  },
  {
    asset: "stkXPRT",
    venue: "Osmosis",
    chain: "osmosis-1",
    market: "stkXPRT pools (IBC transfer first)",
    kind: "dex",
    url: "https://app.osmosis.zone/pools",
    status: "unknown",
    facts: "stkXPRT moves over IBC like any token; check the pool's liquidity on Osmosis before sending.",
    checked: "2025-06",
  },
  {
    asset: "stkBNB",
    venue: "PancakeSwap",
    chain: "BNB Chain",
    market: "stkBNB / BNB",
    kind: "dex",
    url: "https://pancakeswap.finance",
    status: "unknown",
    facts: "pSTAKE's stkBNB on BNB Chain (the app's BNB side); liquidity there is read on BNB Chain, not here.",
    checked: "2025-06",
  },
];

export const venuesFor = (stkSymbol: string) => EXTERNAL_VENUES.filter((v) => v.asset === stkSymbol);
