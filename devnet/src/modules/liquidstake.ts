import { AminoConverter } from "persistenceonejs/pstake/liquidstake/v1beta1/tx.amino";
import { Params, ValidatorStatus } from "persistenceonejs/pstake/liquidstake/v1beta1/liquidstake";
import {
  QueryLiquidValidatorsRequest,
  QueryLiquidValidatorsResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  QueryStatesRequest,
  QueryStatesResponse,
} from "persistenceonejs/pstake/liquidstake/v1beta1/query";
import {
  MsgLiquidStake,
  MsgLiquidStakeResponse,
  MsgLiquidUnstake,
  MsgLiquidUnstakeResponse,
  MsgSetModulePaused,
  MsgSetModulePausedResponse,
  MsgStakeToLP,
  MsgStakeToLPResponse,
  MsgUpdateParams,
  MsgUpdateParamsResponse,
  MsgUpdateWhitelistedValidators,
  MsgUpdateWhitelistedValidatorsResponse,
} from "persistenceonejs/pstake/liquidstake/v1beta1/tx";
import { ErrorKind } from "../chain/errors.js";
import { type Ctx, type Module, msg, query, response } from "../chain/module.js";
import type { Genesis, LiquidStakeParams } from "../genesis.js";
import { checkAddress, checkValoper, moduleAddress } from "../util/address.js";
import { parseCoin } from "../util/coins.js";
import { DEC_ONE, decFromString, decMulTruncate, decQuo, decQuoTruncate, decToString, decTruncateDec } from "../util/dec.js";
import { rfc3339, toTimestamp } from "../util/time.js";
import type { AuthModule } from "./auth.js";
import type { BankModule } from "./bank.js";
import type { DistributionModule } from "./distribution.js";
import { BOND_DENOM, StakingErrors, type StakingModule } from "./staking.js";

// x/liquidstake (package pstake.liquidstake.v1beta1), stkXPRT: written from the protocol reference, not from the
// app's previews. A proxy account delegates staked XPRT to whitelisted validators by weight; stkXPRT is minted
// at supply / NetAmount; unstaking hands the delegation to the user and undelegates it from the user's account.
// Hourly, the proxy's rewards are restaked, less the autocompound fee.

export const LIQUID_BOND_DENOM = "stk/uxprt";
export const TOTAL_WEIGHT = 10_000n;
/** Active whitelisted weight must be at least this share of the total (ActiveLiquidValidatorsWeightQuorum). */
export const ACTIVE_WEIGHT_QUORUM = decFromString("0.33");
export const PROXY_ACCOUNT = moduleAddress("liquidstake-LiquidStakeProxyAcc");

const err = (code: number, description: string) => new ErrorKind("liquidstake", code, description);
export const LiquidStakeErrors = {
  activeValidatorsNotExist: err(2, "active liquid validators not exists"),
  invalidBondDenom: err(4, "invalid bond denom"),
  invalidLiquidBondDenom: err(5, "invalid liquid bond denom"),
  lessThanMinimum: err(7, "staking amount should be over params.min_liquid_stake_amount"),
  invalidSupply: err(8, "invalid liquid bond denom supply"),
  validatorsNotExist: err(10, "liquid validators not exists"),
  insufficientProxyBalance: err(
    11,
    "insufficient liquid tokens or balance of proxy account, need to wait for new liquid validator to be added or unbonding of proxy account to be completed",
  ),
  tooSmallStake: err(12, "liquid stake amount is too small, the result becomes zero"),
  tooSmallUnstake: err(13, "liquid unstaking amount is too small, the result becomes zero"),
  noLpContract: err(14, "CW address of an LP contract is not set"),
  lsmDisabled: err(15, "LSM delegation is disabled"),
  whitelist: err(19, "whitelisted validators list incorrect"),
  quorumNotReached: err(20, "active liquid validators weight quorum not reached"),
  paused: err(21, "module functions have been paused"),
};
const invalidSigner = new ErrorKind("sdk", 24, "tx intended signer does not match the given signer");

export interface NetAmountState {
  stkxprtTotalSupply: bigint;
  proxyAccBalance: bigint;
  totalLiquidTokens: bigint;
  totalDelShares: bigint;
  /** 10^18-scaled */
  totalRemainingRewards: bigint;
  totalUnbondingBalance: bigint;
  /** 10^18-scaled: liquid tokens + unbonding balance */
  netAmount: bigint;
  /** 10^18-scaled: supply / NetAmount, truncated */
  mintRate: bigint;
}

