import { createHash } from "node:crypto";
import type { BlockRecord, TxRecord, TxResult } from "../chain/chain.js";
import type { Genesis } from "../genesis.js";

// CometBFT 0.38 JSON shapes, as the cosmjs comet38 decoders expect them: heights and int64s as strings,
// hashes as upper-case hex, bytes as base64, times RFC 3339.

export const NODE_VERSION = "0.38.21";
export const NODE_ID = "d1e7d1e7d1e7d1e7d1e7d1e7d1e7d1e7d1e7d1e7";

const EMPTY_HASH = createHash("sha256").digest("hex").toUpperCase();
const time = (ms: number) => new Date(ms).toISOString();
const hash = (label: string) => createHash("sha256").update(label).digest("hex").toUpperCase();

export function validatorAddress(consensusPubkey: string): string {
  return createHash("sha256").update(Buffer.from(consensusPubkey, "base64")).digest("hex").slice(0, 40).toUpperCase();
}

export function txResultJson(r: TxResult) {
  return {
    code: r.code,
    data: r.data || null,
    log: r.log,
    info: r.info,
    gas_wanted: r.gasWanted,
    gas_used: r.gasUsed,
    events: r.events,
    codespace: r.codespace,
  };
}

export function txJson(t: TxRecord) {
  return { hash: t.hash, height: String(t.height), index: t.index, tx_result: txResultJson(t.result), tx: t.tx };
}

export function blockIdJson(b: BlockRecord) {
  return { hash: b.hash, parts: { total: 1, hash: hash(`parts ${b.hash}`) } };
}

export function headerJson(b: BlockRecord, genesis: Genesis) {
  const validatorsHash = hash(JSON.stringify(genesis.validators.map((v) => v.consensusPubkey)));
  return {
    version: { block: "11", app: "0" },
    chain_id: genesis.chainId,
    height: String(b.height),
    time: time(b.time),
    last_block_id: b.lastBlockHash
      ? { hash: b.lastBlockHash, parts: { total: 1, hash: hash(`parts ${b.lastBlockHash}`) } }
      : { hash: "", parts: { total: 0, hash: "" } },
    last_commit_hash: b.lastBlockHash ? hash(`commit ${b.lastBlockHash}`) : EMPTY_HASH,
    data_hash: b.txs.length ? b.dataHash : EMPTY_HASH,
    validators_hash: validatorsHash,
    next_validators_hash: validatorsHash,
    consensus_hash: hash("consensus params"),
    app_hash: b.appHash,
    last_results_hash: hash(`results ${b.height - 1}`),
    evidence_hash: EMPTY_HASH,
    proposer_address: b.proposer,
  };
}

export function blockJson(b: BlockRecord, previous: BlockRecord | undefined, genesis: Genesis) {
  return {
    block_id: blockIdJson(b),
    block: {
      header: headerJson(b, genesis),
      data: { txs: b.txs.map((t) => t.tx) },
      evidence: { evidence: [] },
      last_commit: {
        height: String(b.height - 1),
        round: 0,
        block_id: previous ? blockIdJson(previous) : { hash: "", parts: { total: 0, hash: "" } },
        signatures: previous
          ? genesis.validators.map((v) => ({
              block_id_flag: 2,
              validator_address: validatorAddress(v.consensusPubkey),
              timestamp: time(b.time),
              signature: createHash("sha512").update(`${b.lastBlockHash}${v.consensusPubkey}`).digest("base64"),
            }))
          : [],
      },
    },
  };
}

export function blockMetaJson(b: BlockRecord, genesis: Genesis) {
  return {
    block_id: blockIdJson(b),
    block_size: String(b.txs.reduce((s, t) => s + t.tx.length, 500)),
    header: headerJson(b, genesis),
    num_txs: String(b.txs.length),
  };
}

export function validatorsJson(genesis: Genesis) {
  return genesis.validators.map((v) => ({
    address: validatorAddress(v.consensusPubkey),
    pub_key: { type: "tendermint/PubKeyEd25519", value: v.consensusPubkey },
    voting_power: String(BigInt(v.tokens) / 1_000_000n),
    proposer_priority: "0",
  }));
}

export function statusJson(latest: BlockRecord, earliest: BlockRecord, genesis: Genesis, port: number) {
  const first = genesis.validators[0];
  return {
    node_info: {
      protocol_version: { p2p: "8", block: "11", app: "0" },
      id: NODE_ID,
      listen_addr: "tcp://127.0.0.1:26656",
      network: genesis.chainId,
      version: NODE_VERSION,
      channels: "40202122233038606100",
      moniker: "persistence-devnet",
      other: { tx_index: "on", rpc_address: `tcp://127.0.0.1:${port}` },
    },
    sync_info: {
      latest_block_hash: latest.hash,
      latest_app_hash: latest.appHash,
      latest_block_height: String(latest.height),
      latest_block_time: time(latest.time),
      earliest_block_hash: earliest.hash,
      earliest_app_hash: earliest.appHash,
      earliest_block_height: String(earliest.height),
      earliest_block_time: time(earliest.time),
      catching_up: false,
    },
    validator_info: {
      address: validatorAddress(first.consensusPubkey),
      pub_key: { type: "tendermint/PubKeyEd25519", value: first.consensusPubkey },
      voting_power: "0",
    },
  };
}
