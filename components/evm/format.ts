import { FEE_BASIS } from "@/lib/evm/math";
import { formatAmount } from "@/lib/format/amount";

/** 18-decimal amounts for display (BNB and stkBNB) */
export function bnbText(wei: bigint, maxDecimals = 8): string {
  return formatAmount(wei, 18, { maxDecimals });
}

/** a pool fee (parts of 1e11) as a percentage */
export function feePercent(fee: bigint): string {
  const hundredths = (fee * 10_000n) / FEE_BASIS;
  return `${formatAmount(hundredths, 2)}%`;
}
