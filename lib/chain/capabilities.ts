import type { FailoverRpcClient } from "./endpoints";

// What the connected chain serves, learned by asking: a service the node does not know answers
// "unknown query path" (sdk code 6), and the feature that needs it is hidden with a note saying so.

export type CapabilityId = "liquidstake" | "liquidstakeibc" | "wasm" | "ibcTransfer";

export interface Capability {
  id: CapabilityId;
  label: string;
  available: boolean;
  /** why it is unavailable, in words */
  note?: string;
}

/** Each probe asks a service's Params, whose request is an empty message: no codec needed to ask. */
interface Probe {
  id: CapabilityId;
  label: string;
  path: string;
  absentNote: string;
}

const PROBES: Probe[] = [
  {
    id: "liquidstake",
    label: "XPRT liquid staking (stkXPRT)",
    path: "/pstake.liquidstake.v1beta1.Query/Params",
    absentNote: "This chain does not run the liquidstake module, so stkXPRT cannot be minted or redeemed here.",
  },
  {
    id: "liquidstakeibc",
    label: "Multi-chain liquid staking (stkATOM and others)",
    path: "/pstake.liquidstakeibc.v1beta1.Query/Params",
    absentNote:
      "This chain no longer runs the liquidstakeibc module (removed from core-1 in 2025): stkATOM and the other multi-chain stkASSETs cannot be staked here.",
  },
  {
    id: "wasm",
    label: "CosmWasm contracts (Dexter, lending)",
    path: "/cosmwasm.wasm.v1.Query/Params",
    absentNote: "This chain does not run CosmWasm, so the DEX and lending features are not available.",
  },
  {
    id: "ibcTransfer",
    label: "IBC token origins",
    path: "/ibc.applications.transfer.v1.Query/Params",
    absentNote: "This chain does not serve IBC denom traces; unknown ibc/ tokens are shown by their hash.",
  },
];

export type Capabilities = Record<CapabilityId, Capability>;

interface AbciQueryResult {
  response: { code: number; codespace: string };
}

export async function detectCapabilities(rpc: FailoverRpcClient): Promise<Capabilities> {
  const results = await Promise.all(
    PROBES.map(async (p): Promise<Capability> => {
      const { response } = await rpc.call<AbciQueryResult>("abci_query", { path: p.path, data: "", prove: false });
      // sdk code 6 is "unknown query path": the service does not exist here. Any other answer, even an error
      // about the request, means it does.
      const absent = response.code === 6 && response.codespace === "sdk";
      return absent ? { id: p.id, label: p.label, available: false, note: p.absentNote } : { id: p.id, label: p.label, available: true };
    }),
  );
  return Object.fromEntries(results.map((c) => [c.id, c])) as Capabilities;
}
