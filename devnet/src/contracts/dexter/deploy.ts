import { toBech32 } from "@cosmjs/encoding";
import type { Ctx } from "../../chain/module.js";
import { DEMO_ADDRESSES, IBC_ASSETS, type Profile, USDC, seededBytes } from "../../genesis.js";
import type { BankModule } from "../../modules/bank.js";
import type { LiquidStakeModule } from "../../modules/liquidstake.js";
import type { LiquidStakeIbcModule } from "../../modules/liquidstakeibc.js";
import type { WasmModule } from "../../modules/wasm.js";
import { BECH32_PREFIX } from "../../util/address.js";
import { classicContractAddress } from "../../modules/wasm.js";
import { cw20Contract } from "./cw20.js";
import { ONE, formatDecimal } from "./decimal.js";
import { multistakingContract } from "./multistaking.js";
import { type PoolConfig, poolContract } from "./pool.js";
import { routerContract } from "./router.js";
import { type AssetInfo, native } from "./types.js";
import { vaultContract } from "./vault.js";

// Dexter on the devnet: the vault, router, multistaking, and genesis pools seeded by a liquidity account through
// the same messages a user sends: stkXPRT/XPRT and stkATOM/ATOM (stable, the stk side's scaling factor kept at
// the live rate), XPRT/ATOM and XPRT/USDC (weighted), stkDYDX/DYDX (defunct, as on core-1), and LP reward
// schedules. devnet_info lists them as dexter_vault, dexter_router, dexter_multistaking and dexter_pool_<id>.

/** Dexter's owner on the devnet (pause, defunct): demo account 4, like the liquidstake admin. */
export const DEXTER_OWNER = DEMO_ADDRESSES[4];
const FEE_COLLECTOR = toBech32(BECH32_PREFIX, seededBytes("devnet dexter fee collector", 20));
const LIQUIDITY = toBech32(BECH32_PREFIX, seededBytes("devnet dexter liquidity", 20));
const DAY = 86_400;

const ATOM = IBC_ASSETS.find((a) => a.symbol === "ATOM")!;
const DYDX = IBC_ASSETS.find((a) => a.symbol === "DYDX")!;

interface PoolPlan {
  kind: "weighted" | "stable";
  /** [denom, precision, weight or amp factor hint] sorted by denom when deployed */
  assets: { denom: string; precision: number; weight?: string }[];
  feeBps: number;
  ampX100?: bigint;
  /** initial liquidity, base units by denom */
  seed: Record<string, bigint>;
  defunct?: string;
  rewards?: { denom: string; amount: bigint; days: number };
}

/** core-1's Dexter contracts (wasmd classic addresses of code 3 / 4 / 6, instances 9 / 8 / 10) */
export const DEXTER_MAINNET = {
  vault: "persistence1k8re7jwz6rnnwrktnejdwkwnncte7ek7gt29gvnl3sdrg9mtnqkstujtpg",
  multistaking: "persistence1ery8l6jquynn9a4cz2pff6khg8c68f7urt33l5n9dng2cwzz4c4qs72n0q",
  router: "persistence132xmxm33vwjlur2pszl4hu9r32lqmqagvunnuc5hq4htps7rr3kqsf4dsk",
};
/** code ids: core-1's for the vault, multistaking, router and stable pool; the devnet's own for the rest */
export const CODE = { vault: 3, multistaking: 4, lpToken: 5, router: 6, weightedPool: 7, stablePool: 8 };

const units = (n: number, precision: number) => BigInt(n) * 10n ** BigInt(precision);

export interface DexterDeps {
  wasm: WasmModule;
  bank: BankModule;
  liquidstake: LiquidStakeModule;
  liquidstakeibc: LiquidStakeIbcModule | null;
  profile: Profile;
}

