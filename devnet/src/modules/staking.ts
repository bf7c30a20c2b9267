import { PubKey as Ed25519PubKey } from "cosmjs-types/cosmos/crypto/ed25519/keys";
import {
  QueryDelegationRequest,
  QueryDelegationResponse,
  QueryDelegatorDelegationsRequest,
  QueryDelegatorDelegationsResponse,
  QueryDelegatorUnbondingDelegationsRequest,
  QueryDelegatorUnbondingDelegationsResponse,
  QueryDelegatorValidatorRequest,
  QueryDelegatorValidatorResponse,
  QueryDelegatorValidatorsRequest,
  QueryDelegatorValidatorsResponse,
  QueryHistoricalInfoRequest,
  QueryHistoricalInfoResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  QueryPoolRequest,
  QueryPoolResponse,
  QueryRedelegationsRequest,
  QueryRedelegationsResponse,
  QueryUnbondingDelegationRequest,
  QueryUnbondingDelegationResponse,
  QueryValidatorDelegationsRequest,
  QueryValidatorDelegationsResponse,
  QueryValidatorRequest,
  QueryValidatorResponse,
  QueryValidatorUnbondingDelegationsRequest,
  QueryValidatorUnbondingDelegationsResponse,
  QueryValidatorsRequest,
  QueryValidatorsResponse,
} from "cosmjs-types/cosmos/staking/v1beta1/query";
import { BondStatus, Validator, bondStatusToJSON } from "cosmjs-types/cosmos/staking/v1beta1/staking";
import { MsgDelegate, MsgDelegateResponse, MsgUndelegate, MsgUndelegateResponse } from "cosmjs-types/cosmos/staking/v1beta1/tx";
import { createStakingAminoConverters } from "@cosmjs/stargate";
import { ErrorKind, SdkErrors } from "../chain/errors.js";
import { grpc, queryArg } from "../chain/grpc.js";
import { type Ctx, type Module, type WakeupSource, msg, query, response } from "../chain/module.js";
import type { Genesis } from "../genesis.js";
import { checkAddress, checkValoper, valoperToAccount } from "../util/address.js";
import { parseCoin } from "../util/coins.js";
import { DEC_ONE, decFromString, decToString } from "../util/dec.js";
import { paginate } from "../util/pagination.js";
import { rfc3339, toTimestamp } from "../util/time.js";
import type { AuthModule } from "./auth.js";
import type { BankModule } from "./bank.js";

// x/staking for a fixed, always-bonded validator set without slashing: shares equal tokens, so a delegation's
// value never changes; undelegations become unbonding entries that pay out after the unbonding time.

export const BOND_DENOM = "uxprt";

const err = (code: number, description: string) => new ErrorKind("staking", code, description);
export const StakingErrors = {
  noValidator: err(3, "validator does not exist"),
  noDelegation: err(19, "no delegation for (address, validator) tuple"),
  noUnbonding: err(26, "no unbonding delegation found"),
  maxEntries: err(27, "too many unbonding delegation entries for (delegator, validator) tuple"),
};

export interface ValidatorRecord {
  operatorAddress: string;
  consensusPubkey: string;
  moniker: string;
  /** integer uxprt; shares are equal to tokens */
  tokens: string;
  commissionRate: string;
  /** jailed validators leave the bonded set (status UNBONDING) and earn nothing; a devnet control sets it */
  jailed?: boolean;
}

export interface UnbondingEntry {
  creationHeight: number;
  completionTime: number;
  initialBalance: string;
  balance: string;
  unbondingId: number;
}

/** Distribution settles rewards around every change of a delegation, like the SDK's staking hooks. */
export interface StakingHooks {
  beforeDelegationModified(ctx: Ctx, delegator: string, validator: string): void;
  afterDelegationModified(ctx: Ctx, delegator: string, validator: string): void;
}

const validatorKey = (v: string) => `staking/validators/${v}`;
const delegationKey = (d: string, v: string) => `staking/delegations/${d}/${v}`;
const byValidatorKey = (v: string, d: string) => `staking/delegations_by_validator/${v}/${d}`;
const unbondingKey = (d: string, v: string) => `staking/unbonding/${d}/${v}`;
const unbondingByValidatorKey = (v: string, d: string) => `staking/unbonding_by_validator/${v}/${d}`;
const queueKey = (time: number, d: string, v: string) => `staking/unbonding_queue/${String(time).padStart(15, "0")}/${d}/${v}`;

