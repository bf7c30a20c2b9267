import { Metadata, Params } from "cosmjs-types/cosmos/bank/v1beta1/bank";
import {
  QueryAllBalancesRequest,
  QueryAllBalancesResponse,
  QueryBalanceRequest,
  QueryBalanceResponse,
  QueryDenomMetadataRequest,
  QueryDenomMetadataResponse,
  QueryDenomsMetadataRequest,
  QueryDenomsMetadataResponse,
  QueryParamsRequest,
  QueryParamsResponse,
  QuerySpendableBalanceByDenomRequest,
  QuerySpendableBalanceByDenomResponse,
  QuerySpendableBalancesRequest,
  QuerySpendableBalancesResponse,
  QuerySupplyOfRequest,
  QuerySupplyOfResponse,
  QueryTotalSupplyRequest,
  QueryTotalSupplyResponse,
} from "cosmjs-types/cosmos/bank/v1beta1/query";
import { MsgMultiSend, MsgMultiSendResponse, MsgSend, MsgSendResponse } from "cosmjs-types/cosmos/bank/v1beta1/tx";
import { createBankAminoConverters } from "@cosmjs/stargate";
import { SdkErrors } from "../chain/errors.js";
import { grpc, queryArg } from "../chain/grpc.js";
import { type Ctx, type Module, msg, query, response } from "../chain/module.js";
import type { Genesis } from "../genesis.js";
import { checkAddress } from "../util/address.js";
import { type Coin, addCoins, coinsToString, isValidDenom, parseCoins, toWire } from "../util/coins.js";
import { paginate } from "../util/pagination.js";
import type { AuthModule } from "./auth.js";

// x/bank: balances, supply, denom metadata, sends with the SDK 0.50 events.

const balanceKey = (address: string, denom: string) => `bank/balances/${address}/${denom}`;
const supplyKey = (denom: string) => `bank/supply/${denom}`;
const metadataKey = (denom: string) => `bank/metadata/${denom}`;

export class BankModule implements Module {
  readonly name = "bank";

  constructor(private readonly auth: AuthModule) {}

  balance(ctx: Ctx, address: string, denom: string): bigint {
    return BigInt(ctx.store.get<string>(balanceKey(address, denom)) ?? "0");
  }

  allBalances(ctx: Ctx, address: string): Coin[] {
    return ctx.store.list<string>(`bank/balances/${address}/`).map(({ key, value }) => ({ denom: key, amount: BigInt(value) }));
  }

  supplyOf(ctx: Ctx, denom: string): bigint {
    return BigInt(ctx.store.get<string>(supplyKey(denom)) ?? "0");
  }

  private setBalance(ctx: Ctx, address: string, denom: string, amount: bigint): void {
    if (amount === 0n) ctx.store.delete(balanceKey(address, denom));
    else ctx.store.set(balanceKey(address, denom), amount.toString());
  }

  private setSupply(ctx: Ctx, denom: string, amount: bigint): void {
    if (amount === 0n) ctx.store.delete(supplyKey(denom));
    else ctx.store.set(supplyKey(denom), amount.toString());
  }

  /** subUnlockedCoins: fails with the SDK's message before changing anything. */
  private subtract(ctx: Ctx, address: string, coins: Coin[]): void {
    for (const c of coins) {
      const have = this.balance(ctx, address, c.denom);
      if (have < c.amount) {
        throw SdkErrors.insufficientFunds.with(`spendable balance ${have}${c.denom} is smaller than ${c.amount}${c.denom}`);
      }
    }
    for (const c of coins) this.setBalance(ctx, address, c.denom, this.balance(ctx, address, c.denom) - c.amount);
    if (coins.length) ctx.events.emit("coin_spent", { spender: address, amount: coinsToString(coins) });
  }

  private add(ctx: Ctx, address: string, coins: Coin[]): void {
    for (const c of coins) this.setBalance(ctx, address, c.denom, this.balance(ctx, address, c.denom) + c.amount);
    if (coins.length) ctx.events.emit("coin_received", { receiver: address, amount: coinsToString(coins) });
  }

