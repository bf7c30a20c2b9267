import {
  GetBlockByHeightRequest,
  GetBlockByHeightResponse,
  GetLatestBlockRequest,
  GetLatestBlockResponse,
  GetLatestValidatorSetRequest,
  GetLatestValidatorSetResponse,
  GetNodeInfoRequest,
  GetNodeInfoResponse,
  GetSyncingRequest,
  GetSyncingResponse,
} from "cosmjs-types/cosmos/base/tendermint/v1beta1/query";
import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import { TxResponse } from "cosmjs-types/cosmos/base/abci/v1beta1/abci";
import {
  GetTxRequest,
  GetTxResponse,
  GetTxsEventRequest,
  GetTxsEventResponse,
  OrderBy,
  SimulateRequest,
  SimulateResponse,
} from "cosmjs-types/cosmos/tx/v1beta1/service";
import { Tx } from "cosmjs-types/cosmos/tx/v1beta1/tx";
import type { BlockRecord, Chain, TxRecord } from "../chain/chain.js";
import { grpc } from "../chain/grpc.js";
import { type Module, query } from "../chain/module.js";
import { QueryParseError, parseQuery } from "../chain/tx-index.js";
import { rfc3339, toTimestamp } from "../util/time.js";
import { NODE_VERSION } from "../server/comet-types.js";

// gRPC services that read the node rather than a store: cosmos.tx.v1beta1.Service and
// cosmos.base.tendermint.v1beta1.Service. Simulate itself is run by the chain (it needs a full tx pipeline).

export class NodeServicesModule implements Module {
  readonly name = "node-services";
  chain!: Chain;

  private txResponse(t: TxRecord): TxResponse {
    const block = this.chain.block(t.height)!;
    const bytes = Buffer.from(t.tx, "base64");
    return TxResponse.fromPartial({
      height: BigInt(t.height),
      txhash: t.hash,
      codespace: t.result.codespace,
      code: t.result.code,
      data: Buffer.from(t.result.data, "base64").toString("hex").toUpperCase(),
      rawLog: t.result.log,
      info: t.result.info,
      gasWanted: BigInt(t.result.gasWanted),
      gasUsed: BigInt(t.result.gasUsed),
      tx: { typeUrl: "/cosmos.tx.v1beta1.Tx", value: Tx.encode(this.decodeTx(bytes)).finish() },
      timestamp: rfc3339(block.time),
      events: t.result.events,
    });
  }

  private decodeTx(bytes: Uint8Array): Tx {
    // A Tx and a TxRaw share field numbers 1 and 2 (body, auth info as bytes) and 3 (signatures).
    return Tx.decode(bytes);
  }

  private blockProto(b: BlockRecord) {
    const hex = (h: string) => Buffer.from(h, "hex");
    const header = {
      version: { block: 11n, app: 0n },
      chainId: this.chain.chainId,
      height: BigInt(b.height),
      time: toTimestamp(b.time),
      lastBlockId: { hash: hex(b.lastBlockHash), partSetHeader: { total: b.lastBlockHash ? 1 : 0, hash: hex(b.lastBlockHash) } },
      dataHash: hex(b.dataHash),
      appHash: hex(b.appHash),
      proposerAddress: hex(b.proposer),
    };
    return {
      blockId: { hash: hex(b.hash), partSetHeader: { total: 1, hash: hex(b.hash) } },
      block: { header, data: { txs: b.txs.map((t) => Buffer.from(t.tx, "base64")) }, evidence: { evidence: [] } },
      sdkBlock: { header: { ...header, proposerAddress: "" }, data: { txs: b.txs.map((t) => Buffer.from(t.tx, "base64")) }, evidence: { evidence: [] } },
    };
  }

  private validatorSet() {
    return this.chain.genesis.validators.map((v) => ({
      address: "",
      pubKey: { typeUrl: "/cosmos.crypto.ed25519.PubKey", value: Ed25519PubKey.encode({ key: Buffer.from(v.consensusPubkey, "base64") }).finish() },
      votingPower: BigInt(v.tokens) / 1_000_000n,
      proposerPriority: 0n,
    }));
  }

