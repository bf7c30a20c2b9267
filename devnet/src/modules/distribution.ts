import {
  QueryCommunityPoolRequest,
  QueryCommunityPoolResponse,
  QueryDelegationRewardsRequest,
  QueryDelegationRewardsResponse,
  QueryDelegationTotalRewardsRequest,
  QueryDelegationTotalRewardsResponse,
  QueryDelegatorValidatorsRequest,
  QueryDelegatorValidatorsResponse,
  QueryDelegatorWithdrawAddressRequest,
  QueryDelegatorWithdrawAddressResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  QueryValidatorCommissionRequest,
  QueryValidatorCommissionResponse,
  QueryValidatorOutstandingRewardsRequest,
  QueryValidatorOutstandingRewardsResponse,
  QueryValidatorSlashesRequest,
  QueryValidatorSlashesResponse,
} from "cosmjs-types/cosmos/distribution/v1beta1/query";
import {
  MsgFundCommunityPool,
  MsgFundCommunityPoolResponse,
  MsgSetWithdrawAddress,
  MsgSetWithdrawAddressResponse,
  MsgWithdrawDelegatorReward,
  MsgWithdrawDelegatorRewardResponse,
} from "cosmjs-types/cosmos/distribution/v1beta1/tx";
import { createDistributionAminoConverters } from "@cosmjs/stargate";
import { ErrorKind, SdkErrors } from "../chain/errors.js";
import { grpc, queryArg } from "../chain/grpc.js";
import { type Ctx, type Module, msg, query, response } from "../chain/module.js";
import type { Genesis } from "../genesis.js";
import { checkAddress, checkValoper } from "../util/address.js";
import { type Coin, coinsToString, parseCoins, toWire } from "../util/coins.js";
import { DEC_ONE, decFromString } from "../util/dec.js";
import type { AuthModule } from "./auth.js";
import type { BankModule } from "./bank.js";
import { BOND_DENOM, type StakingHooks, type StakingModule } from "./staking.js";

// x/distribution with F1-style accounting: each block's fees and inflation go to validators by voting power;
// after commission, a validator's share raises its cumulative reward per share, and a delegation's rewards are
// shares x (ratio now - ratio when the delegation last changed). All amounts are 10^18-scaled DecCoins.

const err = (code: number, description: string) => new ErrorKind("distribution", code, description);
const DistrErrors = {
  noDelegationInfo: err(5, "no delegation distribution info"),
  noValidator: err(12, "validator does not exist"),
};

/** denom -> 10^18-scaled amount */
type DecCoins = Record<string, string>;

const ratioKey = (v: string) => `distribution/ratio/${v}`;
const startKey = (d: string, v: string) => `distribution/start/${d}/${v}`;
const outstandingKey = (v: string) => `distribution/outstanding/${v}`;
const commissionKey = (v: string) => `distribution/commission/${v}`;
const COMMUNITY_KEY = "distribution/community_pool";
const withdrawKey = (d: string) => `distribution/withdraw_address/${d}`;

function addDec(into: DecCoins, denom: string, amount: bigint): void {
  const next = BigInt(into[denom] ?? "0") + amount;
  if (next === 0n) delete into[denom];
  else into[denom] = next.toString();
}

function decCoinsList(d: DecCoins) {
  return Object.keys(d)
    .sort()
    .filter((denom) => d[denom] !== "0")
    .map((denom) => ({ denom, amount: d[denom] }));
}

export class DistributionModule implements Module, StakingHooks {
  readonly name = "distribution";
  private readonly communityTax: bigint;

  constructor(
    private readonly auth: AuthModule,
    private readonly bank: BankModule,
    private readonly staking: StakingModule,
    params: Genesis["params"],
  ) {
    this.communityTax = decFromString(params.communityTax);
    staking.hooks = this;
  }

  private dec(ctx: Ctx, key: string): DecCoins {
    return ctx.store.get<DecCoins>(key) ?? {};
  }

  /** AllocateTokens: everything the fee collector holds (fees + inflation) goes out to validators. */
  beginBlock(ctx: Ctx): void {
    const collected = this.bank.allBalances(ctx, this.bank.feeCollector());
    if (!collected.length) return;
    this.bank.sendToModule(ctx, this.bank.feeCollector(), "distribution", collected);
    const validators = this.staking.validators(ctx).filter((v) => BigInt(v.tokens) > 0n && !v.jailed);
    const totalPower = validators.reduce((s, v) => s + BigInt(v.tokens), 0n);
    const community = this.dec(ctx, COMMUNITY_KEY);
    for (const coin of collected) {
      const total = coin.amount * DEC_ONE;
      const toValidators = totalPower === 0n ? 0n : total - (total * this.communityTax) / DEC_ONE;
      let given = 0n;
      for (const v of validators) {
        const tokens = BigInt(v.tokens);
        const share = (toValidators * tokens) / totalPower;
        const commission = (share * decFromString(v.commissionRate)) / DEC_ONE;
        const ratio = this.dec(ctx, ratioKey(v.operatorAddress));
        addDec(ratio, coin.denom, (share - commission) / tokens);
        ctx.store.set(ratioKey(v.operatorAddress), ratio);
        const commissions = this.dec(ctx, commissionKey(v.operatorAddress));
        addDec(commissions, coin.denom, commission);
        ctx.store.set(commissionKey(v.operatorAddress), commissions);
        const outstanding = this.dec(ctx, outstandingKey(v.operatorAddress));
        addDec(outstanding, coin.denom, share);
        ctx.store.set(outstandingKey(v.operatorAddress), outstanding);
        given += share;
      }
      addDec(community, coin.denom, total - given);
    }
    ctx.store.set(COMMUNITY_KEY, community);
  }