  /** SendCoins: moves coins, creating the recipient account if it does not exist yet. */
  send(ctx: Ctx, from: string, to: string, coins: Coin[]): void {
    this.subtract(ctx, from, coins);
    this.add(ctx, to, coins);
    this.auth.ensureAccount(ctx, to);
    ctx.events.emit("transfer", { recipient: to, sender: from, amount: coinsToString(coins) });
    ctx.events.emit("message", { sender: from });
  }

  feeCollector(): string {
    return this.auth.moduleAddress("fee_collector");
  }

  sendFromModule(ctx: Ctx, module: string, to: string, coins: Coin[]): void {
    this.send(ctx, this.auth.moduleAddress(module), to, coins);
  }

  sendToModule(ctx: Ctx, from: string, module: string, coins: Coin[]): void {
    this.send(ctx, from, this.auth.moduleAddress(module), coins);
  }

  mint(ctx: Ctx, module: string, coins: Coin[]): void {
    const minter = this.auth.moduleAddress(module);
    for (const c of coins) this.setSupply(ctx, c.denom, this.supplyOf(ctx, c.denom) + c.amount);
    this.add(ctx, minter, coins);
    ctx.events.emit("coinbase", { minter, amount: coinsToString(coins) });
  }

  burn(ctx: Ctx, module: string, coins: Coin[]): void {
    const burner = this.auth.moduleAddress(module);
    this.subtract(ctx, burner, coins);
    for (const c of coins) this.setSupply(ctx, c.denom, this.supplyOf(ctx, c.denom) - c.amount);
    ctx.events.emit("burn", { burner, amount: coinsToString(coins) });
  }

  /** Mints straight to an account: genesis balances and the devnet_fund control method. */
  mintTo(ctx: Ctx, address: string, coins: Coin[]): void {
    this.mint(ctx, "mint", coins);
    this.sendFromModule(ctx, "mint", address, coins);
  }

  private checkRecipient(address: string): void {
    if (this.auth.isModuleAddress(address)) {
      throw SdkErrors.unauthorized.with(`${address} is not allowed to receive funds`);
    }
  }

  initGenesis(ctx: Ctx, genesis: Genesis): void {
    for (const m of genesis.denomMetadata) ctx.store.set(metadataKey(m.base), Metadata.toJSON(Metadata.fromPartial(m)));
    for (const a of genesis.accounts) {
      this.auth.ensureAccount(ctx, a.address);
      this.mintTo(ctx, a.address, parseCoins(a.coins));
    }
  }

  readonly amino = createBankAminoConverters();

  readonly msgs = [
    msg(
      "/cosmos.bank.v1beta1.MsgSend",
      MsgSend,
      (m) => [m.fromAddress],
      (ctx, m) => {
        checkAddress(m.fromAddress, "from address");
        checkAddress(m.toAddress, "to address");
        const coins = parseCoins(m.amount);
        if (!coins.length) throw SdkErrors.invalidCoins.with("send amount cannot be empty");
        this.checkRecipient(m.toAddress);
        this.send(ctx, m.fromAddress, m.toAddress, coins);
        return response("/cosmos.bank.v1beta1.MsgSendResponse", MsgSendResponse, {});
      },
    ),
    msg(
      "/cosmos.bank.v1beta1.MsgMultiSend",
      MsgMultiSend,
      (m) => m.inputs.map((i) => i.address),
      (ctx, m) => {
        if (m.inputs.length !== 1) throw SdkErrors.invalidRequest.with("multiple senders not allowed");
        if (!m.outputs.length) throw SdkErrors.invalidRequest.with("no outputs to send transaction");
        const input = m.inputs[0];
        checkAddress(input.address, "input address");
        const inCoins = parseCoins(input.coins);
        const outputs = m.outputs.map((o) => ({ address: checkAddress(o.address, "output address"), coins: parseCoins(o.coins) }));
        if (coinsToString(addCoins(...outputs.map((o) => o.coins))) !== coinsToString(inCoins)) {
          throw SdkErrors.invalidRequest.with("sum inputs != sum outputs");
        }
        for (const o of outputs) this.checkRecipient(o.address);
        this.subtract(ctx, input.address, inCoins);
        ctx.events.emit("message", { sender: input.address });
        for (const o of outputs) {
          this.add(ctx, o.address, o.coins);
          this.auth.ensureAccount(ctx, o.address);
          ctx.events.emit("transfer", { recipient: o.address, amount: coinsToString(o.coins) });
        }
        return response("/cosmos.bank.v1beta1.MsgMultiSendResponse", MsgMultiSendResponse, {});
      },
    ),
  ];