  readonly queries = [
    // Registered so the route exists; the chain intercepts it and runs the simulation.
    query("/cosmos.tx.v1beta1.Service/Simulate", SimulateRequest, SimulateResponse, () => {
      throw new Error("simulate is handled by the chain");
    }),
    query("/cosmos.tx.v1beta1.Service/GetTx", GetTxRequest, GetTxResponse, (_ctx, req) => {
      const t = this.chain.getTx(req.hash);
      if (!t) throw grpc.notFound(`tx not found: ${req.hash}`);
      return { tx: this.decodeTx(Buffer.from(t.tx, "base64")), txResponse: this.txResponse(t) };
    }),
    query("/cosmos.tx.v1beta1.Service/GetTxsEvent", GetTxsEventRequest, GetTxsEventResponse, (_ctx, req) => {
      const q = req.query || req.events.join(" AND ");
      if (!q) throw grpc.invalidArgument("query cannot be empty");
      let conditions;
      try {
        conditions = parseQuery(q);
      } catch (e) {
        if (e instanceof QueryParseError) throw grpc.invalidArgument(e.message);
        throw e;
      }
      let found = this.chain.searchTxs(conditions);
      if (req.orderBy === OrderBy.ORDER_BY_DESC) found = found.reverse();
      const limit = Number(req.limit || 100n);
      const page = Number(req.page || 1n);
      const slice = found.slice((page - 1) * limit, page * limit).map((i) => this.chain.getTx(i.hash)!);
      return {
        txs: slice.map((t) => this.decodeTx(Buffer.from(t.tx, "base64"))),
        txResponses: slice.map((t) => this.txResponse(t)),
        total: BigInt(found.length),
      };
    }),
    query("/cosmos.base.tendermint.v1beta1.Service/GetNodeInfo", GetNodeInfoRequest, GetNodeInfoResponse, () => ({
      defaultNodeInfo: {
        protocolVersion: { p2p: 8n, block: 11n, app: 0n },
        defaultNodeId: "00000000000000000000000000000000000000d1",
        listenAddr: "tcp://127.0.0.1:26656",
        network: this.chain.chainId,
        version: NODE_VERSION,
        channels: new Uint8Array([0x40, 0x20, 0x21, 0x22, 0x23, 0x30, 0x38, 0x60, 0x00]),
        moniker: "persistence-devnet",
        other: { txIndex: "on", rpcAddress: "tcp://127.0.0.1:26657" },
      },
      applicationVersion: {
        name: "persistence",
        appName: "persistenceCore",
        version: "devnet",
        gitCommit: "",
        buildTags: "devnet",
        goVersion: "n/a (TypeScript devnet)",
        buildDeps: [],
        cosmosSdkVersion: "v0.50-compatible",
      },
    })),
    query("/cosmos.base.tendermint.v1beta1.Service/GetSyncing", GetSyncingRequest, GetSyncingResponse, () => ({ syncing: false })),
    query("/cosmos.base.tendermint.v1beta1.Service/GetLatestBlock", GetLatestBlockRequest, GetLatestBlockResponse, () => this.blockProto(this.chain.latest)),
    query("/cosmos.base.tendermint.v1beta1.Service/GetBlockByHeight", GetBlockByHeightRequest, GetBlockByHeightResponse, (_ctx, req) => {
      const b = this.chain.block(Number(req.height));
      if (!b) throw grpc.invalidArgument(`requested block height ${req.height} is bigger then the chain length ${this.chain.height}`);
      return this.blockProto(b);
    }),
    query("/cosmos.base.tendermint.v1beta1.Service/GetLatestValidatorSet", GetLatestValidatorSetRequest, GetLatestValidatorSetResponse, () => ({
      blockHeight: BigInt(this.chain.height),
      validators: this.validatorSet(),
    })),
  ];
}
