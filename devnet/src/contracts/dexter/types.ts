// Dexter's JSON shapes (vault 1.2.x): AssetInfo, Asset, SwapType, FeeInfo, PoolType, PauseInfo.

export type AssetInfo = { native_token: { denom: string } } | { token: { contract_addr: string } };
export interface Asset {
  info: AssetInfo;
  amount: string;
}
export type SwapType = { give_in: Record<string, never> } | { give_out: Record<string, never> };
export interface FeeInfo {
  total_fee_bps: number;
  protocol_fee_percent: number;
}
export type PoolType = { weighted: Record<string, never> } | { stable_swap: Record<string, never> };
export interface PauseInfo {
  swap: boolean;
  deposit: boolean;
  imbalanced_withdraw: boolean;
}
export type ResponseType = { success: Record<string, never> } | { failure: string };

/** AssetInfo's Display (what Dexter sorts pool assets by): the denom or the cw20 address. */
export function assetKey(info: unknown): string {
  if (info && typeof info === "object") {
    const i = info as Record<string, { denom?: unknown; contract_addr?: unknown }>;
    if (i.native_token && typeof i.native_token.denom === "string") return i.native_token.denom;
    if (i.token && typeof i.token.contract_addr === "string") return i.token.contract_addr;
  }
  throw new Error("Error parsing into type dexter::asset::AssetInfo");
}

export const native = (denom: string): AssetInfo => ({ native_token: { denom } });
export const success = (): ResponseType => ({ success: {} });
export const failure = (message: string): ResponseType => ({ failure: message });

export function isGiveIn(swapType: unknown): boolean {
  if (swapType && typeof swapType === "object" && "give_in" in swapType) return true;
  if (swapType && typeof swapType === "object" && "give_out" in swapType) return false;
  throw new Error("Error parsing into type dexter::vault::SwapType");
}
