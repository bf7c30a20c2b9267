import { AminoConverter } from "persistenceonejs/pstake/liquidstakeibc/v1beta1/msgs.amino";
import {
  MsgLiquidStake,
  MsgLiquidStakeResponse,
  MsgLiquidUnstake,
  MsgLiquidUnstakeResponse,
  MsgRedeem,
  MsgRedeemResponse,
} from "persistenceonejs/pstake/liquidstakeibc/v1beta1/msgs";
import {
  QueryDepositAccountBalanceRequest,
  QueryDepositAccountBalanceResponse,
  QueryDepositsRequest,
  QueryDepositsResponse,
  QueryExchangeRateRequest,
  QueryExchangeRateResponse,
  QueryHostChainRequest,
  QueryHostChainResponse,
  QueryHostChainUserUnbondingsRequest,
  QueryHostChainUserUnbondingsResponse,
  QueryHostChainsRequest,
  QueryHostChainsResponse,
  QueryLSMDepositsRequest,
  QueryLSMDepositsResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  QueryRedelegationTxRequest,
  QueryRedelegationTxResponse,
  QueryRedelegationsRequest,
  QueryRedelegationsResponse,
  QueryUnbondingRequest,
  QueryUnbondingResponse,
  QueryUnbondingsRequest,
  QueryUnbondingsResponse,
  QueryUserUnbondingsRequest,
  QueryUserUnbondingsResponse,
  QueryValidatorUnbondingRequest,
  QueryValidatorUnbondingResponse,
} from "persistenceonejs/pstake/liquidstakeibc/v1beta1/query";
import { ErrorKind } from "../chain/errors.js";
import { grpc, queryArg } from "../chain/grpc.js";
import { type Ctx, type Module, type WakeupSource, msg, query, response } from "../chain/module.js";
import { type Genesis, ibcDenom } from "../genesis.js";
import { checkAddress, moduleAddress } from "../util/address.js";
import { parseCoin } from "../util/coins.js";
import { DEC_ONE, decFromString, decMul, decMulTruncate, decQuo, decToString } from "../util/dec.js";
import { paginate } from "../util/pagination.js";
import { rfc3339, toTimestamp } from "../util/time.js";
import type { AuthModule } from "./auth.js";
import type { BankModule } from "./bank.js";
import { currentEpoch } from "./epochs.js";

// x/liquidstakeibc (package pstake.liquidstakeibc.v1beta1): stkATOM and the other multi-chain stkASSETs, written
// from the protocol reference. There is no relayer: each host chain is simulated here (its validators'
// delegations, staking rewards at a configured APR, its unbonding time). Deposits wait in a deposit account on
// Persistence and go to the host at the next daily epoch; unstake requests join the unbonding of the epoch
// ceil-to-multiple(current day, unbonding_factor), are undelegated when that epoch ends, and are paid out
// automatically when the host unbonding completes. Instant redeem pays from the deposit account, capped by it.
//
// Simplifications, said plainly: IBC transfers to and from the host complete instantly (no in-flight state);
// the stk of an unbonding epoch is burned when it is undelegated, and the unbonding amount then leaves the
// c_value denominator; a user's request stays listed after payout (its epoch reads CLAIMABLE); there is no
// LSM, no redelegation.

const err = (code: number, description: string) => new ErrorKind("liquidstakeibc", code, description);
export const LsIbcErrors = {
  invalidDenom: err(2000, "invalid token denom"),
  invalidHostChain: err(2001, "host chain not registered"),
  minDeposit: err(2002, "deposit amount less than minimum deposit"),
  notEnoughDelegations: err(2012, "delegated amount is less than undelegation amount requested"),
  redeemFailed: err(2013, "an error occurred while instant redeeming tokens"),
  hostChainInactive: err(2016, "host chain is not active"),
};

export const UnbondingState = { PENDING: 0, INITIATED: 1, MATURING: 2, MATURED: 3, CLAIMABLE: 4, FAILED: 5 } as const;

interface HostValidator {
  operatorAddress: string;
  /** decimal string, the weights add up to 1 */
  weight: string;
  delegatedAmount: string;
}

export interface HostChainRecord {
  chainId: string;
  hostDenom: string;
  ibcDenom: string;
  channelId: string;
  connectionId: string;
  params: { depositFee: string; restakeFee: string; unstakeFee: string; redemptionFee: string };
  minimumDeposit: string;
  /** Dec (10^18-scaled) as a string */
  cValue: string;
  lastCValue: string;
  unbondingFactor: number;
  active: boolean;
  apr: string;
  unbondingSeconds: number;
  validators: HostValidator[];
}