const PARAMS_KEY = "liquidstake/params";

export class LiquidStakeModule implements Module {
  readonly name = "liquidstake";

  constructor(
    private readonly auth: AuthModule,
    private readonly bank: BankModule,
    private readonly staking: StakingModule,
    private readonly distribution: DistributionModule,
  ) {
    auth.registerModuleAccount("liquidstake", ["minter", "burner"]);
    auth.registerModuleAccount("liquidstake-LiquidStakeProxyAcc", []);
  }

  params(ctx: Ctx): LiquidStakeParams {
    return ctx.store.get<LiquidStakeParams>(PARAMS_KEY)!;
  }

  private weightOf(params: LiquidStakeParams, operator: string): bigint {
    return BigInt(params.whitelistedValidators.find((w) => w.validatorAddress === operator)?.targetWeight ?? "0");
  }

  /** Whitelisted, positive weight, and its validator bonded (not jailed). */
  private isActive(ctx: Ctx, params: LiquidStakeParams, operator: string): boolean {
    const v = this.staking.validator(ctx, operator);
    return !!v && !v.jailed && this.weightOf(params, operator) > 0n;
  }

  activeValidators(ctx: Ctx, params: LiquidStakeParams): string[] {
    return params.whitelistedValidators.map((w) => w.validatorAddress).filter((op) => this.isActive(ctx, params, op));
  }

  /** Every validator the proxy delegates to or that is whitelisted (the module's liquid validator set). */
  private liquidValidators(ctx: Ctx, params: LiquidStakeParams): string[] {
    const set = new Set(params.whitelistedValidators.map((w) => w.validatorAddress));
    for (const d of this.staking.delegationsOf(ctx, PROXY_ACCOUNT)) set.add(d.validator);
    return [...set].filter((op) => this.staking.validator(ctx, op));
  }

  netAmountState(ctx: Ctx): NetAmountState {
    const delegations = this.staking.delegationsOf(ctx, PROXY_ACCOUNT);
    const totalLiquidTokens = delegations.reduce((s, d) => s + d.shares, 0n);
    let totalRemainingRewards = 0n;
    for (const d of delegations) {
      const r = BigInt(this.distribution.rewards(ctx, PROXY_ACCOUNT, d.validator)[BOND_DENOM] ?? "0");
      totalRemainingRewards += decTruncateDec(r);
    }
    let totalUnbondingBalance = 0n;
    for (const op of this.liquidValidators(ctx, this.params(ctx))) {
      for (const e of this.staking.unbondings(ctx, PROXY_ACCOUNT, op)) totalUnbondingBalance += BigInt(e.balance);
    }
    const supply = this.bank.supplyOf(ctx, LIQUID_BOND_DENOM);
    const netAmount = (totalLiquidTokens + totalUnbondingBalance) * DEC_ONE;
    return {
      stkxprtTotalSupply: supply,
      proxyAccBalance: this.bank.balance(ctx, PROXY_ACCOUNT, BOND_DENOM),
      totalLiquidTokens,
      totalDelShares: totalLiquidTokens * DEC_ONE,
      totalRemainingRewards,
      totalUnbondingBalance,
      netAmount,
      mintRate: supply === 0n || netAmount === 0n ? 0n : decQuoTruncate(supply * DEC_ONE, netAmount),
    };
  }

  /** The preconditions LiquidStake and LSMDelegate share, in the module's order. */
  private checkStakeable(ctx: Ctx, params: LiquidStakeParams, coin: { denom: string; amount: bigint }): string[] {
    if (coin.amount < BigInt(params.minLiquidStakeAmount)) throw LiquidStakeErrors.lessThanMinimum.with();
    if (coin.denom !== BOND_DENOM) {
      throw LiquidStakeErrors.invalidBondDenom.with(`invalid coin denomination: got ${coin.denom}, expected ${BOND_DENOM}`);
    }
    const active = this.activeValidators(ctx, params);
    if (!active.length) throw LiquidStakeErrors.activeValidatorsNotExist.with();
    const activeWeight = active.reduce((s, op) => s + this.weightOf(params, op), 0n);
    const quorum = decQuo(activeWeight * DEC_ONE, TOTAL_WEIGHT * DEC_ONE);
    if (quorum < ACTIVE_WEIGHT_QUORUM) {
      throw LiquidStakeErrors.quorumNotReached.with(`${decToString(quorum)} < ${decToString(ACTIVE_WEIGHT_QUORUM)}`);
    }
    return active;
  }