  /** Unpaid rewards of a delegation, 10^18-scaled. */
  rewards(ctx: Ctx, delegator: string, validator: string): DecCoins {
    const shares = this.staking.delegation(ctx, delegator, validator);
    const now = this.dec(ctx, ratioKey(validator));
    const start = this.dec(ctx, startKey(delegator, validator));
    const out: DecCoins = {};
    if (shares === 0n) return out;
    for (const denom of Object.keys(now)) addDec(out, denom, shares * (BigInt(now[denom]) - BigInt(start[denom] ?? "0")));
    return out;
  }

  withdrawAddress(ctx: Ctx, delegator: string): string {
    return ctx.store.get<string>(withdrawKey(delegator)) ?? delegator;
  }

  /** Pays the integer part of a delegation's rewards; the fractions go to the community pool, as in the SDK. */
  withdraw(ctx: Ctx, delegator: string, validator: string): Coin[] {
    const rewards = this.rewards(ctx, delegator, validator);
    const paid: Coin[] = [];
    const outstanding = this.dec(ctx, outstandingKey(validator));
    const community = this.dec(ctx, COMMUNITY_KEY);
    for (const denom of Object.keys(rewards).sort()) {
      const scaled = BigInt(rewards[denom]);
      const whole = scaled / DEC_ONE;
      if (whole > 0n) paid.push({ denom, amount: whole });
      addDec(outstanding, denom, -scaled);
      addDec(community, denom, scaled - whole * DEC_ONE);
    }
    ctx.store.set(outstandingKey(validator), outstanding);
    ctx.store.set(COMMUNITY_KEY, community);
    ctx.store.set(startKey(delegator, validator), this.dec(ctx, ratioKey(validator)));
    if (paid.length) this.bank.sendFromModule(ctx, "distribution", this.withdrawAddress(ctx, delegator), paid);
    ctx.events.emit("withdraw_rewards", {
      amount: paid.length ? coinsToString(paid) : `0${BOND_DENOM}`,
      validator,
      delegator,
    });
    return paid;
  }

  beforeDelegationModified(ctx: Ctx, delegator: string, validator: string): void {
    if (this.staking.delegation(ctx, delegator, validator) > 0n) this.withdraw(ctx, delegator, validator);
  }

  afterDelegationModified(ctx: Ctx, delegator: string, validator: string): void {
    ctx.store.set(startKey(delegator, validator), this.dec(ctx, ratioKey(validator)));
  }

  readonly amino = createDistributionAminoConverters();

  readonly msgs = [
    msg(
      "/cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward",
      MsgWithdrawDelegatorReward,
      (m) => [m.delegatorAddress],
      (ctx, m) => {
        checkAddress(m.delegatorAddress, "delegator address");
        checkValoper(m.validatorAddress);
        if (!this.staking.validator(ctx, m.validatorAddress)) throw DistrErrors.noValidator.with();
        if (this.staking.delegation(ctx, m.delegatorAddress, m.validatorAddress) === 0n) throw DistrErrors.noDelegationInfo.with();
        const paid = this.withdraw(ctx, m.delegatorAddress, m.validatorAddress);
        return response("/cosmos.distribution.v1beta1.MsgWithdrawDelegatorRewardResponse", MsgWithdrawDelegatorRewardResponse, {
          amount: toWire(paid),
        });
      },
    ),
    msg(
      "/cosmos.distribution.v1beta1.MsgSetWithdrawAddress",
      MsgSetWithdrawAddress,
      (m) => [m.delegatorAddress],
      (ctx, m) => {
        checkAddress(m.delegatorAddress, "delegator address");
        checkAddress(m.withdrawAddress, "withdraw address");
        if (this.auth.isModuleAddress(m.withdrawAddress)) throw SdkErrors.unauthorized.with(`${m.withdrawAddress} is not allowed to receive funds`);
        ctx.store.set(withdrawKey(m.delegatorAddress), m.withdrawAddress);
        ctx.events.emit("set_withdraw_address", { withdraw_address: m.withdrawAddress });
        return response("/cosmos.distribution.v1beta1.MsgSetWithdrawAddressResponse", MsgSetWithdrawAddressResponse, {});
      },
    ),
    msg(
      "/cosmos.distribution.v1beta1.MsgFundCommunityPool",
      MsgFundCommunityPool,
      (m) => [m.depositor],
      (ctx, m) => {
        checkAddress(m.depositor, "depositor address");
        const coins = parseCoins(m.amount);
        this.bank.sendToModule(ctx, m.depositor, "distribution", coins);
        const community = this.dec(ctx, COMMUNITY_KEY);
        for (const c of coins) addDec(community, c.denom, c.amount * DEC_ONE);
        ctx.store.set(COMMUNITY_KEY, community);
        return response("/cosmos.distribution.v1beta1.MsgFundCommunityPoolResponse", MsgFundCommunityPoolResponse, {});
      },
    ),
  ];

