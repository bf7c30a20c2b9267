import { sentence, type Sentence } from "@/lib/i18n/sentence";
import type { FailoverRpcClient } from "./endpoints";

// What the connected chain serves, learned by asking: a service the node does not know answers
// "unknown query path" (sdk code 6), and the feature that needs it is hidden with a note saying so.

export type CapabilityId = "liquidstake" | "liquidstakeibc" | "wasm" | "ibcTransfer";

export interface Capability {
  id: CapabilityId;
  label: Sentence;
  available: boolean;
  /** why it is unavailable, in words */
  note?: Sentence;
}

/** Each probe asks a service's Params, whose request is an empty message: no codec needed to ask. */
interface Probe {
  id: CapabilityId;
  label: Sentence;
  path: string;
  absentNote: Sentence;
}

const PROBES: Probe[] = [
  {
    id: "liquidstake",
    label: sentence("capability.liquidstake.label"),
    path: "/pstake.liquidstake.v1beta1.Query/Params",
    absentNote: sentence("capability.liquidstake.absent"),
  },
  {
    id: "liquidstakeibc",
    label: sentence("capability.liquidstakeibc.label"),
    path: "/pstake.liquidstakeibc.v1beta1.Query/Params",
    absentNote: sentence("capability.liquidstakeibc.absent"),
  },
  {
    id: "wasm",
    label: sentence("capability.wasm.label"),
    path: "/cosmwasm.wasm.v1.Query/Params",
    absentNote: sentence("capability.wasm.absent"),
  },
  {
    id: "ibcTransfer",
    label: sentence("capability.ibcTransfer.label"),
    path: "/ibc.applications.transfer.v1.Query/Params",
    absentNote: sentence("capability.ibcTransfer.absent"),
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