export function deployDexter({ wasm, bank, liquidstake, liquidstakeibc, profile }: DexterDeps): void {
  const stkAtom = `stk/${ATOM.base}`;
  const stkDydx = `stk/${DYDX.base}`;
  const plans: PoolPlan[] = [
    {
      kind: "stable",
      assets: [
        { denom: "stk/uxprt", precision: 6 },
        { denom: "uxprt", precision: 6 },
      ],
      feeBps: 10,
      ampX100: 10_000n,
      seed: { uxprt: units(1_000_000, 6), "stk/uxprt": units(1_000_000, 6) },
      rewards: { denom: "uxprt", amount: units(100_000, 6), days: 365 },
    },
    {
      kind: "stable",
      assets: [
        { denom: ATOM.denom, precision: 6 },
        { denom: stkAtom, precision: 6 },
      ],
      feeBps: 10,
      ampX100: 10_000n,
      seed: { [ATOM.denom]: units(50_000, 6), [stkAtom]: units(50_000, 6) },
      defunct: profile === "mainnet" ? "liquidstakeibc was removed from core-1 (v12): stkATOM is redeemed, not traded" : undefined,
    },
    {
      kind: "weighted",
      assets: [
        { denom: ATOM.denom, precision: 6, weight: "0.5" },
        { denom: "uxprt", precision: 6, weight: "0.5" },
      ],
      feeBps: 30,
      seed: { uxprt: units(2_500_000, 6), [ATOM.denom]: units(100_000, 6) },
      rewards: { denom: "uxprt", amount: units(50_000, 6), days: 180 },
    },
    {
      kind: "weighted",
      assets: [
        { denom: USDC.denom, precision: 6, weight: "0.5" },
        { denom: "uxprt", precision: 6, weight: "0.5" },
      ],
      feeBps: 30,
      seed: { uxprt: units(2_500_000, 6), [USDC.denom]: units(500_000, 6) },
    },
    {
      kind: "stable",
      assets: [
        { denom: DYDX.denom, precision: 18 },
        { denom: stkDydx, precision: 18 },
      ],
      feeBps: 10,
      ampX100: 10_000n,
      seed: { [DYDX.denom]: units(20_000, 18), [stkDydx]: units(20_000, 18) },
      defunct: "liquidstakeibc was removed from core-1 (v12): stkDYDX is redeemed, not traded",
    },
  ];

  // Addresses are wasmd's classic ones in deploy order (the vault must know them before it is deployed); on the
  // mainnet profile the vault, router and multistaking sit at core-1's addresses, where the app's config looks.
  let instance = Object.keys(wasm.addresses).length;
  const next = (codeId: number) => classicContractAddress(codeId, ++instance);
  const mainnet = profile === "mainnet";
  const placed = (codeId: number, onCore1: string) => {
    const derived = next(codeId); // the instance number is used either way
    return mainnet ? onCore1 : derived;
  };
  const vault = placed(CODE.vault, DEXTER_MAINNET.vault);
  const multistaking = placed(CODE.multistaking, DEXTER_MAINNET.multistaking);
  const router = placed(CODE.router, DEXTER_MAINNET.router);
  const pools = plans.map((plan, k) => ({
    plan,
    id: String(k + 1),
    lp: next(CODE.lpToken),
    addr: next(plan.kind === "weighted" ? CODE.weightedPool : CODE.stablePool),
  }));

  const stkFeed = (denom: string, rate: (ctx: Ctx) => bigint | null) => (ctx: Ctx) => {
    const r = rate(ctx);
    return r && r > 0n ? { denom, factor: formatDecimal(r) } : null;
  };
  const feeds: Record<string, (ctx: Ctx) => { denom: string; factor: string } | null> = {
    "stk/uxprt": stkFeed("stk/uxprt", (ctx) => liquidstake.netAmountState(ctx).mintRate || ONE),
    [stkAtom]: stkFeed(stkAtom, (ctx) => {
      const h = liquidstakeibc?.hosts(ctx).find((x) => x.hostDenom === ATOM.base);
      return h ? BigInt(h.cValue) : null;
    }),
  };

  const info = (denom: string): AssetInfo => native(denom);
  const configs: Omit<PoolConfig, "block_time_last">[] = pools.map(({ plan, id, lp }) => ({
    pool_id: id,
    vault,
    lp_token: lp,
    kind: plan.kind,
    fee_info: { total_fee_bps: plan.feeBps, protocol_fee_percent: 30 },
    assets: plan.assets.map((a) => ({ info: info(a.denom), amount: "0" })),
    precisions: plan.assets.map((a) => a.precision),
    weights: plan.kind === "weighted" ? plan.assets.map((a) => a.weight!) : undefined,
    exit_fee: plan.kind === "weighted" ? "0" : undefined,
    amp_x100: plan.ampX100?.toString(),
    scaling_factors: plan.kind === "stable" ? plan.assets.map(() => "1") : undefined,
  }));

  const deployed = wasm.deploy(
    "dexter_vault",
    vaultContract(
      wasm,
      bank,
      {
        owner: DEXTER_OWNER,
        fee_collector: FEE_COLLECTOR,
        multistaking,
        reward_schedule_validation_assets: [info("uxprt"), info(ATOM.denom), info(USDC.denom)],
      },
      configs.map((c) => ({
        pool_id: c.pool_id,
        pool_addr: pools[Number(c.pool_id) - 1].addr,
        lp_token_addr: c.lp_token,
        fee_info: c.fee_info,
        assets: c.assets,
        pool_type: c.kind === "weighted" ? { weighted: {} } : { stable_swap: {} },
      })),
    ),
    mainnet ? vault : undefined,
  );
  if (deployed !== vault) throw new Error("dexter: unexpected vault address");
  // Dexter's standard terms: a 7-day lock, instant unbonding from 2% (a day or less left) to 5%. The stkXPRT/XPRT LP
  // has its own config on core-1 (proposal 95, fixed by the 3.1.1 migration); here it turns instant unbonding off,
  // so the app meets both a per-LP override and a disabled instant unbond.
  const standard = { unlock_period: 7 * DAY, instant_unbond_config: { enabled: { min_fee: 200, max_fee: 500, fee_tier_interval: DAY } } };
  const staking = multistakingContract(wasm, bank, {
    owner: DEXTER_OWNER,
    keeper: FEE_COLLECTOR,
    unbond_config: standard,
    allowed_lp_tokens: pools.map((p) => p.lp),
    lp_overrides: { [pools[0].lp]: { unlock_period: 7 * DAY, instant_unbond_config: "disabled" } },
  });
  wasm.deploy("dexter_multistaking", staking, mainnet ? multistaking : undefined);
  wasm.deploy("dexter_router", routerContract(wasm, bank, vault), mainnet ? router : undefined);
  pools.forEach(({ plan, id, lp, addr }, k) => {
    // as the vault instantiates them: helper::get_lp_token_name / get_lp_token_symbol, 18 decimals, label "Dexter LP token"
    wasm.deploy(`dexter_lp_${id}`, cw20Contract(wasm, { name: `${id}-Dex-LP`, symbol: "DEX-LP", decimals: 18, minter: vault, label: "Dexter LP token" }));
    const feed = plan.assets.map((a) => feeds[a.denom]).find(Boolean);
    wasm.deploy(`dexter_pool_${id}`, poolContract(wasm, configs[k], { scalingFactorFeed: feed }));
    if (wasm.addresses[`dexter_pool_${id}`] !== addr || wasm.addresses[`dexter_lp_${id}`] !== lp) throw new Error("dexter: unexpected pool address");
  });

  // Genesis liquidity: the liquidity account gets its stk tokens by liquid staking, then joins like a user would.
  wasm.genesisActions.push((ctx) => {
    for (const { plan, id, addr } of pools) {
      wasm.contract(addr).beginBlock?.(ctx, addr); // a stable pool's scaling factor at the rate of now, before the first join
      const coins = Object.entries(plan.seed).map(([denom, amount]) => ({ denom, amount }));
      for (const c of coins) {
        if (c.denom === "stk/uxprt") {
          bank.mintTo(ctx, LIQUIDITY, [{ denom: "uxprt", amount: c.amount }]);
          liquidstake.liquidStake(ctx, LIQUIDITY, { denom: "uxprt", amount: c.amount });
        } else if (c.denom === stkAtom && liquidstakeibc) {
          bank.mintTo(ctx, LIQUIDITY, [{ denom: ATOM.denom, amount: c.amount }]);
          liquidstakeibc.liquidStake(ctx, LIQUIDITY, { denom: ATOM.denom, amount: c.amount });
        } else {
          bank.mintTo(ctx, LIQUIDITY, [c]);
        }
      }
      const assets = plan.assets.map((a) => ({ info: info(a.denom), amount: bank.balance(ctx, LIQUIDITY, a.denom).toString() }));
      const funds = assets.map((a) => ({ denom: (a.info as { native_token: { denom: string } }).native_token.denom, amount: BigInt(a.amount) }));
      wasm.execute(ctx, LIQUIDITY, vault, { join_pool: { pool_id: id, recipient: null, assets, min_lp_to_receive: null, auto_stake: false } }, funds);
      if (plan.rewards) {
        const lp = pools[Number(id) - 1].lp;
        // as on chain: the owner creates the schedule with its funds; it must start after the current block
        const start = Math.floor(ctx.time / 1000) + 1;
        const funds = [{ denom: plan.rewards.denom, amount: plan.rewards.amount }];
        bank.mintTo(ctx, DEXTER_OWNER, funds);
        wasm.execute(
          ctx,
          DEXTER_OWNER,
          multistaking,
          {
            create_reward_schedule: {
              lp_token: lp,
              title: `Pool ${id} LP rewards`,
              actual_creator: null,
              start_block_time: start,
              end_block_time: start + plan.rewards.days * DAY,
            },
          },
          funds,
        );
      }
      // on the mainnet profile the demo account provided liquidity to stkATOM/ATOM before it closed, as core-1's
      // users did: its LP sits bonded in multistaking, and its refund is the vault's to pay
      if (plan.defunct && mainnet && plan.assets.some((a) => a.denom === stkAtom)) {
        const demo = DEMO_ADDRESSES[0];
        const mine = plan.assets.map((a) => ({ info: info(a.denom), amount: units(40, a.precision).toString() }));
        const coins = mine.map((a) => ({ denom: (a.info as { native_token: { denom: string } }).native_token.denom, amount: BigInt(a.amount) }));
        bank.mintTo(ctx, demo, coins);
        wasm.execute(ctx, demo, vault, { join_pool: { pool_id: id, recipient: null, assets: mine, min_lp_to_receive: null, auto_stake: true } }, coins);
      }
      if (plan.defunct) wasm.execute(ctx, DEXTER_OWNER, vault, { defunct_pool: { pool_id: id } });
    }
  });
}
