// Known places for stkASSETs outside the connected chain. The app cannot read them live from here (another chain,
// another RPC), so each is a link with what was last known and when; the routes page marks them "not live".
// Facts are kept to what the venue itself published; anything without a source stays out.

import { sentence, type Sentence } from "@/lib/i18n/sentence";

export type VenueStatus = "active" | "wound-down" | "unknown";

export interface ExternalVenue {
  /** stk symbol this venue is for */
  asset: string;
  venue: string;
  chain: string;
  market: Sentence;
  kind: "dex" | "lending" | "vault";
  url: string;
  status: VenueStatus;
  /** last-known facts in words (checked on the date below) */
  facts: Sentence;
  checked: string;
}

export const EXTERNAL_VENUES: readonly ExternalVenue[] = [
  {
    asset: "stkATOM",
    venue: "Osmosis",
    chain: "osmosis-1",
    market: sentence("routes.venue.osmosisStkAtom.market"),
    kind: "dex",
    url: "https://app.osmosis.zone/pools",
    status: "wound-down",
    facts: sentence("routes.venue.osmosisStkAtom.facts"),
    checked: "2025-06",
  },
  {
    asset: "stkATOM",
    venue: "Umee (UX)",
    chain: "umee-1",
    market: sentence("routes.venue.umeeStkAtom.market"),
    kind: "lending",
    url: "https://umee.cc",
    status: "unknown",
    facts: sentence("routes.venue.umeeStkAtom.facts"),
    checked: "2025-06",
  },
  {
    asset: "stkXPRT",
    venue: "Osmosis",
    chain: "osmosis-1",
    market: sentence("routes.venue.osmosisStkXprt.market"),
    kind: "dex",
    url: "https://app.osmosis.zone/pools",
    status: "unknown",
    facts: sentence("routes.venue.osmosisStkXprt.facts"),
    checked: "2025-06",
  },
  {
    asset: "stkBNB",
    venue: "PancakeSwap",
    chain: "BNB Chain",
    market: sentence("routes.venue.pancakeStkBnb.market"),
    kind: "dex",
    url: "https://pancakeswap.finance",
    status: "unknown",
    facts: sentence("routes.venue.pancakeStkBnb.facts"),
    checked: "2025-06",
  },
];

export const venuesFor = (stkSymbol: string) => EXTERNAL_VENUES.filter((v) => v.asset === stkSymbol);