  private balancesPage(ctx: Ctx, address: string, req: QueryAllBalancesRequest["pagination"]) {
    queryArg(() => checkAddress(address));
    const items = this.allBalances(ctx, address).map((c) => ({ key: c.denom, value: toWire([c])[0] }));
    const { page, pagination } = paginate(items, req);
    return { balances: page, pagination };
  }

  private checkDenom(denom: string): void {
    if (!isValidDenom(denom)) throw grpc.invalidArgument(`invalid denom: ${denom}`);
  }

  readonly queries = [
    query("/cosmos.bank.v1beta1.Query/Balance", QueryBalanceRequest, QueryBalanceResponse, (ctx, req) => {
      queryArg(() => checkAddress(req.address));
      this.checkDenom(req.denom);
      return { balance: { denom: req.denom, amount: this.balance(ctx, req.address, req.denom).toString() } };
    }),
    query("/cosmos.bank.v1beta1.Query/AllBalances", QueryAllBalancesRequest, QueryAllBalancesResponse, (ctx, req) =>
      this.balancesPage(ctx, req.address, req.pagination),
    ),
    query("/cosmos.bank.v1beta1.Query/SpendableBalances", QuerySpendableBalancesRequest, QuerySpendableBalancesResponse, (ctx, req) =>
      this.balancesPage(ctx, req.address, req.pagination),
    ),
    query("/cosmos.bank.v1beta1.Query/SpendableBalanceByDenom", QuerySpendableBalanceByDenomRequest, QuerySpendableBalanceByDenomResponse, (ctx, req) => {
      queryArg(() => checkAddress(req.address));
      this.checkDenom(req.denom);
      return { balance: { denom: req.denom, amount: this.balance(ctx, req.address, req.denom).toString() } };
    }),
    query("/cosmos.bank.v1beta1.Query/TotalSupply", QueryTotalSupplyRequest, QueryTotalSupplyResponse, (ctx, req) => {
      const items = ctx.store.list<string>("bank/supply/").map(({ key, value }) => ({ key, value: { denom: key, amount: value } }));
      const { page, pagination } = paginate(items, req.pagination);
      return { supply: page, pagination };
    }),
    query("/cosmos.bank.v1beta1.Query/SupplyOf", QuerySupplyOfRequest, QuerySupplyOfResponse, (ctx, req) => {
      this.checkDenom(req.denom);
      return { amount: { denom: req.denom, amount: this.supplyOf(ctx, req.denom).toString() } };
    }),
    query("/cosmos.bank.v1beta1.Query/Params", QueryParamsRequest, QueryParamsResponse, () => ({
      params: Params.fromPartial({ defaultSendEnabled: true }),
    })),
    query("/cosmos.bank.v1beta1.Query/DenomMetadata", QueryDenomMetadataRequest, QueryDenomMetadataResponse, (ctx, req) => {
      this.checkDenom(req.denom);
      const raw = ctx.store.get<unknown>(metadataKey(req.denom));
      if (!raw) throw grpc.notFound(`client metadata for denom ${req.denom}`);
      return { metadata: Metadata.fromJSON(raw) };
    }),
    query("/cosmos.bank.v1beta1.Query/DenomsMetadata", QueryDenomsMetadataRequest, QueryDenomsMetadataResponse, (ctx, req) => {
      const items = ctx.store.list<unknown>("bank/metadata/").map(({ key, value }) => ({ key, value: Metadata.fromJSON(value) }));
      const { page, pagination } = paginate(items, req.pagination);
      return { metadatas: page, pagination };
    }),
  ];
}