const decString = (i: bigint | string) => (BigInt(i) * DEC_ONE).toString();

export class StakingModule implements Module, WakeupSource {
  readonly name = "staking";
  hooks: StakingHooks | null = null;

  constructor(
    private readonly auth: AuthModule,
    private readonly bank: BankModule,
    private readonly params: Genesis["params"],
  ) {}

  validator(ctx: Ctx, operator: string): ValidatorRecord | undefined {
    return ctx.store.get<ValidatorRecord>(validatorKey(operator));
  }

  validators(ctx: Ctx): ValidatorRecord[] {
    return ctx.store.list<ValidatorRecord>("staking/validators/").map((e) => e.value);
  }

  totalBonded(ctx: Ctx): bigint {
    return this.validators(ctx).reduce((sum, v) => sum + BigInt(v.tokens), 0n);
  }

  /** Delegated shares (= tokens) of a delegator with a validator, 0 if none. */
  delegation(ctx: Ctx, delegator: string, validator: string): bigint {
    return BigInt(ctx.store.get<string>(delegationKey(delegator, validator)) ?? "0");
  }

  delegationsOf(ctx: Ctx, delegator: string): { validator: string; shares: bigint }[] {
    return ctx.store.list<string>(`staking/delegations/${delegator}/`).map((e) => ({ validator: e.key, shares: BigInt(e.value) }));
  }

  unbondings(ctx: Ctx, delegator: string, validator: string): UnbondingEntry[] {
    return ctx.store.get<UnbondingEntry[]>(unbondingKey(delegator, validator)) ?? [];
  }

  private mustValidator(ctx: Ctx, operator: string): ValidatorRecord {
    const v = this.validator(ctx, operator);
    if (!v) throw StakingErrors.noValidator.with();
    return v;
  }

  private setDelegation(ctx: Ctx, delegator: string, validator: string, shares: bigint): void {
    if (shares === 0n) {
      ctx.store.delete(delegationKey(delegator, validator));
      ctx.store.delete(byValidatorKey(validator, delegator));
    } else {
      ctx.store.set(delegationKey(delegator, validator), shares.toString());
      ctx.store.set(byValidatorKey(validator, delegator), "");
    }
  }

  /** Bonds uxprt from an account to a validator (MsgDelegate, and other modules such as liquid staking). */
  delegate(ctx: Ctx, delegator: string, validator: string, amount: bigint): void {
    const v = this.mustValidator(ctx, validator);
    this.hooks?.beforeDelegationModified(ctx, delegator, validator);
    this.bank.sendToModule(ctx, delegator, "bonded_tokens_pool", [{ denom: BOND_DENOM, amount }]);
    v.tokens = (BigInt(v.tokens) + amount).toString();
    ctx.store.set(validatorKey(validator), v);
    this.setDelegation(ctx, delegator, validator, this.delegation(ctx, delegator, validator) + amount);
    this.hooks?.afterDelegationModified(ctx, delegator, validator);
    ctx.events.emit("delegate", {
      validator,
      delegator,
      amount: `${amount}${BOND_DENOM}`,
      new_shares: decToString(amount * DEC_ONE),
    });
  }

  /**
   * Moves delegated tokens from one account to another without unbonding: what the LSM tokenize -> send ->
   * redeem sequence amounts to (liquid staking uses it to hand a delegation over).
   */
  moveDelegation(ctx: Ctx, from: string, to: string, validator: string, amount: bigint): void {
    this.mustValidator(ctx, validator);
    const shares = this.delegation(ctx, from, validator);
    if (shares === 0n) throw StakingErrors.noDelegation.with();
    if (amount > shares) throw SdkErrors.invalidRequest.with("invalid shares amount");
    this.hooks?.beforeDelegationModified(ctx, from, validator);
    this.hooks?.beforeDelegationModified(ctx, to, validator);
    this.setDelegation(ctx, from, validator, shares - amount);
    this.setDelegation(ctx, to, validator, this.delegation(ctx, to, validator) + amount);
    if (shares - amount > 0n) this.hooks?.afterDelegationModified(ctx, from, validator);
    this.hooks?.afterDelegationModified(ctx, to, validator);
    ctx.events.emit("redeem_tokens_for_shares", { delegator: to, validator, amount: `${amount}${BOND_DENOM}` });
  }