interface UnbondingRecord {
  burnAmount: string;
  unbondAmount: string;
  matureTime: number;
  state: number;
}

interface UserUnbondingRecord {
  stkAmount: string;
  unbondAmount: string;
}

const hostKey = (chainId: string) => `lsibc/hosts/${chainId}`;
const pad = (n: number) => String(n).padStart(10, "0");
const depositKey = (chainId: string, epoch: number) => `lsibc/deposits/${chainId}/${pad(epoch)}`;
const unbondingKey = (chainId: string, epoch: number) => `lsibc/unbondings/${chainId}/${pad(epoch)}`;
const userUnbondingKey = (chainId: string, epoch: number, address: string) => `lsibc/user_unbondings/${chainId}/${pad(epoch)}/${address}`;
const valUnbondingKey = (chainId: string, epoch: number, validator: string) => `lsibc/val_unbondings/${chainId}/${pad(epoch)}/${validator}`;

export const DEPOSIT_ACCOUNT = moduleAddress("liquidstakeibc-deposit");
const YEAR_SECONDS = 365n * 24n * 3600n;

export class LiquidStakeIbcModule implements Module, WakeupSource {
  readonly name = "liquidstakeibc";
  private feeAddress = "";

  constructor(
    private readonly auth: AuthModule,
    private readonly bank: BankModule,
    private readonly genesis: Genesis["liquidstakeibc"],
  ) {
    auth.registerModuleAccount("liquidstakeibc", ["minter", "burner"]);
    auth.registerModuleAccount("liquidstakeibc-deposit", []);
    this.feeAddress = genesis.feeAddress;
  }

  hosts(ctx: Ctx): HostChainRecord[] {
    return ctx.store.list<HostChainRecord>("lsibc/hosts/").map((e) => e.value);
  }

  private host(ctx: Ctx, chainId: string): HostChainRecord {
    const h = ctx.store.get<HostChainRecord>(hostKey(chainId));
    if (!h) throw LsIbcErrors.invalidHostChain.with(chainId);
    return h;
  }

  private byIbcDenom(ctx: Ctx, denom: string): HostChainRecord {
    if (!denom.startsWith("ibc/")) throw LsIbcErrors.invalidDenom.with(`expected an ibc/ denom, got ${denom}`);
    const h = this.hosts(ctx).find((x) => x.ibcDenom === denom);
    if (!h) throw LsIbcErrors.invalidHostChain.with(`no host chain for ${denom}`);
    return h;
  }

  private byStkDenom(ctx: Ctx, denom: string): HostChainRecord {
    if (!denom.startsWith("stk/")) throw LsIbcErrors.invalidDenom.with(`expected a stk/ denom, got ${denom}`);
    const h = this.hosts(ctx).find((x) => `stk/${x.hostDenom}` === denom);
    if (!h) throw LsIbcErrors.invalidHostChain.with(`no host chain for ${denom}`);
    return h;
  }

  private save(ctx: Ctx, h: HostChainRecord): void {
    ctx.store.set(hostKey(h.chainId), h);
  }

  /** Tokens the stk supply stands for: delegated on the host plus deposits still on Persistence. */
  private netAssets(ctx: Ctx, h: HostChainRecord): bigint {
    const delegated = h.validators.reduce((s, v) => s + BigInt(v.delegatedAmount), 0n);
    return delegated + this.bank.balance(ctx, DEPOSIT_ACCOUNT, h.ibcDenom);
  }

  private stkDenom(h: HostChainRecord): string {
    return `stk/${h.hostDenom}`;
  }

  /** c_value = stk supply / net assets (1 when either is 0); outside the limits the chain turns inactive. */
  private updateCValue(ctx: Ctx, h: HostChainRecord): void {
    const supply = this.bank.supplyOf(ctx, this.stkDenom(h));
    const assets = this.netAssets(ctx, h);
    h.lastCValue = h.cValue;
    h.cValue = (supply === 0n || assets === 0n ? DEC_ONE : decQuo(supply * DEC_ONE, assets * DEC_ONE)).toString();
    const c = BigInt(h.cValue);
    const inside = c > decFromString(this.genesis.lowerCValueLimit) && c < decFromString(this.genesis.upperCValueLimit);
    if (h.active !== inside) ctx.events.emit(inside ? "chain_re_enabled" : "chain_disabled", { host_chain: h.chainId, c_value: decToString(c) });
    h.active = inside;
  }

