import { QueryParamsRequest as WasmParamsRequest, QueryParamsResponse as WasmParamsResponse } from "cosmjs-types/cosmwasm/wasm/v1/query";
import { QueryParamsRequest as TransferParamsRequest, QueryParamsResponse as TransferParamsResponse } from "cosmjs-types/ibc/applications/transfer/v1/query";
import { QueryParamsRequest as LsParamsRequest, QueryParamsResponse as LsParamsResponse } from "persistenceonejs/pstake/liquidstake/v1beta1/query";
import { QueryParamsRequest as LsIbcParamsRequest, QueryParamsResponse as LsIbcParamsResponse } from "persistenceonejs/pstake/liquidstakeibc/v1beta1/query";
import { type Codec, QueryError, abciQuery } from "./abci";
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

interface Probe {
  id: CapabilityId;
  label: string;
  path: string;
  request: Codec<object>;
  response: Codec<object>;
  absentNote: string;
}

const PROBES: Probe[] = [
  {
    id: "liquidstake",
    label: "XPRT liquid staking (stkXPRT)",
    path: "/pstake.liquidstake.v1beta1.Query/Params",
    request: LsParamsRequest as Codec<object>,
    response: LsParamsResponse as Codec<object>,
    absentNote: "This chain does not run the liquidstake module, so stkXPRT cannot be minted or redeemed here.",
  },
  {
    id: "liquidstakeibc",
    label: "Multi-chain liquid staking (stkATOM and others)",
    path: "/pstake.liquidstakeibc.v1beta1.Query/Params",
    request: LsIbcParamsRequest as Codec<object>,
    response: LsIbcParamsResponse as Codec<object>,
    absentNote: "This chain no longer runs the liquidstakeibc module (removed from core-1 in 2025): stkATOM and the other multi-chain stkASSETs cannot be staked here.",
  },
  {
    id: "wasm",
    label: "CosmWasm contracts (Dexter, lending)",
    path: "/cosmwasm.wasm.v1.Query/Params",
    request: WasmParamsRequest as Codec<object>,
    response: WasmParamsResponse as Codec<object>,
    absentNote: "This chain does not run CosmWasm, so the DEX and lending features are not available.",
  },
  {
    id: "ibcTransfer",
    label: "IBC token origins",
    path: "/ibc.applications.transfer.v1.Query/Params",
    request: TransferParamsRequest as Codec<object>,
    response: TransferParamsResponse as Codec<object>,
    absentNote: "This chain does not serve IBC denom traces; unknown ibc/ tokens are shown by their hash.",
  },
];

export type Capabilities = Record<CapabilityId, Capability>;

export async function detectCapabilities(rpc: FailoverRpcClient): Promise<Capabilities> {
  const results = await Promise.all(
    PROBES.map(async (p): Promise<Capability> => {
      try {
        await abciQuery(rpc, p.path, p.request, p.response, {});
        return { id: p.id, label: p.label, available: true };
      } catch (e) {
        if (e instanceof QueryError && e.isUnknownService) return { id: p.id, label: p.label, available: false, note: p.absentNote };
        if (e instanceof QueryError) return { id: p.id, label: p.label, available: true }; // the service exists, it just refused this request
        throw e;
      }
    }),
  );
  return Object.fromEntries(results.map((c) => [c.id, c])) as Capabilities;
}
