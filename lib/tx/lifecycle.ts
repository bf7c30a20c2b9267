import type { EncodeObject } from "@cosmjs/proto-signing";
import type { StdFee } from "@cosmjs/stargate";
import type { Network } from "@/lib/chain/networks";
import type { SigningKit } from "./signing-kit";
import { RpcResponseError } from "@/lib/chain/endpoints";
import { TxError, fromChainCode, toTxError } from "./errors";
import { sentence, type Sentence } from "@/lib/i18n/sentence";

// The one path every action takes: estimate -> (the user reviews) -> sign -> broadcast -> wait for the block.
// The stages are reported so the UI can show where it is; every failure comes out as a TxError.

export type TxStage = "estimating" | "review" | "signing" | "broadcasting" | "confirming" | "success" | "failure";

export interface TxPlan {
  messages: EncodeObject[];
  memo?: string;
}

export interface TxSuccess {
  hash: string;
  height: number;
  gasUsed: bigint;
  events: readonly { type: string; attributes: readonly { key: string; value: string }[] }[];
}

export interface SendOptions {
  onStage?: (stage: TxStage) => void;
  /** the signed tx's hash, before it is broadcast; `lost` when the node's answer to the broadcast never came */
  onHash?: (hash: string, lost: boolean) => void;
  pollIntervalMs?: number;
  /** a last bound on following a tx (the chain's own bound is the timeout height) */
  timeoutMs?: number;
  /** the tx expires this many blocks after signing: past that height it can never be included */
  timeoutBlocks?: number;
  /** simulate again right before signing (default true); off only to test what a node reports after inclusion */
  recheck?: boolean;
}

/** What identifies a signed tx on the chain, and what settles that it will never be included. */
export interface SentTx {
  hash: string;
  address: string;
  sequence: number;
  timeoutHeight: number;
}

/** Refuses to sign for a chain other than the one on screen: the node must say it is that chain. */
export async function assertChain(kit: SigningKit, network: Network): Promise<void> {
  const chainId = await kit.client.getChainId();
  if (chainId !== network.chainId) {
    throw new TxError("wrong-chain", sentence("txError.wrongChainNode", { actual: chainId, expected: network.chainId }), chainId);
  }
}

