import { createHash } from "node:crypto";
import { toBech32 } from "@cosmjs/encoding";
import { createWasmAminoConverters } from "@cosmjs/cosmwasm-stargate";
import {
  QueryContractInfoRequest,
  QueryContractInfoResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  QueryRawContractStateRequest,
  QueryRawContractStateResponse,
  QuerySmartContractStateRequest,
  QuerySmartContractStateResponse,
} from "cosmjs-types/cosmwasm/wasm/v1/query";
import { MsgExecuteContract, MsgExecuteContractResponse } from "cosmjs-types/cosmwasm/wasm/v1/tx";
import { ChainError, ErrorKind } from "../chain/errors.js";
import { grpc, queryArg } from "../chain/grpc.js";
import { type Ctx, type Module, msg, query, response } from "../chain/module.js";
import { BECH32_PREFIX, checkAddress, moduleAddress } from "../util/address.js";
import { type Coin, parseCoins } from "../util/coins.js";
import type { AuthModule } from "./auth.js";
import type { BankModule } from "./bank.js";

// A minimal CosmWasm layer (package cosmwasm.wasm.v1): contracts are TypeScript objects with wasmd's message
// and query surface: MsgExecuteContract with funds, SmartContractState, RawContractState, ContractInfo. Addresses are derived as
// wasmd derives classic instantiate addresses, unless a contract must sit at a known mainnet address.

const err = (code: number, description: string) => new ErrorKind("wasm", code, description);
export const WasmErrors = {
  executeFailed: err(5, "execute wasm contract failed"),
  queryFailed: err(9, "query wasm contract failed"),
  invalid: err(14, "invalid"),
  noSuchContract: err(22, "no such contract"),
};

/** Who "instantiated" the devnet's built-in contracts (wallets and cosmjs expect a creator). */
export const DEVNET_DEPLOYER = moduleAddress("devnet-deployer");

export interface ExecuteEnv {
  sender: string;
  contract: string;
  funds: Coin[];
}

/** What a contract returns from execute: wasm event attributes and optional response data. */
export interface ExecuteResult {
  attributes?: [string, string][];
  data?: Uint8Array;
}

export interface Contract {
  label: string;
  codeId: number;
  /** set up the contract's own state at genesis (it may hold funds minted to it) */
  init?(ctx: Ctx, address: string): void;
  execute(ctx: Ctx, env: ExecuteEnv, msg: Record<string, unknown>): ExecuteResult;
  query(ctx: Ctx, address: string, msg: Record<string, unknown>): unknown;
  /** runs at the start of every block (e.g. a keeper bot's periodic update) */
  beginBlock?(ctx: Ctx, address: string): void;
  /** the value stored under a raw cw-storage-plus key, for the keys the contract keeps as the real one does */
  raw?(ctx: Ctx, address: string, key: Uint8Array): Uint8Array | null;
}

/** wasmd's BuildContractAddressClassic: address.Module("wasm", codeID || instanceID), 32 bytes. */
export function classicContractAddress(codeId: number, instanceId: number): string {
  const key = Buffer.alloc(16);
  key.writeBigUInt64BE(BigInt(codeId), 0);
  key.writeBigUInt64BE(BigInt(instanceId), 8);
  const typ = createHash("sha256").update("module").digest();
  const hash = createHash("sha256")
    .update(typ)
    .update(Buffer.concat([Buffer.from("wasm"), Buffer.from([0]), key]))
    .digest();
  return toBech32(BECH32_PREFIX, hash);
}

function parseJson(bytes: Uint8Array): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch {
    throw WasmErrors.invalid.with("msg: invalid JSON");
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw WasmErrors.invalid.with("msg: must be a JSON object");
  return value as Record<string, unknown>;
}

export class WasmModule implements Module {
  readonly name = "wasm";
  private readonly contracts = new Map<string, Contract>();
  /** contract name (as devnet_info lists it) -> address */
  readonly addresses: Record<string, string> = {};

  constructor(
    private readonly auth: AuthModule,
    private readonly bank: BankModule,
  ) {}

  /** Registers a contract under a name; its address is wasmd's classic one unless given. */
  deploy(name: string, contract: Contract, address?: string): string {
    const at = address ?? classicContractAddress(contract.codeId, this.contracts.size + 1);
    this.contracts.set(at, contract);
    this.addresses[name] = at;
    return at;
  }

  /** genesis actions after every contract is set up (seeding pools, schedules), in order */
  readonly genesisActions: ((ctx: Ctx) => void)[] = [];

  initGenesis(ctx: Ctx): void {
    for (const [address, c] of this.contracts) {
      this.auth.ensureAccount(ctx, address);
      c.init?.(ctx, address);
    }
    for (const action of this.genesisActions) action(ctx);
  }