  /** Adds to the host validators by weight; the rounding crumb goes to the first. */
  private delegateOnHost(h: HostChainRecord, amount: bigint): void {
    const parts = h.validators.map((v) => decMulTruncate(decFromString(v.weight), amount * DEC_ONE) / DEC_ONE);
    parts[0] += amount - parts.reduce((s, p) => s + p, 0n);
    h.validators.forEach((v, i) => (v.delegatedAmount = (BigInt(v.delegatedAmount) + parts[i]).toString()));
  }

  // --- user actions -------------------------------------------------------------------------------------------

  liquidStake(ctx: Ctx, delegator: string, coin: { denom: string; amount: bigint }) {
    const h = this.byIbcDenom(ctx, coin.denom);
    if (!h.active) throw LsIbcErrors.hostChainInactive.with(h.chainId);
    if (coin.amount < BigInt(h.minimumDeposit)) throw LsIbcErrors.minDeposit.with(`${coin.amount} < ${h.minimumDeposit}`);
    // mint = trunc(Mul(Dec(a), c_value)); fee = trunc(MulInt(deposit_fee, mint))
    const mint = decMul(coin.amount * DEC_ONE, BigInt(h.cValue)) / DEC_ONE;
    const fee = (decFromString(h.params.depositFee) * mint) / DEC_ONE;
    const stk = this.stkDenom(h);
    this.bank.send(ctx, delegator, DEPOSIT_ACCOUNT, [coin]);
    this.bank.mint(ctx, "liquidstakeibc", [{ denom: stk, amount: mint }]);
    if (mint - fee > 0n) this.bank.sendFromModule(ctx, "liquidstakeibc", delegator, [{ denom: stk, amount: mint - fee }]);
    if (fee > 0n) this.bank.sendFromModule(ctx, "liquidstakeibc", this.feeAddress, [{ denom: stk, amount: fee }]);
    const epoch = currentEpoch(ctx, "day");
    const deposit = ctx.store.get<{ amount: string }>(depositKey(h.chainId, epoch));
    ctx.store.set(depositKey(h.chainId, epoch), { amount: (BigInt(deposit?.amount ?? "0") + coin.amount).toString() });
    ctx.events.emit("liquid_stake", {
      address: delegator,
      input_amount: `${coin.amount}${coin.denom}`,
      output_amount: `${mint - fee}${stk}`,
      fee_amount: `${fee}${stk}`,
    });
  }

  liquidUnstake(ctx: Ctx, delegator: string, coin: { denom: string; amount: bigint }): number {
    const h = this.byStkDenom(ctx, coin.denom);
    if (!h.active) throw LsIbcErrors.hostChainInactive.with(h.chainId);
    if (coin.amount < BigInt(h.minimumDeposit)) throw LsIbcErrors.minDeposit.with(`${coin.amount} < ${h.minimumDeposit}`);
    // fee = trunc(MulInt(unstake_fee, s)); owed = trunc(Mul(Dec(s - fee), Quo(1, c_value)))
    const fee = (decFromString(h.params.unstakeFee) * coin.amount) / DEC_ONE;
    const inverse = decQuo(DEC_ONE, BigInt(h.cValue));
    const owed = decMul((coin.amount - fee) * DEC_ONE, inverse) / DEC_ONE;
    const delegated = h.validators.reduce((s, v) => s + BigInt(v.delegatedAmount), 0n);
    const epoch = Math.ceil(Math.max(1, currentEpoch(ctx, "day")) / h.unbondingFactor) * h.unbondingFactor;
    const pending = BigInt(ctx.store.get<UnbondingRecord>(unbondingKey(h.chainId, epoch))?.unbondAmount ?? "0");
    if (owed + pending > delegated) throw LsIbcErrors.notEnoughDelegations.with(`${owed + pending} > ${delegated}`);
    this.bank.sendToModule(ctx, delegator, "liquidstakeibc", [coin]);
    if (fee > 0n) this.bank.sendFromModule(ctx, "liquidstakeibc", this.feeAddress, [{ denom: coin.denom, amount: fee }]);
    const u = ctx.store.get<UnbondingRecord>(unbondingKey(h.chainId, epoch)) ?? {
      burnAmount: "0",
      unbondAmount: "0",
      matureTime: 0,
      state: UnbondingState.PENDING,
    };
    u.burnAmount = (BigInt(u.burnAmount) + coin.amount - fee).toString();
    u.unbondAmount = (BigInt(u.unbondAmount) + owed).toString();
    ctx.store.set(unbondingKey(h.chainId, epoch), u);
    const uu = ctx.store.get<UserUnbondingRecord>(userUnbondingKey(h.chainId, epoch, delegator)) ?? { stkAmount: "0", unbondAmount: "0" };
    ctx.store.set(userUnbondingKey(h.chainId, epoch, delegator), {
      stkAmount: (BigInt(uu.stkAmount) + coin.amount).toString(),
      unbondAmount: (BigInt(uu.unbondAmount) + owed).toString(),
    });
    ctx.events.emit("liquid_unstake", {
      address: delegator,
      input_amount: `${coin.amount}${coin.denom}`,
      output_amount: `${owed}${h.ibcDenom}`,
      fee_amount: `${fee}${coin.denom}`,
      undelegation_epoch: String(epoch),
    });
    return epoch;
  }

