import type { EncodeObject } from "@cosmjs/proto-signing";
import type { StdFee } from "@cosmjs/stargate";
import type { Network } from "../chain/networks";
import type { SigningKit } from "./signing-kit";
import { TxError, fromChainCode, toTxError } from "./errors";

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
  pollIntervalMs?: number;
  /** how long to wait for inclusion before reporting "still pending" */
  timeoutMs?: number;
  /** simulate again right before signing (default true); off only to test what a node reports after inclusion */
  recheck?: boolean;
}

/** Refuses to sign for a chain other than the one on screen: the node must say it is that chain. */
export async function assertChain(kit: SigningKit, network: Network): Promise<void> {
  const chainId = await kit.client.getChainId();
  if (chainId !== network.chainId) {
    throw new TxError("wrong-chain", `The node answers for chain ${chainId}, not ${network.chainId} shown here. Nothing was signed.`, chainId);
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

async function signAndBroadcastOnce(kit: SigningKit, network: Network, address: string, plan: TxPlan, fee: StdFee, opts: SendOptions): Promise<string> {
  opts.onStage?.("signing");
  await assertChain(kit, network);
  // Simulate once more right before signing: if the chain moved since the review (a price past the slippage
  // limit, a pool paused, a balance spent), the user learns why and nothing is broadcast or paid.
  if (opts.recheck !== false) await kit.client.simulate(address, plan.messages, plan.memo ?? "");
  const { TxRaw } = await import("cosmjs-types/cosmos/tx/v1beta1/tx");
  const signed = await kit.client.sign(address, plan.messages, fee, plan.memo ?? "");
  opts.onStage?.("broadcasting");
  return kit.client.broadcastTxSync(TxRaw.encode(signed).finish());
}

/** Signs, broadcasts and waits; one automatic retry when the account sequence moved under us. */
export async function signAndSend(kit: SigningKit, network: Network, address: string, plan: TxPlan, fee: StdFee, opts: SendOptions = {}): Promise<TxSuccess> {
  let hash: string;
  try {
    try {
      hash = await signAndBroadcastOnce(kit, network, address, plan, fee, opts);
    } catch (e) {
      const err = toTxError(e);
      if (err.kind !== "sequence-mismatch") throw err;
      hash = await signAndBroadcastOnce(kit, network, address, plan, fee, opts);
    }
  } catch (e) {
    throw toTxError(e);
  }
  opts.onStage?.("confirming");
  return waitForTx(kit, hash, opts);
}

interface CometTx {
  height: string;
  tx_result: { code: number; codespace: string; log: string; gas_used: string; events: TxSuccess["events"] };
}

/** Polls for inclusion. A timeout is not a failure: the tx may still land, so the hash is reported. */
export async function waitForTx(kit: SigningKit, hash: string, opts: SendOptions = {}): Promise<TxSuccess> {
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  const interval = opts.pollIntervalMs ?? 500;
  const hashB64 = btoa(String.fromCharCode(...(hash.match(/../g) ?? []).map((h) => Number.parseInt(h, 16))));
  for (;;) {
    let tx: CometTx | null = null;
    try {
      tx = await kit.rpc.call<CometTx>("tx", { hash: hashB64 });
    } catch {
      // not indexed yet, or a node hiccup while polling: neither is the tx's failure
    }
    if (tx) {
      const r = tx.tx_result;
      if (r.code !== 0) throw fromChainCode(r.code, r.codespace || "sdk", r.log, hash);
      return { hash, height: Number(tx.height), gasUsed: BigInt(r.gas_used), events: r.events };
    }
    if (Date.now() > deadline) {
      throw new TxError(
        "timeout",
        "The transaction was sent but is not in a block yet. It may still go through: check it by its hash before sending again.",
        hash,
        { hash },
      );
    }
    await sleep(interval);
  }
}