  /** Number of unbonding entries a delegator has with a validator (max_entries applies). */
  unbondingEntryCount(ctx: Ctx, delegator: string, validator: string): number {
    return this.unbondings(ctx, delegator, validator).length;
  }

  get maxEntries(): number {
    return this.params.maxEntries;
  }

  setJailed(ctx: Ctx, operator: string, jailed: boolean): void {
    const v = this.mustValidator(ctx, operator);
    v.jailed = jailed;
    ctx.store.set(validatorKey(operator), v);
    ctx.events.emit(jailed ? "jail" : "unjail", { validator: operator });
  }

  /** Starts unbonding `amount` from a delegation; returns the completion time (ms). */
  undelegate(ctx: Ctx, delegator: string, validator: string, amount: bigint): number {
    const v = this.mustValidator(ctx, validator);
    const shares = this.delegation(ctx, delegator, validator);
    if (shares === 0n) throw StakingErrors.noDelegation.with();
    if (amount > shares) throw SdkErrors.invalidRequest.with("invalid shares amount");
    const entries = this.unbondings(ctx, delegator, validator);
    if (entries.length >= this.params.maxEntries) throw StakingErrors.maxEntries.with();
    this.hooks?.beforeDelegationModified(ctx, delegator, validator);
    this.setDelegation(ctx, delegator, validator, shares - amount);
    if (shares - amount > 0n) this.hooks?.afterDelegationModified(ctx, delegator, validator);
    v.tokens = (BigInt(v.tokens) - amount).toString();
    ctx.store.set(validatorKey(validator), v);
    const bonded = this.auth.moduleAddress("bonded_tokens_pool");
    this.bank.send(ctx, bonded, this.auth.moduleAddress("not_bonded_tokens_pool"), [{ denom: BOND_DENOM, amount }]);

    const completionTime = ctx.time + this.params.unbondingTimeSeconds * 1000;
    const nextId = ctx.store.get<number>("staking/next_unbonding_id") ?? 1;
    ctx.store.set("staking/next_unbonding_id", nextId + 1);
    const last = entries[entries.length - 1];
    if (last && last.creationHeight === ctx.height && last.completionTime === completionTime) {
      last.initialBalance = (BigInt(last.initialBalance) + amount).toString();
      last.balance = (BigInt(last.balance) + amount).toString();
    } else {
      entries.push({ creationHeight: ctx.height, completionTime, initialBalance: String(amount), balance: String(amount), unbondingId: nextId });
    }
    ctx.store.set(unbondingKey(delegator, validator), entries);
    ctx.store.set(unbondingByValidatorKey(validator, delegator), "");
    ctx.store.set(queueKey(completionTime, delegator, validator), "");
    ctx.events.emit("unbond", {
      validator,
      delegator,
      amount: `${amount}${BOND_DENOM}`,
      completion_time: rfc3339(completionTime),
    });
    return completionTime;
  }

  /** Pays out every unbonding entry whose time has come. */
  endBlock(ctx: Ctx): void {
    for (const key of ctx.store.keys("staking/unbonding_queue/")) {
      const [time, delegator, validator] = key.slice("staking/unbonding_queue/".length).split("/");
      if (Number(time) > ctx.time) break;
      ctx.store.delete(key);
      const entries = this.unbondings(ctx, delegator, validator);
      const matured = entries.filter((e) => e.completionTime <= ctx.time);
      const remaining = entries.filter((e) => e.completionTime > ctx.time);
      const amount = matured.reduce((sum, e) => sum + BigInt(e.balance), 0n);
      if (remaining.length) ctx.store.set(unbondingKey(delegator, validator), remaining);
      else {
        ctx.store.delete(unbondingKey(delegator, validator));
        ctx.store.delete(unbondingByValidatorKey(validator, delegator));
      }
      if (amount > 0n) {
        this.bank.sendFromModule(ctx, "not_bonded_tokens_pool", delegator, [{ denom: BOND_DENOM, amount }]);
        ctx.events.emit("complete_unbonding", { amount: `${amount}${BOND_DENOM}`, validator, delegator });
      }
    }
  }