  private checkDelegationArgs(ctx: Ctx, delegator: string, validator: string): void {
    queryArg(() => (checkAddress(delegator), checkValoper(validator)));
    if (!this.staking.validator(ctx, validator)) throw grpc.notFound("validator does not exist");
    if (this.staking.delegation(ctx, delegator, validator) === 0n) throw grpc.notFound("delegation does not exist");
  }

  readonly queries = [
    query("/cosmos.distribution.v1beta1.Query/Params", QueryParamsRequest, QueryParamsResponse, () => ({
      params: { communityTax: this.communityTax.toString(), baseProposerReward: "0", bonusProposerReward: "0", withdrawAddrEnabled: true },
    })),
    query("/cosmos.distribution.v1beta1.Query/DelegationRewards", QueryDelegationRewardsRequest, QueryDelegationRewardsResponse, (ctx, req) => {
      this.checkDelegationArgs(ctx, req.delegatorAddress, req.validatorAddress);
      return { rewards: decCoinsList(this.rewards(ctx, req.delegatorAddress, req.validatorAddress)) };
    }),
    query("/cosmos.distribution.v1beta1.Query/DelegationTotalRewards", QueryDelegationTotalRewardsRequest, QueryDelegationTotalRewardsResponse, (ctx, req) => {
      queryArg(() => checkAddress(req.delegatorAddress));
      const total: DecCoins = {};
      const rewards = this.staking.delegationsOf(ctx, req.delegatorAddress).map((d) => {
        const r = this.rewards(ctx, req.delegatorAddress, d.validator);
        for (const denom of Object.keys(r)) addDec(total, denom, BigInt(r[denom]));
        return { validatorAddress: d.validator, reward: decCoinsList(r) };
      });
      return { rewards, total: decCoinsList(total) };
    }),
    query("/cosmos.distribution.v1beta1.Query/DelegatorValidators", QueryDelegatorValidatorsRequest, QueryDelegatorValidatorsResponse, (ctx, req) => {
      queryArg(() => checkAddress(req.delegatorAddress));
      return { validators: this.staking.delegationsOf(ctx, req.delegatorAddress).map((d) => d.validator) };
    }),
    query(
      "/cosmos.distribution.v1beta1.Query/DelegatorWithdrawAddress",
      QueryDelegatorWithdrawAddressRequest,
      QueryDelegatorWithdrawAddressResponse,
      (ctx, req) => {
        queryArg(() => checkAddress(req.delegatorAddress));
        return { withdrawAddress: this.withdrawAddress(ctx, req.delegatorAddress) };
      },
    ),
    query(
      "/cosmos.distribution.v1beta1.Query/ValidatorOutstandingRewards",
      QueryValidatorOutstandingRewardsRequest,
      QueryValidatorOutstandingRewardsResponse,
      (ctx, req) => {
        queryArg(() => checkValoper(req.validatorAddress));
        if (!this.staking.validator(ctx, req.validatorAddress)) throw grpc.notFound("validator does not exist");
        return { rewards: { rewards: decCoinsList(this.dec(ctx, outstandingKey(req.validatorAddress))) } };
      },
    ),
    query("/cosmos.distribution.v1beta1.Query/ValidatorCommission", QueryValidatorCommissionRequest, QueryValidatorCommissionResponse, (ctx, req) => {
      queryArg(() => checkValoper(req.validatorAddress));
      if (!this.staking.validator(ctx, req.validatorAddress)) throw grpc.notFound("validator does not exist");
      return { commission: { commission: decCoinsList(this.dec(ctx, commissionKey(req.validatorAddress))) } };
    }),
    query("/cosmos.distribution.v1beta1.Query/ValidatorSlashes", QueryValidatorSlashesRequest, QueryValidatorSlashesResponse, () => ({
      slashes: [],
    })),
    query("/cosmos.distribution.v1beta1.Query/CommunityPool", QueryCommunityPoolRequest, QueryCommunityPoolResponse, (ctx) => ({
      pool: decCoinsList(this.dec(ctx, COMMUNITY_KEY)),
    })),
  ];
}