  /** minted = TruncateInt(QuoTruncate(MulTruncate(Dec(supply), Dec(a)), TruncateDec(NetAmount))); a when supply is 0 */
  private mintAmount(nas: NetAmountState, amount: bigint): bigint {
    if (nas.stkxprtTotalSupply === 0n) return amount;
    const product = decMulTruncate(nas.stkxprtTotalSupply * DEC_ONE, amount * DEC_ONE);
    const net = decTruncateDec(nas.netAmount);
    if (net === 0n) return 0n;
    return decQuoTruncate(product, net) / DEC_ONE;
  }

  private mintTo(ctx: Ctx, to: string, amount: bigint): void {
    const coins = [{ denom: LIQUID_BOND_DENOM, amount }];
    this.bank.mint(ctx, "liquidstake", coins);
    this.bank.sendFromModule(ctx, "liquidstake", to, coins);
  }

  /** DivideByWeight: by target weight among active validators; the rounding crumb goes to the first. */
  private liquidDelegate(ctx: Ctx, params: LiquidStakeParams, active: string[], amount: bigint): void {
    const totalWeight = active.reduce((s, op) => s + this.weightOf(params, op), 0n);
    const parts = active.map((op) => (amount * this.weightOf(params, op)) / totalWeight);
    parts[0] += amount - parts.reduce((s, p) => s + p, 0n);
    active.forEach((op, i) => {
      if (parts[i] > 0n) this.staking.delegate(ctx, PROXY_ACCOUNT, op, parts[i]);
    });
  }

  liquidStake(ctx: Ctx, staker: string, coin: { denom: string; amount: bigint }): bigint {
    const params = this.params(ctx);
    if (params.modulePaused) throw LiquidStakeErrors.paused.with();
    const active = this.checkStakeable(ctx, params, coin);
    const nas = this.netAmountState(ctx); // before the deposit
    this.bank.send(ctx, staker, PROXY_ACCOUNT, [{ denom: BOND_DENOM, amount: coin.amount }]);
    const minted = this.mintAmount(nas, coin.amount);
    if (minted <= 0n) throw LiquidStakeErrors.tooSmallStake.with();
    this.mintTo(ctx, staker, minted);
    this.liquidDelegate(ctx, params, active, coin.amount);
    return minted;
  }

  liquidUnstake(ctx: Ctx, staker: string, coin: { denom: string; amount: bigint }): { completionTime: number; unbonding: bigint; unbonded: bigint } {
    const params = this.params(ctx);
    if (params.modulePaused) throw LiquidStakeErrors.paused.with();
    if (coin.denom !== LIQUID_BOND_DENOM) {
      throw LiquidStakeErrors.invalidLiquidBondDenom.with(`invalid coin denomination: got ${coin.denom}, expected ${LIQUID_BOND_DENOM}`);
    }
    const nas = this.netAmountState(ctx);
    if (coin.amount > nas.stkxprtTotalSupply || nas.stkxprtTotalSupply === 0n) throw LiquidStakeErrors.invalidSupply.with();
    // gross = TruncateDec(Quo(MulTruncate(Dec(s), NetAmount), Dec(supply))); unbonding = TruncateDec(MulTruncate(gross, 1 - fee))
    const gross = decTruncateDec(decQuo(decMulTruncate(coin.amount * DEC_ONE, nas.netAmount), nas.stkxprtTotalSupply * DEC_ONE));
    const unbonding = decTruncateDec(decMulTruncate(gross, DEC_ONE - decFromString(params.unstakeFeeRate)));
    if (unbonding / DEC_ONE <= 0n) throw LiquidStakeErrors.tooSmallUnstake.with();

    this.bank.sendToModule(ctx, staker, "liquidstake", [coin]);
    this.bank.burn(ctx, "liquidstake", [coin]);

    const validators = this.liquidValidators(ctx, params);
    const tokens = new Map(validators.map((op) => [op, this.staking.delegation(ctx, PROXY_ACCOUNT, op)]));
    const totalLiquidTokens = [...tokens.values()].reduce((s, t) => s + t, 0n);
    if (totalLiquidTokens <= 0n) {
      const owed = unbonding / DEC_ONE;
      if (nas.proxyAccBalance < owed) throw LiquidStakeErrors.insufficientProxyBalance.with();
      this.bank.send(ctx, PROXY_ACCOUNT, staker, [{ denom: BOND_DENOM, amount: owed }]);
      return { completionTime: 0, unbonding: 0n, unbonded: owed };
    }
    // Inactive validators are unbonded first; DivideByCurrentWeight splits by each one's liquid tokens.
    const ordered = [...validators].sort((a, b) => Number(this.isActive(ctx, params, a)) - Number(this.isActive(ctx, params, b)));
    const unit = decQuoTruncate(unbonding, totalLiquidTokens * DEC_ONE);
    let total = 0n;
    let completionTime = 0;
    for (const op of ordered) {
      const part = decTruncateDec(decMulTruncate(unit, tokens.get(op)! * DEC_ONE)) / DEC_ONE;
      if (part <= 0n) continue;
      if (this.staking.unbondingEntryCount(ctx, staker, op) >= this.staking.maxEntries) throw StakingErrors.maxEntries.with();
      this.staking.moveDelegation(ctx, PROXY_ACCOUNT, staker, op, part);
      completionTime = this.staking.undelegate(ctx, staker, op, part);
      total += part;
    }
    if (total <= 0n) throw LiquidStakeErrors.tooSmallUnstake.with();
    return { completionTime, unbonding: total, unbonded: 0n };
  }

