"use client";

import { create } from "zustand";

// The WalletConnect pairing on screen: its URI while the wallet on the phone has not answered (the dialog shows it
// as a QR code and a deep link). Cancelling forgets it; an answer that comes later is ignored.

interface PairingState {
  uri: string | null;
  /** bumped on every new pairing and on cancel: a connect only lands if its generation is still current */
  generation: number;
  show(uri: string): void;
  /** the pairing ended (approved, refused, failed) */
  done(): void;
  cancel(): void;
}

export const useWalletConnectPairing = create<PairingState>()((set) => ({
  uri: null,
  generation: 0,
  show: (uri) => set({ uri }),
  done: () => set({ uri: null }),
  cancel: () => set((s) => ({ uri: null, generation: s.generation + 1 })),
}));