  redeem(ctx: Ctx, delegator: string, coin: { denom: string; amount: bigint }): bigint {
    const h = this.byStkDenom(ctx, coin.denom);
    if (!h.active) throw LsIbcErrors.hostChainInactive.with(h.chainId);
    // fee = trunc(MulInt(redemption_fee, s)); out = trunc(Quo(Dec(s - fee), c_value))
    const fee = (decFromString(h.params.redemptionFee) * coin.amount) / DEC_ONE;
    const out = decQuo((coin.amount - fee) * DEC_ONE, BigInt(h.cValue)) / DEC_ONE;
    const pool = this.bank.balance(ctx, DEPOSIT_ACCOUNT, h.ibcDenom);
    if (out > pool) throw LsIbcErrors.redeemFailed.with(`can't instant redeem ${out}${h.ibcDenom}: the deposit pool holds ${pool}${h.ibcDenom}`);
    if (out <= 0n) throw LsIbcErrors.redeemFailed.with("the amount is too small to redeem anything");
    this.bank.sendToModule(ctx, delegator, "liquidstakeibc", [coin]);
    this.bank.burn(ctx, "liquidstakeibc", [{ denom: coin.denom, amount: coin.amount - fee }]);
    if (fee > 0n) this.bank.sendFromModule(ctx, "liquidstakeibc", this.feeAddress, [{ denom: coin.denom, amount: fee }]);
    this.bank.send(ctx, DEPOSIT_ACCOUNT, delegator, [{ denom: h.ibcDenom, amount: out }]);
    // the redeemed tokens leave the newest deposits first (they would have been delegated last)
    let left = out;
    for (const k of ctx.store.keys(`lsibc/deposits/${h.chainId}/`).reverse()) {
      if (left === 0n) break;
      const d = BigInt(ctx.store.get<{ amount: string }>(k)!.amount);
      const take = d < left ? d : left;
      left -= take;
      if (d - take === 0n) ctx.store.delete(k);
      else ctx.store.set(k, { amount: (d - take).toString() });
    }
    ctx.events.emit("redeem", {
      address: delegator,
      input_amount: `${coin.amount}${coin.denom}`,
      output_amount: `${out}${h.ibcDenom}`,
      fee_amount: `${fee}${coin.denom}`,
    });
    return out;
  }

  // --- epochs and blocks ---------------------------------------------------------------------------------------

  onEpochEnd(ctx: Ctx, identifier: string, epochNumber: number): void {
    if (identifier === "hour") {
      for (const h of this.hosts(ctx)) {
        this.accrueRewards(h);
        this.updateCValue(ctx, h);
        this.save(ctx, h);
      }
    }
    if (identifier === "day") {
      for (const h of this.hosts(ctx)) {
        this.delegateDeposits(ctx, h, epochNumber);
        if (epochNumber % h.unbondingFactor === 0) this.undelegateEpoch(ctx, h, epochNumber);
        this.save(ctx, h);
      }
    }
  }

  /** An hour of host staking rewards at the configured APR, restaked less the restake fee. */
  private accrueRewards(h: HostChainRecord): void {
    const delegated = h.validators.reduce((s, v) => s + BigInt(v.delegatedAmount), 0n);
    const rewards = (delegated * decFromString(h.apr) * 3600n) / YEAR_SECONDS / DEC_ONE;
    const fee = (rewards * decFromString(h.params.restakeFee)) / DEC_ONE;
    if (rewards - fee > 0n) this.delegateOnHost(h, rewards - fee);
  }

