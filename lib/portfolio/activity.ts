import type { MessageKey } from "@/lib/i18n/sentence";
import type { AccountTx, TxMessage } from "./history";

// What a transaction did, in words: its kind from the messages it carried (a contract call by the key of its
// JSON message), and the amounts from the account's balance change.

export type ActivityKind =
  | "stake"
  | "unstake"
  | "redeem"
  | "convert"
  | "swap"
  | "join"
  | "exit"
  | "bond"
  | "unbond"
  | "unlock"
  | "claim"
  | "send"
  | "receive"
  | "delegate"
  | "undelegate"
  | "supply"
  | "lend-withdraw"
  | "borrow"
  | "repay"
  | "collateral"
  | "contract"
  | "other";

/** A transaction kind's name: a catalogue key (the page says it in its language; the CSV in English). */
export const KIND_KEYS: Record<ActivityKind, MessageKey> = {
  stake: "portfolio.activity.kind.stake",
  unstake: "portfolio.activity.kind.unstake",
  redeem: "portfolio.activity.kind.redeem",
  convert: "portfolio.activity.kind.convert",
  swap: "portfolio.activity.kind.swap",
  join: "portfolio.activity.kind.join",
  exit: "portfolio.activity.kind.exit",
  bond: "portfolio.activity.kind.bond",
  unbond: "portfolio.activity.kind.unbond",
  unlock: "portfolio.activity.kind.unlock",
  claim: "portfolio.activity.kind.claim",
  send: "portfolio.activity.kind.send",
  receive: "portfolio.activity.kind.receive",
  delegate: "portfolio.activity.kind.delegate",
  undelegate: "portfolio.activity.kind.undelegate",
  supply: "portfolio.activity.kind.supply",
  "lend-withdraw": "portfolio.activity.kind.lendWithdraw",
  borrow: "portfolio.activity.kind.borrow",
  repay: "portfolio.activity.kind.repay",
  collateral: "portfolio.activity.kind.collateral",
  contract: "portfolio.activity.kind.contract",
  other: "portfolio.activity.kind.other",
};

const BY_TYPE_URL: Record<string, ActivityKind> = {
  "/pstake.liquidstake.v1beta1.MsgLiquidStake": "stake",
  "/pstake.liquidstake.v1beta1.MsgLiquidUnstake": "unstake",
  "/pstake.liquidstake.v1beta1.MsgStakeToLP": "convert",
  "/pstake.liquidstakeibc.v1beta1.MsgLiquidStake": "stake",
  "/pstake.liquidstakeibc.v1beta1.MsgLiquidStakeLSM": "stake",
  "/pstake.liquidstakeibc.v1beta1.MsgLiquidUnstake": "unstake",
  "/pstake.liquidstakeibc.v1beta1.MsgRedeem": "redeem",
  "/cosmos.staking.v1beta1.MsgDelegate": "delegate",
  "/cosmos.staking.v1beta1.MsgUndelegate": "undelegate",
  "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward": "claim",
};

const BY_CONTRACT_CALL: Record<string, ActivityKind> = {
  swap: "swap",
  execute_multihop_swap: "swap",
  join_pool: "join",
  exit_pool: "exit",
  bond: "bond",
  unbond: "unbond",
  instant_unbond: "unbond",
  unlock: "unlock",
  withdraw: "claim",
  redeem: "redeem",
  deposit: "supply",
  borrow: "borrow",
  repay: "repay",
  update_asset_collateral_status: "collateral",
};

/** A cw20 `send` carries its real action base64-encoded in `msg` (exit_pool to the vault, bond to multistaking). */
function innerCall(msg: Record<string, unknown>): string | undefined {
  const send = msg.send as { msg?: string } | undefined;
  if (!send?.msg) return undefined;
  try {
    return Object.keys(JSON.parse(atob(send.msg)) as object)[0];
  } catch {
    return undefined;
  }
}

export function messageKind(m: TxMessage, account: string): ActivityKind {
  if (m.typeUrl === "/cosmos.bank.v1beta1.MsgSend") return m.signer === account ? "send" : "receive";
  const known = BY_TYPE_URL[m.typeUrl];
  if (known) return known;
  if (m.typeUrl === "/cosmwasm.wasm.v1.MsgExecuteContract") {
    if (!m.msg) return "contract";
    const call = Object.keys(m.msg)[0];
    // Red Bank's withdraw names a denom; multistaking's (claim rewards) names an LP token
    if (call === "withdraw" && typeof (m.msg.withdraw as { denom?: unknown } | null)?.denom === "string") return "lend-withdraw";
    return BY_CONTRACT_CALL[(call === "send" && innerCall(m.msg)) || call] ?? "contract";
  }
  return "other";
}

/** The pool a Dexter call names, if any. */
function poolIdOf(m: TxMessage): string | undefined {
  const call = m.msg && (Object.values(m.msg)[0] as { pool_id?: unknown } | undefined);
  if (call && typeof call === "object" && "pool_id" in call) return String(call.pool_id);
  const send = m.msg?.send as { msg?: string } | undefined;
  if (send?.msg) {
    try {
      const inner = Object.values(JSON.parse(atob(send.msg)) as Record<string, { pool_id?: unknown }>)[0];
      if (inner?.pool_id !== undefined) return String(inner.pool_id);
    } catch {
      // not JSON: no pool
    }
  }
  return undefined;
}

export interface Activity {
  tx: AccountTx;
  kinds: ActivityKind[];
  /** what left the account (positive amounts) and what arrived, fee excluded */
  sent: { denom: string; amount: bigint }[];
  received: { denom: string; amount: bigint }[];
  poolId?: string;
  ok: boolean;
}

export function describeTx(tx: AccountTx, account: string): Activity {
  const signed = tx.fee.size > 0 || tx.messages.some((m) => m.signer === account);
  let kinds = [...new Set(tx.messages.map((m) => messageKind(m, account)))];
  // a tx someone else sent that paid this account (a transfer to it, a multisend, an IBC receive)
  if (!signed && !kinds.includes("receive")) kinds = ["receive"];
  if (!kinds.length) kinds = ["other"];
  const sent: Activity["sent"] = [];
  const received: Activity["received"] = [];
  for (const [denom, amount] of [...tx.changes].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (amount < 0n) sent.push({ denom, amount: -amount });
    else received.push({ denom, amount });
  }
  const poolId = tx.messages.map(poolIdOf).find((p) => p !== undefined);
  return { tx, kinds, sent, received, poolId, ok: tx.code === 0 };
}

/** Pools the account joined, left, bonded in or unbonded from in its history (by pool id or LP token). */
export function poolsTouched(txs: AccountTx[], pools: { id: string; lpToken: string }[]): Set<string> {
  const ids = new Set<string>();
  for (const tx of txs) {
    for (const m of tx.messages) {
      const pool = poolIdOf(m);
      if (pool !== undefined) ids.add(pool);
      const call = m.msg && (Object.values(m.msg)[0] as { lp_token?: unknown } | undefined);
      for (const p of pools) if (m.contract === p.lpToken || (call && typeof call === "object" && call.lp_token === p.lpToken)) ids.add(p.id);
    }
  }
  return ids;
}
