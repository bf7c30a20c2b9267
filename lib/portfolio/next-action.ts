import type { PendingRow } from "./pending";

// The one thing the home page suggests to a connected account, from what it holds: idle XPRT is staked first,
// stkXPRT sitting in the wallet can earn more on Dexter or in lending, an account that is only waiting for an
// unbonding is told when it arrives, an empty account how to begin; otherwise the portfolio.

export type NextAction =
  | { kind: "stake"; amount: bigint }
  | { kind: "put-to-work"; amount: bigint }
  | { kind: "wait"; eta: number | null }
  | { kind: "fund" }
  | { kind: "review" };

export interface NextActionInput {
  /** liquid XPRT in the wallet, base units */
  xprt: bigint;
  /** XPRT kept back for fees: staking less than this is not suggested */
  feeReserve: bigint;
  /** the smallest stake worth suggesting (base units), e.g. 1 XPRT */
  minStake: bigint;
  /** stkXPRT in the wallet */
  stkXprt: bigint;
  /** LP positions and lending supplies the account has */
  positions: number;
  /** anything else of value in the wallet (other coins) */
  otherCoins: number;
  pending: PendingRow[];
}

export function nextAction(input: NextActionInput): NextAction {
  const stakeable = input.xprt - input.feeReserve;
  if (stakeable >= input.minStake) return { kind: "stake", amount: stakeable };
  if (input.stkXprt > 0n && input.positions === 0) return { kind: "put-to-work", amount: input.stkXprt };
  const holdsNothing = input.xprt === 0n && input.stkXprt === 0n && input.positions === 0 && input.otherCoins === 0;
  if (holdsNothing && input.pending.length) {
    const etas = input.pending.map((p) => p.eta).filter((e): e is number => e !== null);
    return { kind: "wait", eta: etas.length ? Math.min(...etas) : null };
  }
  if (holdsNothing) return { kind: "fund" };
  return { kind: "review" };
}