  /** Deposits of past epochs travel to the host (the IBC vouchers are burned) and are delegated by weight. */
  private delegateDeposits(ctx: Ctx, h: HostChainRecord, endingEpoch: number): void {
    let total = 0n;
    for (const k of ctx.store.keys(`lsibc/deposits/${h.chainId}/`)) {
      if (Number(k.split("/").pop()) > endingEpoch) continue;
      total += BigInt(ctx.store.get<{ amount: string }>(k)!.amount);
      ctx.store.delete(k);
    }
    if (total === 0n) return;
    this.bank.send(ctx, DEPOSIT_ACCOUNT, this.auth.moduleAddress("liquidstakeibc"), [{ denom: h.ibcDenom, amount: total }]);
    this.bank.burn(ctx, "liquidstakeibc", [{ denom: h.ibcDenom, amount: total }]);
    this.delegateOnHost(h, total);
    ctx.events.emit("delegation", { host_chain: h.chainId, amount: `${total}${h.hostDenom}` });
  }

  /** The epoch's unstake requests are undelegated on the host; the stk is burned; payout when the host unbonds. */
  private undelegateEpoch(ctx: Ctx, h: HostChainRecord, epoch: number): void {
    const u = ctx.store.get<UnbondingRecord>(unbondingKey(h.chainId, epoch));
    if (!u || u.state !== UnbondingState.PENDING) return;
    const amount = BigInt(u.unbondAmount);
    const delegated = h.validators.reduce((s, v) => s + BigInt(v.delegatedAmount), 0n);
    const matureTime = ctx.time + h.unbondingSeconds * 1000;
    let left = amount;
    h.validators.forEach((v, i) => {
      const d = BigInt(v.delegatedAmount);
      const part = i === h.validators.length - 1 ? left : (amount * d) / delegated;
      const take = part < d ? part : d;
      left -= take;
      v.delegatedAmount = (d - take).toString();
      if (take > 0n) ctx.store.set(valUnbondingKey(h.chainId, epoch, v.operatorAddress), { amount: take.toString(), matureTime });
    });
    this.bank.burn(ctx, "liquidstakeibc", [{ denom: this.stkDenom(h), amount: BigInt(u.burnAmount) }]);
    ctx.store.set(unbondingKey(h.chainId, epoch), { ...u, state: UnbondingState.MATURING, matureTime });
    ctx.events.emit("undelegation", { host_chain: h.chainId, epoch: String(epoch), amount: `${amount}${h.hostDenom}`, mature_time: rfc3339(matureTime) });
  }

  /**
   * Devnet control: the epoch's undelegation failed on the host (what an ICA error acknowledgement does). The
   * requests are refunded in stk and the epoch reads FAILED. Only a not-yet-undelegated epoch can fail.
   */
  failUnbonding(ctx: Ctx, chainId: string, epoch: number): void {
    const h = this.host(ctx, chainId);
    const u = ctx.store.get<UnbondingRecord>(unbondingKey(h.chainId, epoch));
    if (!u) throw LsIbcErrors.invalidHostChain.with(`no unbonding for ${chainId} epoch ${epoch}`);
    if (u.state !== UnbondingState.PENDING) throw LsIbcErrors.invalidHostChain.with(`epoch ${epoch} is past its undelegation and cannot fail`);
    for (const { key: address, value: uu } of ctx.store.list<UserUnbondingRecord>(`lsibc/user_unbondings/${h.chainId}/${pad(epoch)}/`)) {
      this.bank.sendFromModule(ctx, "liquidstakeibc", address, [{ denom: this.stkDenom(h), amount: BigInt(uu.stkAmount) }]);
    }
    ctx.store.set(unbondingKey(h.chainId, epoch), { ...u, state: UnbondingState.FAILED });
    ctx.events.emit("unbonding_failed", { host_chain: h.chainId, epoch: String(epoch) });
  }

  /**
   * A slash on the host chain, as the module learns it from its ICQ of the host's delegations: every delegation
   * shrinks by `fraction`, and c_value follows (past its limits the host chain turns inactive).
   */
  slashHost(ctx: Ctx, chainId: string, fraction: string): void {
    const h = this.host(ctx, chainId);
    const keep = DEC_ONE - decFromString(fraction);
    if (keep < 0n || keep > DEC_ONE) throw LsIbcErrors.invalidHostChain.with(`slash fraction ${fraction} is not between 0 and 1`);
    h.validators = h.validators.map((v) => ({ ...v, delegatedAmount: ((BigInt(v.delegatedAmount) * keep) / DEC_ONE).toString() }));
    this.updateCValue(ctx, h);
    this.save(ctx, h);
  }