  /** LSMDelegate: a delegation handed to the proxy without unbonding; the minted stkXPRT is locked on the LP contract. */
  stakeToLP(ctx: Ctx, delegator: string, validator: string, coin: { denom: string; amount: bigint }): bigint {
    const params = this.params(ctx);
    if (params.modulePaused) throw LiquidStakeErrors.paused.with();
    if (params.lsmDisabled) throw LiquidStakeErrors.lsmDisabled.with();
    this.checkStakeable(ctx, params, coin);
    if (this.weightOf(params, validator) === 0n && !params.whitelistedValidators.some((w) => w.validatorAddress === validator)) {
      throw LiquidStakeErrors.validatorsNotExist.with("delegation from a non allowed validator");
    }
    const nas = this.netAmountState(ctx);
    this.staking.moveDelegation(ctx, delegator, PROXY_ACCOUNT, validator, coin.amount);
    const minted = this.mintAmount(nas, coin.amount);
    if (minted <= 0n) throw LiquidStakeErrors.tooSmallStake.with();
    this.mintTo(ctx, delegator, minted);
    this.lockOnLP(ctx, params, delegator, minted);
    return minted;
  }

  /**
   * core-1 executes {"lock_lst_asset":{...}} on the Superfluid LP contract with the stkXPRT as funds. Until the
   * devnet runs CosmWasm, its "contract" is a plain account that receives the locked funds.
   */
  private lockOnLP(ctx: Ctx, params: LiquidStakeParams, owner: string, amount: bigint): void {
    if (!params.cwLockedPoolAddress) throw LiquidStakeErrors.noLpContract.with();
    this.bank.send(ctx, owner, params.cwLockedPoolAddress, [{ denom: LIQUID_BOND_DENOM, amount }]);
    ctx.events.emit("lock_lst_asset", { owner, contract: params.cwLockedPoolAddress, amount: `${amount}${LIQUID_BOND_DENOM}` });
  }

  /** Hourly: withdraw the proxy's rewards, pay the autocompound fee, restake the rest by weight. */
  onEpochEnd(ctx: Ctx, identifier: string): void {
    if (identifier !== "hour") return;
    const params = this.params(ctx);
    for (const d of this.staking.delegationsOf(ctx, PROXY_ACCOUNT)) this.distribution.withdraw(ctx, PROXY_ACCOUNT, d.validator);
    const active = this.activeValidators(ctx, params);
    const balance = this.bank.balance(ctx, PROXY_ACCOUNT, BOND_DENOM);
    if (!active.length || balance === 0n) return;
    const fee = decMulTruncate(decFromString(params.autocompoundFeeRate), balance * DEC_ONE) / DEC_ONE;
    if (fee > 0n) this.bank.send(ctx, PROXY_ACCOUNT, params.feeAccountAddress, [{ denom: BOND_DENOM, amount: fee }]);
    this.liquidDelegate(ctx, params, active, balance - fee);
    ctx.events.emit("liquidstake_autocompound", { delegator: PROXY_ACCOUNT, amount: `${balance - fee}${BOND_DENOM}`, fee: `${fee}${BOND_DENOM}` });
  }

