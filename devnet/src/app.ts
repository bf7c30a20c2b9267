import { Chain } from "./chain/chain.js";
import type { Module } from "./chain/module.js";
import type { ChainLog } from "./chain/persist.js";
import { type Genesis, OSMOSIS_LINK } from "./genesis.js";
import { setBech32Prefix } from "./util/address.js";
import { AuthModule } from "./modules/auth.js";
import { BankModule } from "./modules/bank.js";
import { DistributionModule } from "./modules/distribution.js";
import { EpochsModule } from "./modules/epochs.js";
import { IbcTransferModule } from "./modules/ibc-transfer.js";
import { LiquidStakeModule } from "./modules/liquidstake.js";
import { LiquidStakeIbcModule } from "./modules/liquidstakeibc.js";
import { MintModule } from "./modules/mint.js";
import { NodeServicesModule } from "./modules/services.js";
import { StakingModule } from "./modules/staking.js";
import { WasmModule } from "./modules/wasm.js";
import { deployDexter } from "./contracts/dexter/deploy.js";
import { deployMars } from "./contracts/mars/deploy.js";
import type { OracleContract } from "./contracts/mars/oracle.js";
import { stkRedemptionContract } from "./contracts/stk-redemption.js";
import { parseCoins } from "./util/coins.js";

// The module set of the devnet, in BeginBlock/EndBlock order. A new module is added here and nowhere else.

export interface DevnetApp {
  chain: Chain;
  auth: AuthModule;
  bank: BankModule;
  staking: StakingModule;
  distribution: DistributionModule;
  liquidstake: LiquidStakeModule;
  wasm: WasmModule;
  /** ICS-20 transfers and the packets a relayer carries (devnet/src/relayer.ts) */
  ibcTransfer: IbcTransferModule;
  /** Mars's oracle (devnet_setPrice), absent on the mainnet profile */
  marsOracle: OracleContract | null;
}

export function buildApp(genesis: Genesis, log: ChainLog | null): DevnetApp {
  // a counterparty's addresses are Osmosis's, also when its home is reopened
  if (genesis.profile === "counterparty") setBech32Prefix(OSMOSIS_LINK.counterpartyPrefix);
  const auth = new AuthModule();
  const bank = new BankModule(auth);
  const staking = new StakingModule(auth, bank, genesis.params);
  const distribution = new DistributionModule(auth, bank, staking, genesis.params);
  const mint = new MintModule(bank, genesis.params);
  const services = new NodeServicesModule();
  const modules: Module[] = [];
  const epochs = new EpochsModule((ctx, id, n) => {
    for (const m of modules) m.onEpochEnd?.(ctx, id, n);
  });
  const liquidstake = new LiquidStakeModule(auth, bank, staking, distribution);
  const wasm = new WasmModule(auth, bank);
  auth.registerModuleAccount("transfer", ["minter", "burner"]);
  const ibcTransfer = new IbcTransferModule(bank);
  if (genesis.profile === "counterparty") {
    // Osmosis as core-1's counterparty: accounts, bank and the transfer application (no staking, pSTAKE or contracts)
    modules.push(ibcTransfer, services);
    const chain = new Chain({ genesis, auth, bank, modules, log });
    services.chain = chain;
    return { chain, auth, bank, staking, distribution, liquidstake, wasm, ibcTransfer, marsOracle: null };
  }
  wasm.deploy("stk_redemption", stkRedemptionContract(bank, genesis.redemption.rates, parseCoins(genesis.redemption.funding)), genesis.redemption.address);
  // core-1 removed liquidstakeibc in v12; the mainnet profile runs without it
  const liquidstakeibc = genesis.profile === "mainnet" ? null : new LiquidStakeIbcModule(auth, bank, genesis.liquidstakeibc);
  deployDexter({ wasm, bank, liquidstake, liquidstakeibc, profile: genesis.profile });
  // core-1 has no lending market; the devnet profile runs a Mars-like one
  const mars = liquidstakeibc ? deployMars({ wasm, bank, liquidstake, liquidstakeibc }) : null;
  modules.push(mint, distribution, staking, epochs, liquidstake, ...(liquidstakeibc ? [liquidstakeibc] : []), ibcTransfer, wasm, services);
  const chain = new Chain({ genesis, auth, bank, modules, log });
  services.chain = chain;
  return { chain, auth, bank, staking, distribution, liquidstake, wasm, ibcTransfer, marsOracle: mars?.oracle ?? null };
}