  /** Matured unbondings come back over IBC and are paid to each requester in BeginBlock. */
  beginBlock(ctx: Ctx): void {
    for (const h of this.hosts(ctx)) {
      for (const { key, value: u } of ctx.store.list<UnbondingRecord>(`lsibc/unbondings/${h.chainId}/`)) {
        if (u.state !== UnbondingState.MATURING || u.matureTime > ctx.time) continue;
        const epoch = Number(key);
        const paid: string[] = [];
        for (const { key: address, value: uu } of ctx.store.list<UserUnbondingRecord>(`lsibc/user_unbondings/${h.chainId}/${pad(epoch)}/`)) {
          const amount = BigInt(uu.unbondAmount);
          if (amount > 0n) this.bank.mintTo(ctx, address, [{ denom: h.ibcDenom, amount }]);
          // kept, so wallets can show the request as paid out (its epoch's Unbonding says CLAIMABLE)
          paid.push(address);
        }
        for (const k of ctx.store.keys(`lsibc/val_unbondings/${h.chainId}/${pad(epoch)}/`)) ctx.store.delete(k);
        ctx.store.set(unbondingKey(h.chainId, epoch), { ...u, state: UnbondingState.CLAIMABLE });
        ctx.events.emit("claimed_unbondings", {
          host_chain: h.chainId,
          epoch: String(epoch),
          amount: `${u.unbondAmount}${h.ibcDenom}`,
          users: String(paid.length),
        });
      }
    }
  }

  wakeups(ctx: Ctx, from: number, to: number): number[] {
    const times: number[] = [];
    for (const h of this.hosts(ctx)) {
      for (const { value: u } of ctx.store.list<UnbondingRecord>(`lsibc/unbondings/${h.chainId}/`)) {
        if (u.state === UnbondingState.MATURING && u.matureTime > from && u.matureTime <= to) times.push(u.matureTime);
      }
    }
    return times;
  }

  initGenesis(ctx: Ctx): void {
    for (const g of this.genesis.hostChains) {
      const record: HostChainRecord = {
        chainId: g.chainId,
        hostDenom: g.hostDenom,
        ibcDenom: ibcDenom(`transfer/${g.channelId}/${g.hostDenom}`),
        channelId: g.channelId,
        connectionId: g.connectionId,
        params: { depositFee: g.depositFee, restakeFee: g.restakeFee, unstakeFee: g.unstakeFee, redemptionFee: g.redemptionFee },
        minimumDeposit: g.minimumDeposit,
        cValue: DEC_ONE.toString(),
        lastCValue: DEC_ONE.toString(),
        unbondingFactor: g.unbondingFactor,
        active: true,
        apr: g.apr,
        unbondingSeconds: g.unbondingSeconds,
        validators: g.validators.map((v) => ({ ...v, delegatedAmount: "0" })),
      };
      this.save(ctx, record);
    }
    this.auth.ensureAccount(ctx, DEPOSIT_ACCOUNT);
  }

  // --- wire ------------------------------------------------------------------------------------------------------

  readonly amino = AminoConverter;

  readonly msgs = [
    msg(
      "/pstake.liquidstakeibc.v1beta1.MsgLiquidStake",
      MsgLiquidStake,
      (m) => [m.delegatorAddress],
      (ctx, m) => {
        checkAddress(m.delegatorAddress, "delegator address");
        this.liquidStake(ctx, m.delegatorAddress, parseCoin(m.amount, "amount"));
        return response("/pstake.liquidstakeibc.v1beta1.MsgLiquidStakeResponse", MsgLiquidStakeResponse, {});
      },
    ),
    msg(
      "/pstake.liquidstakeibc.v1beta1.MsgLiquidUnstake",
      MsgLiquidUnstake,
      (m) => [m.delegatorAddress],
      (ctx, m) => {
        checkAddress(m.delegatorAddress, "delegator address");
        this.liquidUnstake(ctx, m.delegatorAddress, parseCoin(m.amount, "amount"));
        return response("/pstake.liquidstakeibc.v1beta1.MsgLiquidUnstakeResponse", MsgLiquidUnstakeResponse, {});
      },
    ),
    msg(
      "/pstake.liquidstakeibc.v1beta1.MsgRedeem",
      MsgRedeem,
      (m) => [m.delegatorAddress],
      (ctx, m) => {
        checkAddress(m.delegatorAddress, "delegator address");
        this.redeem(ctx, m.delegatorAddress, parseCoin(m.amount, "amount"));
        return response("/pstake.liquidstakeibc.v1beta1.MsgRedeemResponse", MsgRedeemResponse, {});
      },
    ),
  ];