  wakeups(ctx: Ctx, from: number, to: number): number[] {
    const times = new Set<number>();
    for (const key of ctx.store.keys("staking/unbonding_queue/")) {
      const t = Number(key.slice("staking/unbonding_queue/".length).split("/")[0]);
      if (t > to) break;
      if (t > from) times.add(t);
    }
    return [...times];
  }

  initGenesis(ctx: Ctx, genesis: Genesis): void {
    for (const g of genesis.validators) {
      const record: ValidatorRecord = {
        operatorAddress: g.operatorAddress,
        consensusPubkey: g.consensusPubkey,
        moniker: g.moniker,
        tokens: "0",
        commissionRate: g.commissionRate,
      };
      ctx.store.set(validatorKey(g.operatorAddress), record);
      const operator = valoperToAccount(g.operatorAddress);
      this.bank.mintTo(ctx, operator, [{ denom: BOND_DENOM, amount: BigInt(g.tokens) }]);
      this.delegate(ctx, operator, g.operatorAddress, BigInt(g.tokens));
    }
  }

  encodeValidator(v: ValidatorRecord): Validator {
    const rate = decFromString(v.commissionRate).toString();
    return Validator.fromPartial({
      operatorAddress: v.operatorAddress,
      consensusPubkey: {
        typeUrl: "/cosmos.crypto.ed25519.PubKey",
        value: Ed25519PubKey.encode({ key: Buffer.from(v.consensusPubkey, "base64") }).finish(),
      },
      jailed: !!v.jailed,
      status: v.jailed ? BondStatus.BOND_STATUS_UNBONDING : BondStatus.BOND_STATUS_BONDED,
      tokens: v.tokens,
      delegatorShares: decString(v.tokens),
      description: { moniker: v.moniker, identity: "", website: "", securityContact: "", details: "Devnet validator" },
      unbondingHeight: 0n,
      unbondingTime: toTimestamp(0),
      commission: {
        commissionRates: { rate, maxRate: decFromString("0.5").toString(), maxChangeRate: decFromString("0.01").toString() },
        updateTime: toTimestamp(0),
      },
      minSelfDelegation: "1",
    });
  }

  private delegationResponse(delegator: string, validator: string, shares: bigint) {
    return {
      delegation: { delegatorAddress: delegator, validatorAddress: validator, shares: decString(shares) },
      balance: { denom: BOND_DENOM, amount: shares.toString() },
    };
  }

  private unbondingResponse(delegator: string, validator: string, entries: UnbondingEntry[]) {
    return {
      delegatorAddress: delegator,
      validatorAddress: validator,
      entries: entries.map((e) => ({
        creationHeight: BigInt(e.creationHeight),
        completionTime: toTimestamp(e.completionTime),
        initialBalance: e.initialBalance,
        balance: e.balance,
        unbondingId: BigInt(e.unbondingId),
        unbondingOnHoldRefCount: 0n,
      })),
    };
  }

  readonly amino = createStakingAminoConverters();

  readonly msgs = [
    msg(
      "/cosmos.staking.v1beta1.MsgDelegate",
      MsgDelegate,
      (m) => [m.delegatorAddress],
      (ctx, m) => {
        checkAddress(m.delegatorAddress, "delegator address");
        checkValoper(m.validatorAddress);
        const coin = parseCoin(m.amount, "delegation amount");
        if (coin.denom !== BOND_DENOM) throw SdkErrors.invalidRequest.with(`invalid coin denomination: got ${coin.denom}, expected ${BOND_DENOM}`);
        this.delegate(ctx, m.delegatorAddress, m.validatorAddress, coin.amount);
        return response("/cosmos.staking.v1beta1.MsgDelegateResponse", MsgDelegateResponse, {});
      },
    ),
    msg(
      "/cosmos.staking.v1beta1.MsgUndelegate",
      MsgUndelegate,
      (m) => [m.delegatorAddress],
      (ctx, m) => {
        checkAddress(m.delegatorAddress, "delegator address");
        checkValoper(m.validatorAddress);
        const coin = parseCoin(m.amount, "shares amount");
        if (coin.denom !== BOND_DENOM) throw SdkErrors.invalidRequest.with(`invalid coin denomination: got ${coin.denom}, expected ${BOND_DENOM}`);
        const completion = this.undelegate(ctx, m.delegatorAddress, m.validatorAddress, coin.amount);
        return response("/cosmos.staking.v1beta1.MsgUndelegateResponse", MsgUndelegateResponse, {
          completionTime: toTimestamp(completion),
          amount: { denom: BOND_DENOM, amount: coin.amount.toString() },
        });
      },
    ),
  ];

