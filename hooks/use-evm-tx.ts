"use client";

import type { Address, Hash, TransactionReceipt } from "viem";
import { getConnection, waitForTransactionReceipt, writeContract } from "wagmi/actions";
import { create } from "zustand";
import { toEvmTxError } from "@/lib/evm/errors";
import type { EvmNetwork } from "@/lib/evm/networks";
import { type ContractCall, estimateCall } from "@/lib/evm/pool";
import { publicClientFor, wagmiConfig } from "@/lib/evm/wagmi";
import { sentence } from "@/lib/i18n/sentence";
import { TxError } from "@/lib/tx/errors";
import type { TxStage } from "@/lib/tx/lifecycle";
import type { TxDetail } from "./use-tx";

// The EVM transaction in flight, through the same stages as the Cosmos side: simulate and estimate (a revert is
// explained before anything is signed) -> review -> the wallet signs and sends -> the receipt. Nothing is sent
// until the user confirms the review, and the wallet must be on the account and chain the review was for.

export interface EvmTxRequest {
  title: string;
  details: TxDetail[];
  network: EvmNetwork;
  account: Address;
  call: ContractCall;
  /** what happened, read from the receipt's logs */
  summarize?: (receipt: TransactionReceipt) => string | null;
  /** refresh what the tx touched: called after success and after a failure that may have changed state */
  onSettled?: () => void;
}

interface EvmTxState {
  stage: TxStage | null;
  request: EvmTxRequest | null;
  gas: bigint | null;
  /** upper bound of the fee in wei: gas x max fee per gas */
  feeWei: bigint | null;
  result: { hash: Hash; block: bigint; receipt: TransactionReceipt } | null;
  error: TxError | null;
  start: (request: EvmTxRequest) => Promise<void>;
  confirm: () => Promise<void>;
  retry: () => Promise<void>;
  close: () => void;
}

const IN_FLIGHT: TxStage[] = ["signing", "broadcasting", "confirming"];

async function simulate(request: EvmTxRequest) {
  const client = publicClientFor(request.network);
  await client.simulateContract({ ...request.call, account: request.account } as never);
  return client;
}

export const useEvmTxStore = create<EvmTxState>()((set, get) => ({
  stage: null,
  request: null,
  gas: null,
  feeWei: null,
  result: null,
  error: null,

  async start(request) {
    if (get().stage && IN_FLIGHT.includes(get().stage!)) return;
    set({ stage: "estimating", request, gas: null, feeWei: null, result: null, error: null });
    try {
      const client = await simulate(request);
      const { gas, perGas } = await estimateCall(client, request.call, request.account);
      if (get().request !== request) return; // closed or replaced meanwhile
      // a fifth on top of the estimate: state can move a little between the estimate and the block
      const limit = (gas * 6n) / 5n;
      set({ stage: "review", gas: limit, feeWei: limit * perGas });
    } catch (e) {
      if (get().request !== request) return;
      set({ stage: "failure", error: toEvmTxError(e) });
    }
  },

  async confirm() {
    const { request, gas, stage } = get();
    if (stage !== "review" || !request || !gas) return;
    let hash: Hash | undefined;
    try {
      const wallet = getConnection(wagmiConfig);
      if (wallet.address?.toLowerCase() !== request.account.toLowerCase()) {
        throw new TxError("wallet", sentence("txError.evm.accountChanged"), String(wallet.address));
      }
      if (wallet.chainId !== request.network.chain.id) {
        const expected = { actual: String(wallet.chainId), network: request.network.name, expected: request.network.chain.id };
        throw new TxError("wrong-chain", sentence("txError.evm.wrongChainId", expected), String(wallet.chainId));
      }
      // the chain may have moved since the review (a claim paid, the pool paused): say why before the wallet opens
      await simulate(request);
      set({ stage: "signing" });
      hash = await writeContract(wagmiConfig, { ...request.call, account: request.account, chainId: request.network.chain.id, gas } as never);
      set({ stage: "confirming" });
      const receipt = await waitForTransactionReceipt(wagmiConfig, { hash, chainId: request.network.chain.id as never, timeout: 120_000 });
      if (receipt.status !== "success") {
        throw new TxError("module", sentence("txError.evm.reverted"), hash, { hash });
      }
      set({ stage: "success", result: { hash, block: receipt.blockNumber, receipt } });
      request.onSettled?.();
    } catch (e) {
      const error = toEvmTxError(e);
      // once sent, every failure carries the hash (to follow a timeout, or see the revert in an explorer)
      set({ stage: "failure", error: hash && !error.extra.hash ? new TxError(error.kind, error.text, error.detail, { hash }) : error });
      request.onSettled?.();
    }
  },

  async retry() {
    const { request } = get();
    if (request) await get().start(request);
  },

  close() {
    const stage = get().stage;
    if (stage && IN_FLIGHT.includes(stage)) return;
    set({ stage: null, request: null, gas: null, feeWei: null, result: null, error: null });
  },
}));