  beginBlock(ctx: Ctx): void {
    for (const [address, c] of this.contracts) c.beginBlock?.(ctx, address);
  }

  /**
   * One contract execution, as wasmd runs a MsgExecuteContract or a contract's WasmMsg::Execute sub-message:
   * funds move first, then the contract runs; any error reverts the whole tx (no reply handlers here).
   */
  execute(ctx: Ctx, sender: string, address: string, body: Record<string, unknown>, funds: Coin[] = []): ExecuteResult {
    const contract = this.mustContract(address);
    const sorted = [...funds].filter((c) => c.amount > 0n).sort((a, b) => (a.denom < b.denom ? -1 : 1));
    if (sorted.length) this.bank.send(ctx, sender, address, sorted);
    ctx.events.emit("execute", { _contract_address: address });
    const result = contract.execute(ctx, { sender, contract: address, funds: sorted }, body);
    ctx.events.emit("wasm", [["_contract_address", address], ...(result.attributes ?? [])]);
    return result;
  }

  /** A smart query, as a contract's QueryRequest::Wasm(Smart) or the SmartContractState service runs it. */
  query<T = unknown>(ctx: Ctx, address: string, body: Record<string, unknown>): T {
    const c = this.contracts.get(address);
    if (!c) throw new Error(`contract ${address}: no such contract`);
    return JSON.parse(JSON.stringify(c.query(ctx, address, body))) as T;
  }

  contract(address: string): Contract {
    return this.mustContract(address);
  }

  private mustContract(address: string): Contract {
    const c = this.contracts.get(address);
    if (!c) throw WasmErrors.noSuchContract.with(address);
    return c;
  }

  readonly amino = createWasmAminoConverters();

  readonly msgs = [
    msg(
      "/cosmwasm.wasm.v1.MsgExecuteContract",
      MsgExecuteContract,
      (m) => [m.sender],
      (ctx, m) => {
        checkAddress(m.sender, "sender");
        queryArg(() => checkAddress(m.contract, "contract"));
        this.mustContract(m.contract);
        const body = parseJson(m.msg);
        const funds = parseCoins(m.funds, "funds");
        // wasmd's ValidateBasic: funds must be valid sdk.Coins (sorted by denom, no duplicates)
        let result: ExecuteResult;
        try {
          result = this.execute(ctx, m.sender, m.contract, body, funds);
        } catch (e) {
          if (e instanceof ChainError && e.codespace !== "wasm") throw e;
          throw WasmErrors.executeFailed.with(e instanceof Error ? e.message : String(e));
        }
        return response("/cosmwasm.wasm.v1.MsgExecuteContractResponse", MsgExecuteContractResponse, { data: result.data ?? new Uint8Array() });
      },
    ),
  ];

  readonly queries = [
    query("/cosmwasm.wasm.v1.Query/SmartContractState", QuerySmartContractStateRequest, QuerySmartContractStateResponse, (ctx, req) => {
      queryArg(() => checkAddress(req.address, "contract"));
      const c = this.contracts.get(req.address);
      if (!c) throw grpc.notFound(`contract ${req.address}: no such contract`);
      let answer: unknown;
      try {
        answer = c.query(ctx, req.address, parseJson(req.queryData));
      } catch (e) {
        throw WasmErrors.queryFailed.with(e instanceof Error ? e.message : String(e));
      }
      return { data: Buffer.from(JSON.stringify(answer)) };
    }),
    // a key the contract does not keep answers empty, as wasmd answers a missing key
    query("/cosmwasm.wasm.v1.Query/RawContractState", QueryRawContractStateRequest, QueryRawContractStateResponse, (ctx, req) => {
      queryArg(() => checkAddress(req.address, "contract"));
      const c = this.contracts.get(req.address);
      if (!c) throw grpc.notFound(`contract ${req.address}: no such contract`);
      return { data: c.raw?.(ctx, req.address, req.queryData) ?? new Uint8Array() };
    }),
    query("/cosmwasm.wasm.v1.Query/ContractInfo", QueryContractInfoRequest, QueryContractInfoResponse, (_ctx, req) => {
      const c = this.contracts.get(req.address);
      if (!c) throw grpc.notFound(`contract ${req.address}: no such contract`);
      return { address: req.address, contractInfo: { codeId: BigInt(c.codeId), creator: DEVNET_DEPLOYER, admin: "", label: c.label, ibcPortId: "" } };
    }),
    query("/cosmwasm.wasm.v1.Query/Params", QueryParamsRequest, QueryParamsResponse, () => ({
      params: { codeUploadAccess: { permission: 3, addresses: [] }, instantiateDefaultPermission: 3 },
    })),
  ];
}
