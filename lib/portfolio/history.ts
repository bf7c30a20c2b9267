import { fromBase64 } from "@/lib/chain/abci";
import { accountChanges } from "@/lib/tx/outcome";
import { blockTimes } from "@/lib/chain/blocks";
import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import { Coin, message } from "@/lib/chain/proto";
import { type RawTx, searchAll } from "@/lib/chain/tx-search";

// The account's transactions from the node's tx index (`tx_search`): every tx it signed and every tx that
// paid it. Each is decoded into its messages and the account's bank balance change, read from the SDK's
// coin_spent / coin_received events so module payouts (a mint, a swap's output) count as well as transfers.

export interface TxMessage {
  typeUrl: string;
  /** field 1 of the message: the signer in every Msg the app sends (sender, delegator_address, from_address) */
  signer: string;
  /** MsgExecuteContract: the contract and its JSON message */
  contract?: string;
  msg?: Record<string, unknown>;
  /** MsgSend's recipient */
  to?: string;
}

export interface AccountTx {
  hash: string;
  height: number;
  /** block time (ms); 0 when the node no longer serves the block */
  time: number;
  code: number;
  /** the chain's failure reason when code != 0 */
  log: string;
  messages: TxMessage[];
  /** the account's bank balance change per denom, fee excluded */
  changes: Map<string, bigint>;
  /** the fee this account paid */
  fee: Map<string, bigint>;
}

export interface AccountHistory {
  /** newest first */
  txs: AccountTx[];
  /** more txs exist than were read (the newest `limit` per stream are kept) */
  truncated: boolean;
}

const Any = message({ typeUrl: [1, "string"], value: [2, "bytes"] });
const TxRaw = message({ bodyBytes: [1, "bytes"] });
const TxBody = message({ messages: [1, Any, "repeated"] });
const MsgExecuteContract = message({ sender: [1, "string"], contract: [2, "string"], msg: [3, "bytes"] });
const MsgSend = message({ fromAddress: [1, "string"], toAddress: [2, "string"], amount: [3, Coin, "repeated"] });
const Signed = message({ signer: [1, "string"] });

function decodeMessages(txBase64: string): TxMessage[] {
  try {
    const body = TxBody.decode(TxRaw.decode(fromBase64(txBase64)).bodyBytes);
    return body.messages.map(({ typeUrl, value }): TxMessage => {
      let signer = "";
      try {
        signer = Signed.decode(value).signer;
      } catch {
        // field 1 is not a string in this Msg
      }
      if (typeUrl === "/cosmwasm.wasm.v1.MsgExecuteContract") {
        const m = MsgExecuteContract.decode(value);
        let msg: Record<string, unknown> | undefined;
        try {
          msg = JSON.parse(new TextDecoder().decode(m.msg)) as Record<string, unknown>;
        } catch {
          msg = undefined;
        }
        return { typeUrl, signer, contract: m.contract, msg };
      }
      if (typeUrl === "/cosmos.bank.v1beta1.MsgSend") {
        const m = MsgSend.decode(value);
        return { typeUrl, signer, to: m.toAddress };
      }
      return { typeUrl, signer };
    });
  } catch {
    return [];
  }
}

/** One indexed tx as the account saw it. */
export function decodeAccountTx(raw: RawTx, address: string, time = 0): AccountTx {
  const { changes, fee } = accountChanges(raw.tx_result.events ?? [], address);
  const code = raw.tx_result.code ?? 0;
  return {
    hash: raw.hash.toUpperCase(),
    height: Number(raw.height),
    time,
    code,
    log: code ? raw.tx_result.log : "",
    messages: decodeMessages(raw.tx),
    changes,
    fee,
  };
}

const BECH32 = /^[a-z0-9]{1,83}1[02-9ac-hj-np-z]{6,}$/;

/** The account's txs (signed by it, or paying it), newest first, with block times. */
export async function fetchAccountHistory(rpc: FailoverRpcClient, address: string, limit = 1000): Promise<AccountHistory> {
  if (!BECH32.test(address)) throw new Error(`not an account address: ${address}`);
  const streams = await Promise.all([searchAll(rpc, `message.sender='${address}'`, limit), searchAll(rpc, `transfer.recipient='${address}'`, limit)]);
  const byHash = new Map<string, RawTx>();
  for (const s of streams) for (const t of s.txs) byHash.set(t.hash.toUpperCase(), t);
  const raws = [...byHash.values()].sort((a, b) => Number(b.height) - Number(a.height) || b.index - a.index);
  const times = await blockTimes(
    rpc,
    raws.map((r) => Number(r.height)),
  );
  // Streams cut at `limit` may each reach a different depth: keep only what both cover completely.
  const cut = streams.filter((s) => s.total > s.txs.length);
  const floor = cut.length ? Math.max(...cut.map((s) => Number(s.txs[s.txs.length - 1]?.height ?? 0))) : 0;
  const txs = raws.filter((r) => Number(r.height) > floor).map((r) => decodeAccountTx(r, address, times.get(Number(r.height)) ?? 0));
  return { txs, truncated: cut.length > 0 };
}