  private encodeHost(h: HostChainRecord) {
    const dec = (s: string) => decFromString(s).toString();
    return {
      chainId: h.chainId,
      connectionId: h.connectionId,
      params: {
        depositFee: dec(h.params.depositFee),
        restakeFee: dec(h.params.restakeFee),
        unstakeFee: dec(h.params.unstakeFee),
        redemptionFee: dec(h.params.redemptionFee),
        lsmValidatorCap: dec("1"),
        lsmBondFactor: dec("0"),
        maxEntries: 7,
        redelegationAcceptableDelta: "0",
        upperCValueLimit: dec(this.genesis.upperCValueLimit),
        lowerCValueLimit: dec(this.genesis.lowerCValueLimit),
      },
      hostDenom: h.hostDenom,
      channelId: h.channelId,
      portId: "transfer",
      delegationAccount: {
        address: `${h.chainId}-delegation-ica`,
        balance: { denom: h.hostDenom, amount: "0" },
        owner: `${h.chainId}.delegate`,
        channelState: 1,
      },
      rewardsAccount: { address: `${h.chainId}-rewards-ica`, balance: { denom: h.hostDenom, amount: "0" }, owner: `${h.chainId}.rewards`, channelState: 1 },
      validators: h.validators.map((v) => ({
        operatorAddress: v.operatorAddress,
        status: "BOND_STATUS_BONDED",
        weight: dec(v.weight),
        delegatedAmount: v.delegatedAmount,
        exchangeRate: DEC_ONE.toString(),
        unbondingEpoch: 0n,
        delegable: true,
      })),
      minimumDeposit: h.minimumDeposit,
      cValue: h.cValue,
      lastCValue: h.lastCValue,
      unbondingFactor: BigInt(h.unbondingFactor),
      active: h.active,
      autoCompoundFactor: dec("0"),
      flags: { lsm: false },
      rewardParams: { denom: h.hostDenom, destination: "" },
    };
  }

  /** A registered host chain for a query, or gRPC NotFound. */
  private queryHost(ctx: Ctx, chainId: string): HostChainRecord {
    const h = ctx.store.get<HostChainRecord>(hostKey(chainId));
    if (!h) throw grpc.notFound(`host chain ${chainId} not found`);
    return h;
  }

  private unbondingProto(h: HostChainRecord, epoch: number, u: UnbondingRecord) {
    return {
      chainId: h.chainId,
      epochNumber: BigInt(epoch),
      matureTime: toTimestamp(u.matureTime),
      burnAmount: { denom: this.stkDenom(h), amount: u.burnAmount },
      unbondAmount: { denom: h.ibcDenom, amount: u.unbondAmount },
      ibcSequenceId: "",
      state: u.state,
    };
  }

  private userUnbondings(ctx: Ctx, h: HostChainRecord, filter?: string) {
    return ctx.store
      .list<UserUnbondingRecord>(`lsibc/user_unbondings/${h.chainId}/`)
      .map(({ key, value }) => {
        const [epoch, address] = key.split("/");
        return { epoch: Number(epoch), address, value };
      })
      .filter((u) => !filter || u.address === filter)
      .map((u) => ({
        key: `${pad(u.epoch)}/${u.address}`,
        value: {
          chainId: h.chainId,
          epochNumber: BigInt(u.epoch),
          address: u.address,
          stkAmount: { denom: this.stkDenom(h), amount: u.value.stkAmount },
          unbondAmount: { denom: h.ibcDenom, amount: u.value.unbondAmount },
        },
      }));
  }

