"use client";

import type { StdFee } from "@cosmjs/stargate";
import { create } from "zustand";
import type { Network } from "@/lib/chain/networks";
import { sentence } from "@/lib/i18n/sentence";
import { TxError, toTxError } from "@/lib/tx/errors";
import { type TxPlan, type TxStage, type TxSuccess, estimate, signAndSend } from "@/lib/tx/lifecycle";
import type { SigningKit } from "@/lib/tx/signing-kit";
import { forgetSigningKits, kitFor } from "@/lib/session/clients";
import type { WalletAccount } from "@/lib/wallet/types";

// The one transaction in flight: what it is, where it is, and how it ended. The modal renders this state;
// nothing is broadcast until the user confirms the review.

export interface TxDetail {
  label: string;
  value: string;
}

export interface TxRequest {
  title: string;
  details: TxDetail[];
  plan: TxPlan;
  /** called after success, to refresh what the tx changed */
  onSuccess?: (result: TxSuccess) => void;
  /** what happened, in words, read from the tx's events (shown with the success) */
  summarize?: (result: TxSuccess) => string | null;
}

interface TxState {
  stage: TxStage | null;
  request: TxRequest | null;
  account: WalletAccount | null;
  network: Network | null;
  fee: StdFee | null;
  result: TxSuccess | null;
  error: TxError | null;
  /** the signed tx's hash once known; `lost` when the node's answer to the broadcast never came */
  sent: { hash: string; lost: boolean } | null;
  kit: SigningKit | null;
  start: (request: TxRequest, account: WalletAccount, network: Network) => Promise<void>;
  confirm: () => Promise<void>;
  retry: () => Promise<void>;
  close: () => void;
}

const IN_FLIGHT: TxStage[] = ["signing", "broadcasting", "confirming"];

export const useTxStore = create<TxState>()((set, get) => ({
  stage: null,
  request: null,
  account: null,
  network: null,
  fee: null,
  result: null,
  error: null,
  sent: null,
  kit: null,

  async start(request, account, network) {
    if (get().stage && IN_FLIGHT.includes(get().stage!)) return;
    set({ stage: "estimating", request, account, network, fee: null, result: null, error: null, sent: null });
    try {
      const kit = await kitFor(account, network);
      const { fee } = await estimate(kit, network, account.address, request.plan);
      if (get().request !== request) return; // closed or replaced meanwhile
      set({ kit, fee, stage: "review" });
    } catch (e) {
      if (get().request !== request) return;
      set({ stage: "failure", error: toTxError(e) });
    }
  },

  async confirm() {
    const { kit, request, account, network, fee, stage } = get();
    if (stage !== "review" || !kit || !request || !account || !network || !fee) return;
    try {
      const result = await signAndSend(kit, network, account.address, request.plan, fee, {
        onStage: (s) => set({ stage: s }),
        onHash: (hash, lost) => set({ sent: { hash, lost } }),
        pollIntervalMs: network.isDevnet ? 150 : 1_000,
      });
      set({ stage: "success", result });
      request.onSuccess?.(result);
    } catch (e) {
      set({ stage: "failure", error: toTxError(e) });
    }
  },

  async retry() {
    const { request, account, network } = get();
    if (request && account && network) await get().start(request, account, network);
  },

  close() {
    const stage = get().stage;
    if (stage && IN_FLIGHT.includes(stage)) return; // the wallet or the chain is still working
    set({ stage: null, request: null, fee: null, result: null, error: null, sent: null });
  },
}));

/**
 * Forget the signing kit (it holds the signer) when the account or network changes. A review still open was for
 * the previous account: it is closed with a word, never signed by the new one.
 */
export function resetTxSession(): void {
  forgetSigningKits();
  const { stage, request, network } = useTxStore.getState();
  const reviewing = request && (stage === "estimating" || stage === "review");
  const cleared = { account: null, fee: null, result: null, sent: null, kit: null };
  if (!reviewing) return useTxStore.setState({ ...cleared, stage: null, request: null, network: null, error: null });
  const error = new TxError("account-changed", sentence("txError.accountChanged"), "");
  useTxStore.setState({ ...cleared, stage: "failure", request, network, error });
}
