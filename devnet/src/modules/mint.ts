import { Params } from "cosmjs-types/cosmos/mint/v1beta1/mint";
import {
  QueryAnnualProvisionsRequest,
  QueryAnnualProvisionsResponse,
  QueryInflationRequest,
  QueryInflationResponse,
  QueryParamsRequest,
  QueryParamsResponse,
} from "cosmjs-types/cosmos/mint/v1beta1/query";
import { type Ctx, type Module, query } from "../chain/module.js";
import type { Genesis } from "../genesis.js";
import { decFromString } from "../util/dec.js";
import type { BankModule } from "./bank.js";
import { BOND_DENOM } from "./staking.js";

// x/mint, time-based: each block mints supply x inflation x (block time elapsed / year) to the fee collector,
// keeping the fractional remainder so frequent tiny blocks mint exactly as much as rare large ones.

const YEAR_MS = 365n * 24n * 3600n * 1000n;

export class MintModule implements Module {
  readonly name = "mint";
  private readonly inflation: bigint;

  constructor(
    private readonly bank: BankModule,
    params: Genesis["params"],
  ) {
    this.inflation = decFromString(params.inflation);
  }

  beginBlock(ctx: Ctx): void {
    const last = ctx.store.get<number>("mint/last_block_time") ?? ctx.time;
    ctx.store.set("mint/last_block_time", ctx.time);
    const elapsed = BigInt(Math.max(0, ctx.time - last));
    if (elapsed === 0n) return;
    const remainder = BigInt(ctx.store.get<string>("mint/remainder") ?? "0");
    // 10^18-scaled: supply * inflation(dec) * elapsed / year
    const scaled = (this.bank.supplyOf(ctx, BOND_DENOM) * this.inflation * elapsed) / YEAR_MS + remainder;
    const minted = scaled / 10n ** 18n;
    ctx.store.set("mint/remainder", (scaled % 10n ** 18n).toString());
    if (minted === 0n) return;
    this.bank.mint(ctx, "mint", [{ denom: BOND_DENOM, amount: minted }]);
    this.bank.sendFromModule(ctx, "mint", this.bank.feeCollector(), [{ denom: BOND_DENOM, amount: minted }]);
    ctx.events.emit("mint", { inflation: this.inflation.toString(), amount: minted.toString() });
  }

  private annualProvisions(ctx: Ctx): bigint {
    return this.bank.supplyOf(ctx, BOND_DENOM) * this.inflation;
  }

  readonly queries = [
    query("/cosmos.mint.v1beta1.Query/Inflation", QueryInflationRequest, QueryInflationResponse, () => ({
      inflation: new TextEncoder().encode(this.inflation.toString()),
    })),
    query("/cosmos.mint.v1beta1.Query/AnnualProvisions", QueryAnnualProvisionsRequest, QueryAnnualProvisionsResponse, (ctx) => ({
      annualProvisions: new TextEncoder().encode(this.annualProvisions(ctx).toString()),
    })),
    query("/cosmos.mint.v1beta1.Query/Params", QueryParamsRequest, QueryParamsResponse, () => ({
      params: Params.fromPartial({
        mintDenom: BOND_DENOM,
        inflationRateChange: "0",
        inflationMax: this.inflation.toString(),
        inflationMin: this.inflation.toString(),
        goalBonded: "670000000000000000",
        blocksPerYear: 5_256_000n,
      }),
    })),
  ];
}
