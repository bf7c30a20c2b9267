import { describe, expect, it } from "vitest";
import { describeTx, messageKind, poolsTouched } from "./activity";
import { activityLabel } from "./csv";
import type { AccountTx, TxMessage } from "./history";
import { collectPending } from "./pending";

const ME = "persistence1me";
const wasm = (contract: string, msg: object): TxMessage => ({
  typeUrl: "/cosmwasm.wasm.v1.MsgExecuteContract",
  signer: ME,
  contract,
  msg: msg as Record<string, unknown>,
});
const b64 = (o: object) => btoa(JSON.stringify(o));

describe("activity in words", () => {
  it("names a tx by its messages, a contract call by its JSON key (a cw20 send by the hook inside)", () => {
    expect(messageKind(wasm("vault", { swap: {} }), ME)).toBe("swap");
    expect(messageKind(wasm("router", { execute_multihop_swap: {} }), ME)).toBe("swap");
    expect(messageKind(wasm("vault", { join_pool: { pool_id: "3" } }), ME)).toBe("join");
    expect(messageKind(wasm("lp1", { send: { contract: "vault", amount: "1", msg: b64({ exit_pool: { pool_id: "1" } }) } }), ME)).toBe("exit");
    expect(messageKind(wasm("lp1", { send: { contract: "ms", amount: "1", msg: b64({ bond: {} }) } }), ME)).toBe("bond");
    expect(messageKind(wasm("ms", { instant_unbond: { lp_token: "lp1" } }), ME)).toBe("unbond");
    expect(messageKind(wasm("redemption", { redeem: {} }), ME)).toBe("redeem");
    expect(messageKind(wasm("other", { mint_nft: {} }), ME)).toBe("contract");
    // the lending market: its withdraw names a denom, multistaking's withdraw (claim) an LP token
    expect(messageKind(wasm("red-bank", { deposit: {} }), ME)).toBe("supply");
    expect(messageKind(wasm("red-bank", { borrow: { denom: "uusdc", amount: "1" } }), ME)).toBe("borrow");
    expect(messageKind(wasm("red-bank", { repay: {} }), ME)).toBe("repay");
    expect(messageKind(wasm("red-bank", { withdraw: { denom: "stk/uxprt" } }), ME)).toBe("lend-withdraw");
    expect(messageKind(wasm("ms", { withdraw: { lp_token: "lp1" } }), ME)).toBe("claim");
    expect(messageKind({ typeUrl: "/pstake.liquidstakeibc.v1beta1.MsgRedeem", signer: ME }, ME)).toBe("redeem");
    expect(messageKind({ typeUrl: "/cosmos.bank.v1beta1.MsgSend", signer: "someone", to: ME }, ME)).toBe("receive");
    expect(messageKind({ typeUrl: "/cosmos.gov.v1.MsgVote", signer: ME }, ME)).toBe("other");
  });

  it("splits the balance change into what left and what arrived; another's tx that paid the account is a receive", () => {
    const tx: AccountTx = {
      hash: "AB",
      height: 5,
      time: 1,
      code: 0,
      log: "",
      messages: [wasm("vault", { swap: { swap_request: { pool_id: "1" } } })],
      changes: new Map([
        ["uxprt", -100n],
        ["stk/uxprt", 99n],
      ]),
      fee: new Map([["uxprt", 10n]]),
    };
    expect(activityLabel(describeTx(tx, ME))).toBe("Swap");
    expect(describeTx(tx, ME)).toMatchObject({
      sent: [{ denom: "uxprt", amount: 100n }],
      received: [{ denom: "stk/uxprt", amount: 99n }],
      ok: true,
    });
    const theirs = { ...tx, messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgMultiSend", signer: "" }], fee: new Map(), changes: new Map([["uxprt", 5n]]) };
    expect(activityLabel(describeTx(theirs, ME))).toBe("Receive");
    expect(describeTx({ ...tx, code: 5, log: "slippage" }, ME).ok).toBe(false);
  });

  it("finds the pools an account touched by pool id or LP token", () => {
    const tx = (m: TxMessage) => ({ messages: [m] }) as AccountTx;
    const pools = [
      { id: "1", lpToken: "lp1" },
      { id: "2", lpToken: "lp2" },
      { id: "3", lpToken: "lp3" },
      { id: "4", lpToken: "lp4" },
    ];
    const touched = poolsTouched(
      [
        tx(wasm("vault", { join_pool: { pool_id: "1" } })),
        tx(wasm("lp2", { send: { msg: b64({ bond: {} }) } })),
        tx(wasm("ms", { unlock: { lp_token: "lp3" } })),
      ],
      pools,
    );
    expect([...touched].sort()).toEqual(["1", "2", "3"]);
  });
});

describe("pending unbondings", () => {
  const DAY = 86_400_000;
  it("groups XPRT entries per completion time, dates multi-chain requests by the epoch rules, lists LP locks", () => {
    const rows = collectPending({
      bondDenom: "uxprt",
      staking: [
        { validator: "v1", amount: 40n, completionTime: 30 * DAY, creationHeight: 1 },
        { validator: "v2", amount: 60n, completionTime: 30 * DAY, creationHeight: 1 },
      ],
      ibc: [
        { chainId: "cosmoshub-4", epoch: 4, stk: 10n, owed: 11n, state: 0, matureTime: 0 },
        { chainId: "cosmoshub-4", epoch: 1, stk: 10n, owed: 12n, state: 4, matureTime: 5 * DAY },
      ],
      hosts: [{ chainId: "cosmoshub-4", ibcDenom: "ibc/ATOM" } as never],
      dayEpoch: { current: 2, endsAt: 3 * DAY },
      lps: [
        {
          pool: { id: "1", lpToken: "lp1" } as never,
          position: { held: 0n, bonded: 0n, locks: [{ amount: 7n, unlockAt: 10 * DAY }], unlocked: 3n, rewards: [] },
        },
      ],
    });
    expect(rows.map((r) => [r.kind, r.denom, r.amount, r.eta])).toEqual([
      ["LP unbonding", "lp1", 7n, 10 * DAY],
      // epoch 4 ends two days after epoch 2's end (day 5), then 21 days on the Hub
      ["multi-chain unstake", "ibc/ATOM", 11n, 26 * DAY],
      ["unstake", "uxprt", 100n, 30 * DAY],
      ["LP unlocked", "lp1", 3n, null],
    ]);
    expect(rows[1].etaTo).toBe(27 * DAY);
  });
});