export async function estimate(kit: SigningKit, network: Network, address: string, plan: TxPlan) {
  try {
    await assertChain(kit, network);
    return await kit.estimateFee(address, plan.messages, plan.memo ?? "");
  } catch (e) {
    throw toTxError(e);
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function signOnce(kit: SigningKit, network: Network, address: string, plan: TxPlan, fee: StdFee, opts: SendOptions) {
  opts.onStage?.("signing");
  await assertChain(kit, network);
  // Simulate once more right before signing: if the chain moved since the review (a price past the slippage
  // limit, a pool paused, a balance spent), the user learns why and nothing is broadcast or paid.
  if (opts.recheck !== false) await kit.client.simulate(address, plan.messages, plan.memo ?? "");
  const [{ TxRaw }, { sha256 }, { toHex }] = await Promise.all([
    import("cosmjs-types/cosmos/tx/v1beta1/tx"),
    import("@cosmjs/crypto"),
    import("@cosmjs/encoding"),
  ]);
  const [height, { accountNumber, sequence }] = await Promise.all([kit.client.getHeight(), kit.client.getSequence(address)]);
  // A timeout height bounds the tx's life: once the chain is past it, "not in a block" is final.
  const timeoutHeight = height + (opts.timeoutBlocks ?? 50);
  const signerData = { accountNumber, sequence, chainId: network.chainId };
  const signed = await kit.client.sign(address, plan.messages, fee, plan.memo ?? "", signerData, BigInt(timeoutHeight));
  const bytes = TxRaw.encode(signed).finish();
  const sent: SentTx = { hash: toHex(sha256(bytes)).toUpperCase(), address, sequence, timeoutHeight };
  return { bytes, sent };
}

interface CheckTxResult {
  code: number;
  codespace: string;
  log: string;
}

/**
 * Broadcasts the signed bytes. Returns whether the node's answer was lost (then the tx may or may not have been
 * received); throws when a node refused the tx, so that nothing entered the chain.
 */
async function broadcast(kit: SigningKit, bytes: Uint8Array, sent: SentTx): Promise<{ lost: boolean }> {
  const { toBase64 } = await import("@cosmjs/encoding");
  let checked: CheckTxResult;
  try {
    checked = await kit.rpc.call<CheckTxResult>("broadcast_tx_sync", { tx: toBase64(bytes) });
  } catch (e) {
    // the node has it already (a resend of the same bytes after a lost answer): follow it
    if (e instanceof RpcResponseError && /already exists in cache/.test(`${e.rpcMessage} ${e.data}`)) return { lost: true };
    if (e instanceof RpcResponseError) throw toTxError(e);
    // no answer: the bytes may have reached a node, so only the chain can say what happened
    return { lost: true };
  }
  if (checked.code === 0) return { lost: false };
  // A resend of a tx that a node took before losing its answer is refused as a replay: if the chain has our hash,
  // it was ours that moved the sequence.
  if (await lookup(kit, sent.hash)) return { lost: true };
  throw fromChainCode(checked.code, checked.codespace || "sdk", checked.log, sent.hash);
}

/** Signs, broadcasts and follows the tx to its final state; one automatic retry when the sequence moved under us. */
export async function signAndSend(kit: SigningKit, network: Network, address: string, plan: TxPlan, fee: StdFee, opts: SendOptions = {}): Promise<TxSuccess> {
  let sent: SentTx;
  const attempt = async () => {
    const signed = await signOnce(kit, network, address, plan, fee, opts);
    sent = signed.sent;
    opts.onHash?.(sent.hash, false);
    opts.onStage?.("broadcasting");
    const { lost } = await broadcast(kit, signed.bytes, sent);
    if (lost) opts.onHash?.(sent.hash, true);
  };
  try {
    try {
      await attempt();
    } catch (e) {
      const err = toTxError(e);
      if (err.kind !== "sequence-mismatch") throw err;
      await attempt();
    }
  } catch (e) {
    throw toTxError(e);
  }
  opts.onStage?.("confirming");
  return followTx(kit, sent!, opts);
}

interface CometTx {
  height: string;
  tx_result: { code: number; codespace: string; log: string; gas_used: string; events: TxSuccess["events"] };
}

async function lookup(kit: SigningKit, hash: string): Promise<CometTx | null> {
  const hashB64 = btoa(String.fromCharCode(...(hash.match(/../g) ?? []).map((h) => Number.parseInt(h, 16))));
  try {
    return await kit.rpc.call<CometTx>("tx", { hash: hashB64 });
  } catch {
    // not indexed (yet), or a node hiccup: neither is the tx's failure
    return null;
  }
}

/** The chain is past the tx's timeout height, or its sequence was used by another tx: it can never be included. */
async function neverIncluded(kit: SigningKit, sent: SentTx): Promise<Sentence | null> {
  try {
    const [height, { sequence }] = await Promise.all([kit.client.getHeight(), kit.client.getSequence(sent.address)]);
    if (height > sent.timeoutHeight) return sentence("txError.expired", { height: sent.timeoutHeight });
    if (sequence > sent.sequence) return sentence("txError.replaced");
  } catch {
    // unknown for now; ask again on the next round
  }
  return null;
}

const FINALITY_CHECK_ROUNDS = 4;

/**
 * Follows a tx by its hash until its final state: included (success, or the chain's refusal), or provably never
 * to be included. Node failures while following are not the tx's failure.
 */
export async function followTx(kit: SigningKit, sent: SentTx, opts: SendOptions = {}): Promise<TxSuccess> {
  const deadline = Date.now() + (opts.timeoutMs ?? 10 * 60_000);
  const interval = opts.pollIntervalMs ?? 500;
  const { hash } = sent;
  for (let round = 1; ; round++) {
    const tx = await lookup(kit, hash);
    if (tx) {
      const r = tx.tx_result;
      if (r.code !== 0) throw fromChainCode(r.code, r.codespace || "sdk", r.log, hash);
      return { hash, height: Number(tx.height), gasUsed: BigInt(r.gas_used), events: r.events };
    }
    // Height and sequence are read every few rounds only: most txs are found by hash first, so polling stays one read.
    const reason = round % FINALITY_CHECK_ROUNDS === 0 ? await neverIncluded(kit, sent) : null;
    // the tx may have been included between the two reads
    if (reason && !(await lookup(kit, hash))) {
      throw new TxError("dropped", reason, hash, { hash });
    }
    if (Date.now() > deadline) {
      throw new TxError("timeout", sentence("txError.timeout"), hash, { hash });
    }
    await sleep(interval);
  }
}