  initGenesis(ctx: Ctx, genesis: Genesis): void {
    const g = genesis.liquidstake;
    ctx.store.set<LiquidStakeParams>(PARAMS_KEY, { ...g });
    this.auth.ensureAccount(ctx, PROXY_ACCOUNT);
  }

  private checkAuthority(ctx: Ctx, authority: string): LiquidStakeParams {
    const params = this.params(ctx);
    if (authority !== params.whitelistAdminAddress) {
      throw invalidSigner.with(`invalid authority; expected ${params.whitelistAdminAddress}, got ${authority}`);
    }
    return params;
  }

  readonly amino = AminoConverter;

  readonly msgs = [
    msg(
      "/pstake.liquidstake.v1beta1.MsgLiquidStake",
      MsgLiquidStake,
      (m) => [m.delegatorAddress],
      (ctx, m) => {
        checkAddress(m.delegatorAddress, "delegator address");
        const coin = parseCoin(m.amount, "liquid stake amount");
        const minted = this.liquidStake(ctx, m.delegatorAddress, coin);
        ctx.events.emit("liquid_stake", {
          delegator: m.delegatorAddress,
          liquid_amount: `${coin.amount}${coin.denom}`,
          stkxprt_minted_amount: `${minted}${LIQUID_BOND_DENOM}`,
          c_value: decToString(decQuo(minted * DEC_ONE, coin.amount * DEC_ONE)),
        });
        return response("/pstake.liquidstake.v1beta1.MsgLiquidStakeResponse", MsgLiquidStakeResponse, {});
      },
    ),
    msg(
      "/pstake.liquidstake.v1beta1.MsgLiquidUnstake",
      MsgLiquidUnstake,
      (m) => [m.delegatorAddress],
      (ctx, m) => {
        checkAddress(m.delegatorAddress, "delegator address");
        const coin = parseCoin(m.amount, "liquid unstake amount");
        const r = this.liquidUnstake(ctx, m.delegatorAddress, coin);
        ctx.events.emit("liquid_unstake", {
          delegator: m.delegatorAddress,
          unstake_amount: `${coin.amount}${coin.denom}`,
          unbonding_amount: `${r.unbonding}${BOND_DENOM}`,
          unbonded_amount: `${r.unbonded}${BOND_DENOM}`,
          completion_time: r.completionTime ? rfc3339(r.completionTime) : "0001-01-01T00:00:00Z",
        });
        return response("/pstake.liquidstake.v1beta1.MsgLiquidUnstakeResponse", MsgLiquidUnstakeResponse, { completionTime: toTimestamp(r.completionTime) });
      },
    ),
    msg(
      "/pstake.liquidstake.v1beta1.MsgStakeToLP",
      MsgStakeToLP,
      (m) => [m.delegatorAddress],
      (ctx, m) => {
        checkAddress(m.delegatorAddress, "delegator address");
        checkValoper(m.validatorAddress);
        const staked = parseCoin(m.stakedAmount, "staked amount");
        const minted = this.stakeToLP(ctx, m.delegatorAddress, m.validatorAddress, staked);
        ctx.events.emit("stake_to_lp", {
          delegator: m.delegatorAddress,
          staked_amount: `${staked.amount}${staked.denom}`,
          stkxprt_minted_amount: `${minted}${LIQUID_BOND_DENOM}`,
          c_value: decToString(decQuo(minted * DEC_ONE, staked.amount * DEC_ONE)),
        });
        if (m.liquidAmount && m.liquidAmount.amount && BigInt(m.liquidAmount.amount) > 0n) {
          const liquid = parseCoin(m.liquidAmount, "liquid amount");
          const more = this.liquidStake(ctx, m.delegatorAddress, liquid);
          this.lockOnLP(ctx, this.params(ctx), m.delegatorAddress, more);
        }
        return response("/pstake.liquidstake.v1beta1.MsgStakeToLPResponse", MsgStakeToLPResponse, {});
      },
    ),
    msg(
      "/pstake.liquidstake.v1beta1.MsgSetModulePaused",
      MsgSetModulePaused,
      (m) => [m.authority],
      (ctx, m) => {
        const params = this.checkAuthority(ctx, m.authority);
        ctx.store.set<LiquidStakeParams>(PARAMS_KEY, { ...params, modulePaused: m.isPaused });
        ctx.events.emit("set_module_paused", { authority: m.authority, module_paused: String(m.isPaused) });
        return response("/pstake.liquidstake.v1beta1.MsgSetModulePausedResponse", MsgSetModulePausedResponse, {});
      },
    ),
    msg(
      "/pstake.liquidstake.v1beta1.MsgUpdateParams",
      MsgUpdateParams,
      (m) => [m.authority],
      (ctx, m) => {
        const params = this.checkAuthority(ctx, m.authority);
        const p = m.params;
        const dec = (s: string) => decToString(BigInt(s || "0"));
        ctx.store.set<LiquidStakeParams>(PARAMS_KEY, {
          ...params,
          unstakeFeeRate: dec(p.unstakeFeeRate),
          lsmDisabled: p.lsmDisabled,
          minLiquidStakeAmount: p.minLiquidStakeAmount || "0",
          cwLockedPoolAddress: p.cwLockedPoolAddress,
          feeAccountAddress: p.feeAccountAddress,
          autocompoundFeeRate: dec(p.autocompoundFeeRate),
          whitelistAdminAddress: p.whitelistAdminAddress,
        });
        return response("/pstake.liquidstake.v1beta1.MsgUpdateParamsResponse", MsgUpdateParamsResponse, {});
      },
    ),
    msg(
      "/pstake.liquidstake.v1beta1.MsgUpdateWhitelistedValidators",
      MsgUpdateWhitelistedValidators,
      (m) => [m.authority],
      (ctx, m) => {
        const params = this.checkAuthority(ctx, m.authority);
        let total = 0n;
        for (const w of m.whitelistedValidators) {
          total += BigInt(w.targetWeight);
          const v = this.staking.validator(ctx, w.validatorAddress);
          if (!v) throw LiquidStakeErrors.whitelist.with(`validator not found: ${w.validatorAddress}`);
          if (v.jailed)
            throw LiquidStakeErrors.whitelist.with(`validator status ${w.validatorAddress}: expected BOND_STATUS_BONDED; got BOND_STATUS_UNBONDING`);
        }
        if (total !== TOTAL_WEIGHT) throw LiquidStakeErrors.whitelist.with(`weights don't add up; expected ${TOTAL_WEIGHT}, got ${total}`);
        ctx.store.set<LiquidStakeParams>(PARAMS_KEY, { ...params, whitelistedValidators: m.whitelistedValidators.map((w) => ({ ...w })) });
        return response("/pstake.liquidstake.v1beta1.MsgUpdateWhitelistedValidatorsResponse", MsgUpdateWhitelistedValidatorsResponse, {});
      },
    ),
  ];

