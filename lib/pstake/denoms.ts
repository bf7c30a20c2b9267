/** stkXPRT's denom (x/liquidstake). Kept apart so pages can name it without loading the module's codecs. */
export const STK_XPRT = "stk/uxprt";

/** stk denoms that are not stkXPRT: the multi-chain ones (deprecated where liquidstakeibc is gone). */
export function isDeprecatedStk(denom: string): boolean {
  return denom.startsWith("stk/") && denom !== STK_XPRT;
}