  readonly queries = [
    query("/pstake.liquidstakeibc.v1beta1.Query/Params", QueryParamsRequest, QueryParamsResponse, () => ({
      params: { adminAddress: "", feeAddress: this.feeAddress },
    })),
    query("/pstake.liquidstakeibc.v1beta1.Query/HostChain", QueryHostChainRequest, QueryHostChainResponse, (ctx, req) => {
      const h = this.queryHost(ctx, req.chainId);
      return { hostChain: this.encodeHost(h) };
    }),
    query("/pstake.liquidstakeibc.v1beta1.Query/HostChains", QueryHostChainsRequest, QueryHostChainsResponse, (ctx) => ({
      hostChains: this.hosts(ctx).map((h) => this.encodeHost(h)),
    })),
    query("/pstake.liquidstakeibc.v1beta1.Query/Deposits", QueryDepositsRequest, QueryDepositsResponse, (ctx, req) => {
      const h = this.queryHost(ctx, req.chainId);
      return {
        deposits: ctx.store.list<{ amount: string }>(`lsibc/deposits/${h.chainId}/`).map(({ key, value }) => ({
          chainId: h.chainId,
          amount: { denom: h.ibcDenom, amount: value.amount },
          epoch: BigInt(Number(key)),
          state: 0,
          ibcSequenceId: "",
        })),
      };
    }),
    query("/pstake.liquidstakeibc.v1beta1.Query/LSMDeposits", QueryLSMDepositsRequest, QueryLSMDepositsResponse, () => ({ deposits: [] })),
    query("/pstake.liquidstakeibc.v1beta1.Query/Unbondings", QueryUnbondingsRequest, QueryUnbondingsResponse, (ctx, req) => {
      const h = this.queryHost(ctx, req.chainId);
      return {
        unbondings: ctx.store.list<UnbondingRecord>(`lsibc/unbondings/${h.chainId}/`).map(({ key, value }) => this.unbondingProto(h, Number(key), value)),
      };
    }),
    query("/pstake.liquidstakeibc.v1beta1.Query/Unbonding", QueryUnbondingRequest, QueryUnbondingResponse, (ctx, req) => {
      const h = ctx.store.get<HostChainRecord>(hostKey(req.chainId));
      const u = h && ctx.store.get<UnbondingRecord>(unbondingKey(h.chainId, Number(req.epoch)));
      if (!h || !u) throw grpc.notFound(`unbonding for ${req.chainId} epoch ${req.epoch} not found`);
      return { unbonding: this.unbondingProto(h, Number(req.epoch), u) };
    }),
    query("/pstake.liquidstakeibc.v1beta1.Query/UserUnbondings", QueryUserUnbondingsRequest, QueryUserUnbondingsResponse, (ctx, req) => {
      queryArg(() => checkAddress(req.address));
      return { userUnbondings: this.hosts(ctx).flatMap((h) => this.userUnbondings(ctx, h, req.address).map((u) => u.value)) };
    }),
    query(
      "/pstake.liquidstakeibc.v1beta1.Query/HostChainUserUnbondings",
      QueryHostChainUserUnbondingsRequest,
      QueryHostChainUserUnbondingsResponse,
      (ctx, req) => {
        const h = ctx.store.get<HostChainRecord>(hostKey(req.chainId));
        if (!h) throw grpc.notFound(`host chain ${req.chainId} not found`);
        const { page, pagination } = paginate(this.userUnbondings(ctx, h), req.pagination);
        return { userUnbondings: page, pagination };
      },
    ),
    query("/pstake.liquidstakeibc.v1beta1.Query/ValidatorUnbondings", QueryValidatorUnbondingRequest, QueryValidatorUnbondingResponse, (ctx, req) => {
      const h = this.queryHost(ctx, req.chainId);
      return {
        validatorUnbondings: ctx.store.list<{ amount: string; matureTime: number }>(`lsibc/val_unbondings/${h.chainId}/`).map(({ key, value }) => {
          const [epoch, validator] = key.split("/");
          return {
            chainId: h.chainId,
            epochNumber: BigInt(Number(epoch)),
            matureTime: toTimestamp(value.matureTime),
            validatorAddress: validator,
            amount: { denom: h.hostDenom, amount: value.amount },
            ibcSequenceId: "",
          };
        }),
      };
    }),
    query("/pstake.liquidstakeibc.v1beta1.Query/DepositAccountBalance", QueryDepositAccountBalanceRequest, QueryDepositAccountBalanceResponse, (ctx, req) => {
      const h = this.queryHost(ctx, req.chainId);
      return { balance: { denom: h.ibcDenom, amount: this.bank.balance(ctx, DEPOSIT_ACCOUNT, h.ibcDenom).toString() } };
    }),
    query("/pstake.liquidstakeibc.v1beta1.Query/ExchangeRate", QueryExchangeRateRequest, QueryExchangeRateResponse, (ctx, req) => {
      const h = this.queryHost(ctx, req.chainId);
      return { rate: h.cValue };
    }),
    query("/pstake.liquidstakeibc.v1beta1.Query/Redelegations", QueryRedelegationsRequest, QueryRedelegationsResponse, (_ctx, req) => ({
      redelegations: { chainID: req.chainId, redelegations: [] },
    })),
    query("/pstake.liquidstakeibc.v1beta1.Query/RedelegationTx", QueryRedelegationTxRequest, QueryRedelegationTxResponse, () => ({ redelegationTx: [] })),
  ];
}