  readonly queries = [
    query("/pstake.liquidstake.v1beta1.Query/Params", QueryParamsRequest, QueryParamsResponse, (ctx) => {
      const p = this.params(ctx);
      return {
        params: Params.fromPartial({
          ...p,
          liquidBondDenom: LIQUID_BOND_DENOM,
          unstakeFeeRate: decFromString(p.unstakeFeeRate).toString(),
          autocompoundFeeRate: decFromString(p.autocompoundFeeRate).toString(),
        }),
      };
    }),
    query("/pstake.liquidstake.v1beta1.Query/LiquidValidators", QueryLiquidValidatorsRequest, QueryLiquidValidatorsResponse, (ctx) => {
      const params = this.params(ctx);
      return {
        liquidValidators: this.liquidValidators(ctx, params).map((op) => {
          const tokens = this.staking.delegation(ctx, PROXY_ACCOUNT, op);
          return {
            operatorAddress: op,
            weight: this.weightOf(params, op).toString(),
            status: this.isActive(ctx, params, op) ? ValidatorStatus.VALIDATOR_STATUS_ACTIVE : ValidatorStatus.VALIDATOR_STATUS_INACTIVE,
            delShares: (tokens * DEC_ONE).toString(),
            liquidTokens: tokens.toString(),
          };
        }),
      };
    }),
    query("/pstake.liquidstake.v1beta1.Query/States", QueryStatesRequest, QueryStatesResponse, (ctx) => {
      const n = this.netAmountState(ctx);
      return {
        netAmountState: {
          mintRate: n.mintRate.toString(),
          stkxprtTotalSupply: n.stkxprtTotalSupply.toString(),
          netAmount: n.netAmount.toString(),
          totalDelShares: n.totalDelShares.toString(),
          totalLiquidTokens: n.totalLiquidTokens.toString(),
          totalRemainingRewards: n.totalRemainingRewards.toString(),
          totalUnbondingBalance: n.totalUnbondingBalance.toString(),
          proxyAccBalance: n.proxyAccBalance.toString(),
        },
      };
    }),
  ];
}
