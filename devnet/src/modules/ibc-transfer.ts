import {
  QueryDenomHashRequest,
  QueryDenomHashResponse,
  QueryDenomRequest,
  QueryDenomResponse,
  QueryDenomsRequest,
  QueryDenomsResponse,
  QueryParamsRequest,
  QueryParamsResponse,
} from "cosmjs-types/ibc/applications/transfer/v1/query";
import { grpc } from "../chain/grpc.js";
import { type Ctx, type Module, query } from "../chain/module.js";
import { type Genesis, ibcDenom } from "../genesis.js";
import { paginate } from "../util/pagination.js";

// The read side of ibc-go's transfer module (v10 API, as on core-1): which path an ibc/ denom came by.
// The devnet has no relayer; its IBC tokens exist from genesis (and devnet_fund) with these traces.

interface Trace {
  base: string;
  /** "transfer/channel-24" (hops joined by '/') */
  path: string;
}

const key = (hash: string) => `ibc-transfer/denoms/${hash}`;

function hops(path: string) {
  const parts = path.split("/");
  const out = [];
  for (let i = 0; i + 1 < parts.length; i += 2) out.push({ portId: parts[i], channelId: parts[i + 1] });
  return out;
}

export class IbcTransferModule implements Module {
  readonly name = "ibc-transfer";

  initGenesis(ctx: Ctx, genesis: Genesis): void {
    for (const t of genesis.denomTraces) {
      const hash = ibcDenom(`${t.path}/${t.base}`).slice(4);
      ctx.store.set<Trace>(key(hash), { base: t.base, path: t.path });
    }
  }

  readonly queries = [
    query("/ibc.applications.transfer.v1.Query/Denom", QueryDenomRequest, QueryDenomResponse, (ctx, req) => {
      const hash = req.hash.replace(/^ibc\//, "").toUpperCase();
      if (!/^[0-9A-F]{64}$/.test(hash)) throw grpc.invalidArgument(`invalid denom trace hash: ${req.hash}`);
      const t = ctx.store.get<Trace>(key(hash));
      if (!t) throw grpc.notFound(`denomination with hash ${hash} not found`);
      return { denom: { base: t.base, trace: hops(t.path) } };
    }),
    query("/ibc.applications.transfer.v1.Query/Denoms", QueryDenomsRequest, QueryDenomsResponse, (ctx, req) => {
      const items = ctx.store.list<Trace>("ibc-transfer/denoms/").map(({ key, value }) => ({ key, value: { base: value.base, trace: hops(value.path) } }));
      const { page, pagination } = paginate(items, req.pagination);
      return { denoms: page, pagination };
    }),
    query("/ibc.applications.transfer.v1.Query/DenomHash", QueryDenomHashRequest, QueryDenomHashResponse, (ctx, req) => {
      const hash = ibcDenom(req.trace).slice(4);
      if (!ctx.store.has(key(hash))) throw grpc.notFound(`denomination trace ${req.trace} not found`);
      return { hash };
    }),
    query("/ibc.applications.transfer.v1.Query/Params", QueryParamsRequest, QueryParamsResponse, () => ({
      params: { sendEnabled: true, receiveEnabled: true },
    })),
  ];
}
