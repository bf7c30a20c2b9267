import { toBech32 } from "@cosmjs/encoding";
import type { Ctx } from "../../chain/module.js";
import { DEMO_ADDRESSES, IBC_ASSETS, USDC, seededBytes } from "../../genesis.js";
import type { BankModule } from "../../modules/bank.js";
import type { LiquidStakeModule } from "../../modules/liquidstake.js";
import type { LiquidStakeIbcModule } from "../../modules/liquidstakeibc.js";
import type { WasmModule } from "../../modules/wasm.js";
import { BECH32_PREFIX } from "../../util/address.js";
import { type OracleContract, oracleContract } from "./oracle.js";
import { type AssetParams, paramsContract } from "./params.js";
import { type MarketInit, redBankContract } from "./red-bank.js";

// A Mars-like lending market on the devnet: Red Bank, params and oracle, with markets for stkXPRT, XPRT,
// stkATOM, ATOM and USDC. A lender account supplies each market at genesis and borrows some of it, through the
// same messages a user sends, so rates and utilization are live from block one. devnet_info lists the contracts
// as mars_red_bank, mars_params and mars_oracle. core-1 has no lending market: the mainnet profile has none.

export const MARS_OWNER = DEMO_ADDRESSES[4];
const LENDER = toBech32(BECH32_PREFIX, seededBytes("devnet mars lender", 20));
const REWARDS_COLLECTOR = toBech32(BECH32_PREFIX, seededBytes("devnet mars rewards collector", 20));
const ATOM = IBC_ASSETS.find((a) => a.symbol === "ATOM")!.denom;
const STK_ATOM = "stk/uatom";
const STK_XPRT = "stk/uxprt";

interface MarketPlan {
  denom: string;
  /** micro-USD per base unit (the oracle's uusd), the devnet's opening price */
  price: string;
  maxLtv: string;
  liqThreshold: string;
  /** whole tokens */
  cap: number;
  reserve: string;
  model: MarketInit["interest_rate_model"];
  /** the lender's supply and borrow at genesis, whole tokens */
  supply: number;
  borrow: number;
}

const model = (optimal: string, slope1: string, slope2: string) => ({ optimal_utilization_rate: optimal, base: "0", slope_1: slope1, slope_2: slope2 });

// Prices follow the genesis Dexter pools (XPRT 0.2 USDC, ATOM 25 XPRT); stk prices start at the underlying's.
const PLANS: MarketPlan[] = [
  {
    denom: STK_XPRT,
    price: "0.2",
    maxLtv: "0.45",
    liqThreshold: "0.55",
    cap: 5_000_000,
    reserve: "0.1",
    model: model("0.6", "0.1", "3"),
    supply: 2_000_000,
    borrow: 200_000,
  },
  {
    denom: "uxprt",
    price: "0.2",
    maxLtv: "0.5",
    liqThreshold: "0.6",
    cap: 20_000_000,
    reserve: "0.1",
    model: model("0.6", "0.15", "3"),
    supply: 5_000_000,
    borrow: 1_500_000,
  },
  {
    denom: STK_ATOM,
    price: "5",
    maxLtv: "0.6",
    liqThreshold: "0.65",
    cap: 500_000,
    reserve: "0.1",
    model: model("0.6", "0.1", "3"),
    supply: 50_000,
    borrow: 5_000,
  },
  {
    denom: ATOM,
    price: "5",
    maxLtv: "0.68",
    liqThreshold: "0.7",
    cap: 1_000_000,
    reserve: "0.1",
    model: model("0.7", "0.15", "3"),
    supply: 100_000,
    borrow: 30_000,
  },
  {
    denom: USDC.denom,
    price: "1",
    maxLtv: "0.8",
    liqThreshold: "0.85",
    cap: 5_000_000,
    reserve: "0.1",
    model: model("0.8", "0.2", "2"),
    supply: 1_000_000,
    borrow: 400_000,
  },
];

const units = (n: number) => BigInt(n) * 1_000_000n;

export interface MarsDeps {
  wasm: WasmModule;
  bank: BankModule;
  liquidstake: LiquidStakeModule;
  liquidstakeibc: LiquidStakeIbcModule;
}

export function deployMars({ wasm, bank, liquidstake, liquidstakeibc }: MarsDeps): { oracle: OracleContract } {
  const params: AssetParams[] = PLANS.map((p) => ({
    denom: p.denom,
    credit_manager: { whitelisted: false, hls: null },
    red_bank: { deposit_enabled: true, borrow_enabled: true },
    max_loan_to_value: p.maxLtv,
    liquidation_threshold: p.liqThreshold,
    liquidation_bonus: { starting_lb: "0.01", slope: "2", min_lb: "0.01", max_lb: "0.05" },
    protocol_liquidation_fee: "0.25",
    deposit_cap: units(p.cap).toString(),
  }));
  const oracle = oracleContract(MARS_OWNER, Object.fromEntries(PLANS.map((p) => [p.denom, p.price])));
  const addresses = () => wasm.addresses;
  wasm.deploy("mars_oracle", oracle);
  wasm.deploy(
    "mars_params",
    paramsContract(wasm, MARS_OWNER, params, () => addresses().mars_red_bank),
  );
  const redBank = wasm.deploy(
    "mars_red_bank",
    redBankContract(
      wasm,
      bank,
      { owner: MARS_OWNER, oracle: () => addresses().mars_oracle, params: () => addresses().mars_params, rewardsCollector: REWARDS_COLLECTOR },
      PLANS.map((p) => ({ denom: p.denom, reserve_factor: p.reserve, interest_rate_model: p.model })),
    ),
  );

  // The lender gets its stk tokens by liquid staking, supplies every market, then borrows.
  wasm.genesisActions.push((ctx: Ctx) => {
    for (const p of PLANS) {
      const amount = units(p.supply);
      if (p.denom === STK_XPRT) {
        bank.mintTo(ctx, LENDER, [{ denom: "uxprt", amount }]);
        liquidstake.liquidStake(ctx, LENDER, { denom: "uxprt", amount });
      } else if (p.denom === STK_ATOM) {
        bank.mintTo(ctx, LENDER, [{ denom: ATOM, amount }]);
        liquidstakeibc.liquidStake(ctx, LENDER, { denom: ATOM, amount });
      } else {
        bank.mintTo(ctx, LENDER, [{ denom: p.denom, amount }]);
      }
      wasm.execute(ctx, LENDER, redBank, { deposit: {} }, [{ denom: p.denom, amount: bank.balance(ctx, LENDER, p.denom) }]);
    }
    for (const p of PLANS) wasm.execute(ctx, LENDER, redBank, { borrow: { denom: p.denom, amount: units(p.borrow).toString() } });
  });
  return { oracle };
}