  private queryValidator(ctx: Ctx, operator: string): ValidatorRecord {
    queryArg(() => checkValoper(operator));
    const v = this.validator(ctx, operator);
    if (!v) throw grpc.notFound(`validator ${operator} not found`);
    return v;
  }

  readonly queries = [
    query("/cosmos.staking.v1beta1.Query/Validators", QueryValidatorsRequest, QueryValidatorsResponse, (ctx, req) => {
      const wanted = req.status && req.status !== "BOND_STATUS_UNSPECIFIED" ? req.status : undefined;
      const items = this.validators(ctx)
        .filter((v) => !wanted || wanted === bondStatusToJSON(v.jailed ? BondStatus.BOND_STATUS_UNBONDING : BondStatus.BOND_STATUS_BONDED))
        .map((v) => ({ key: v.operatorAddress, value: this.encodeValidator(v) }));
      const { page, pagination } = paginate(items, req.pagination);
      return { validators: page, pagination };
    }),
    query("/cosmos.staking.v1beta1.Query/Validator", QueryValidatorRequest, QueryValidatorResponse, (ctx, req) => ({
      validator: this.encodeValidator(this.queryValidator(ctx, req.validatorAddr)),
    })),
    query("/cosmos.staking.v1beta1.Query/ValidatorDelegations", QueryValidatorDelegationsRequest, QueryValidatorDelegationsResponse, (ctx, req) => {
      this.queryValidator(ctx, req.validatorAddr);
      const items = ctx.store
        .keys(`staking/delegations_by_validator/${req.validatorAddr}/`)
        .map((k) => k.split("/").pop()!)
        .map((d) => ({ key: d, value: this.delegationResponse(d, req.validatorAddr, this.delegation(ctx, d, req.validatorAddr)) }));
      const { page, pagination } = paginate(items, req.pagination);
      return { delegationResponses: page, pagination };
    }),
    query(
      "/cosmos.staking.v1beta1.Query/ValidatorUnbondingDelegations",
      QueryValidatorUnbondingDelegationsRequest,
      QueryValidatorUnbondingDelegationsResponse,
      (ctx, req) => {
        this.queryValidator(ctx, req.validatorAddr);
        const items = ctx.store
          .keys(`staking/unbonding_by_validator/${req.validatorAddr}/`)
          .map((k) => k.split("/").pop()!)
          .map((d) => ({ key: d, value: this.unbondingResponse(d, req.validatorAddr, this.unbondings(ctx, d, req.validatorAddr)) }));
        const { page, pagination } = paginate(items, req.pagination);
        return { unbondingResponses: page, pagination };
      },
    ),
    query("/cosmos.staking.v1beta1.Query/Delegation", QueryDelegationRequest, QueryDelegationResponse, (ctx, req) => {
      queryArg(() => (checkAddress(req.delegatorAddr), checkValoper(req.validatorAddr)));
      const shares = this.delegation(ctx, req.delegatorAddr, req.validatorAddr);
      if (shares === 0n) throw grpc.notFound(`delegation with delegator ${req.delegatorAddr} not found for validator ${req.validatorAddr}`);
      return { delegationResponse: this.delegationResponse(req.delegatorAddr, req.validatorAddr, shares) };
    }),
    query("/cosmos.staking.v1beta1.Query/UnbondingDelegation", QueryUnbondingDelegationRequest, QueryUnbondingDelegationResponse, (ctx, req) => {
      queryArg(() => (checkAddress(req.delegatorAddr), checkValoper(req.validatorAddr)));
      const entries = this.unbondings(ctx, req.delegatorAddr, req.validatorAddr);
      if (!entries.length) throw grpc.notFound(`unbonding delegation with delegator ${req.delegatorAddr} not found for validator ${req.validatorAddr}`);
      return { unbond: this.unbondingResponse(req.delegatorAddr, req.validatorAddr, entries) };
    }),
    query("/cosmos.staking.v1beta1.Query/DelegatorDelegations", QueryDelegatorDelegationsRequest, QueryDelegatorDelegationsResponse, (ctx, req) => {
      queryArg(() => checkAddress(req.delegatorAddr));
      const items = this.delegationsOf(ctx, req.delegatorAddr).map((d) => ({
        key: d.validator,
        value: this.delegationResponse(req.delegatorAddr, d.validator, d.shares),
      }));
      const { page, pagination } = paginate(items, req.pagination);
      return { delegationResponses: page, pagination };
    }),
    query(
      "/cosmos.staking.v1beta1.Query/DelegatorUnbondingDelegations",
      QueryDelegatorUnbondingDelegationsRequest,
      QueryDelegatorUnbondingDelegationsResponse,
      (ctx, req) => {
        queryArg(() => checkAddress(req.delegatorAddr));
        const items = ctx.store
          .list<UnbondingEntry[]>(`staking/unbonding/${req.delegatorAddr}/`)
          .map(({ key, value }) => ({ key, value: this.unbondingResponse(req.delegatorAddr, key, value) }));
        const { page, pagination } = paginate(items, req.pagination);
        return { unbondingResponses: page, pagination };
      },
    ),
    query("/cosmos.staking.v1beta1.Query/Redelegations", QueryRedelegationsRequest, QueryRedelegationsResponse, () => ({
      redelegationResponses: [],
    })),
    query("/cosmos.staking.v1beta1.Query/DelegatorValidators", QueryDelegatorValidatorsRequest, QueryDelegatorValidatorsResponse, (ctx, req) => {
      queryArg(() => checkAddress(req.delegatorAddr));
      const items = this.delegationsOf(ctx, req.delegatorAddr).map((d) => ({
        key: d.validator,
        value: this.encodeValidator(this.validator(ctx, d.validator)!),
      }));
      const { page, pagination } = paginate(items, req.pagination);
      return { validators: page, pagination };
    }),
    query("/cosmos.staking.v1beta1.Query/DelegatorValidator", QueryDelegatorValidatorRequest, QueryDelegatorValidatorResponse, (ctx, req) => {
      queryArg(() => checkAddress(req.delegatorAddr));
      if (this.delegation(ctx, req.delegatorAddr, req.validatorAddr) === 0n) throw grpc.notFound("delegation not found");
      return { validator: this.encodeValidator(this.queryValidator(ctx, req.validatorAddr)) };
    }),
    query("/cosmos.staking.v1beta1.Query/HistoricalInfo", QueryHistoricalInfoRequest, QueryHistoricalInfoResponse, (_ctx, req) => {
      throw grpc.notFound(`historical info for height ${req.height} not found`);
    }),
    query("/cosmos.staking.v1beta1.Query/Pool", QueryPoolRequest, QueryPoolResponse, (ctx) => ({
      pool: {
        bondedTokens: this.bank.balance(ctx, this.auth.moduleAddress("bonded_tokens_pool"), BOND_DENOM).toString(),
        notBondedTokens: this.bank.balance(ctx, this.auth.moduleAddress("not_bonded_tokens_pool"), BOND_DENOM).toString(),
      },
    })),
    query("/cosmos.staking.v1beta1.Query/Params", QueryParamsRequest, QueryParamsResponse, () => ({
      params: {
        unbondingTime: { seconds: BigInt(this.params.unbondingTimeSeconds), nanos: 0 },
        maxValidators: this.params.maxValidators,
        maxEntries: this.params.maxEntries,
        historicalEntries: 10000,
        bondDenom: BOND_DENOM,
        minCommissionRate: decFromString("0.05").toString(),
      },
    })),
  ];
}
