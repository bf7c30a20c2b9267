import { BaseAccount, ModuleAccount, Params } from "cosmjs-types/cosmos/auth/v1beta1/auth";
import {
  AddressBytesToStringRequest,
  AddressBytesToStringResponse,
  AddressStringToBytesRequest,
  AddressStringToBytesResponse,
  Bech32PrefixRequest,
  Bech32PrefixResponse,
  QueryAccountInfoRequest,
  QueryAccountInfoResponse,
  QueryAccountRequest,
  QueryAccountResponse,
  QueryAccountsRequest,
  QueryAccountsResponse,
  QueryModuleAccountByNameRequest,
  QueryModuleAccountByNameResponse,
  QueryParamsRequest,
  QueryParamsResponse,
} from "cosmjs-types/cosmos/auth/v1beta1/query";
import { PubKey } from "cosmjs-types/cosmos/crypto/secp256k1/keys";
import type { Any } from "cosmjs-types/google/protobuf/any";
import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { grpc, queryArg } from "../chain/grpc.js";
import { type Ctx, type Module, query } from "../chain/module.js";
import { BECH32_PREFIX, checkAddress, moduleAddress } from "../util/address.js";
import { paginate } from "../util/pagination.js";

// x/auth: accounts with number, sequence and the pubkey stored on first use; module accounts by name.

export interface AccountRecord {
  address: string;
  accountNumber: number;
  sequence: number;
  /** base64 compressed secp256k1 key, set by the account's first signed tx */
  pubKey?: string;
  module?: { name: string; permissions: string[] };
}

export const AUTH_PARAMS = {
  maxMemoCharacters: 256n,
  txSigLimit: 7n,
  txSizeCostPerByte: 10n,
  sigVerifyCostEd25519: 590n,
  sigVerifyCostSecp256k1: 1000n,
};

/** Module accounts of the core modules, with the SDK's permissions. */
export const MODULE_ACCOUNTS: Record<string, string[]> = {
  fee_collector: [],
  distribution: [],
  mint: ["minter"],
  bonded_tokens_pool: ["burner", "staking"],
  not_bonded_tokens_pool: ["burner", "staking"],
};

const accountKey = (address: string) => `auth/accounts/${address}`;
const NEXT_NUMBER_KEY = "auth/next_account_number";

export class AuthModule implements Module {
  readonly name = "auth";
  private readonly moduleAccounts = new Map<string, string[]>(Object.entries(MODULE_ACCOUNTS));

  /** Later modules add their module accounts before genesis runs. */
  registerModuleAccount(name: string, permissions: string[] = []): string {
    this.moduleAccounts.set(name, permissions);
    return moduleAddress(name);
  }

  moduleAddress(name: string): string {
    if (!this.moduleAccounts.has(name)) throw new Error(`unknown module account ${name}`);
    return moduleAddress(name);
  }

  isModuleAddress(address: string): boolean {
    return [...this.moduleAccounts.keys()].some((name) => moduleAddress(name) === address);
  }

  getAccount(ctx: Ctx, address: string): AccountRecord | undefined {
    return ctx.store.get<AccountRecord>(accountKey(address));
  }

  setAccount(ctx: Ctx, account: AccountRecord): void {
    ctx.store.set(accountKey(account.address), account);
  }

  /** NewAccountWithAddress + SetAccount: the next account number, sequence 0. */
  createAccount(ctx: Ctx, address: string, module?: AccountRecord["module"]): AccountRecord {
    const accountNumber = ctx.store.get<number>(NEXT_NUMBER_KEY) ?? 0;
    ctx.store.set(NEXT_NUMBER_KEY, accountNumber + 1);
    const account: AccountRecord = { address, accountNumber, sequence: 0, ...(module ? { module } : {}) };
    this.setAccount(ctx, account);
    return account;
  }

  ensureAccount(ctx: Ctx, address: string): AccountRecord {
    return this.getAccount(ctx, address) ?? this.createAccount(ctx, address);
  }

  initGenesis(ctx: Ctx): void {
    for (const [name, permissions] of this.moduleAccounts) {
      this.createAccount(ctx, moduleAddress(name), { name, permissions });
    }
  }

  encodeAccount(account: AccountRecord): Any {
    const base = BaseAccount.fromPartial({
      address: account.address,
      accountNumber: BigInt(account.accountNumber),
      sequence: BigInt(account.sequence),
      pubKey: account.pubKey
        ? { typeUrl: "/cosmos.crypto.secp256k1.PubKey", value: PubKey.encode({ key: Buffer.from(account.pubKey, "base64") }).finish() }
        : undefined,
    });
    if (account.module) {
      const value = ModuleAccount.encode(
        ModuleAccount.fromPartial({ baseAccount: base, name: account.module.name, permissions: account.module.permissions }),
      ).finish();
      return { typeUrl: "/cosmos.auth.v1beta1.ModuleAccount", value };
    }
    return { typeUrl: "/cosmos.auth.v1beta1.BaseAccount", value: BaseAccount.encode(base).finish() };
  }

  private mustFind(ctx: Ctx, address: string): AccountRecord {
    queryArg(() => checkAddress(address));
    const account = this.getAccount(ctx, address);
    if (!account) throw grpc.notFound(`account ${address} not found: key not found`);
    return account;
  }

  readonly queries = [
    query("/cosmos.auth.v1beta1.Query/Account", QueryAccountRequest, QueryAccountResponse, (ctx, req) => ({
      account: this.encodeAccount(this.mustFind(ctx, req.address)),
    })),
    query("/cosmos.auth.v1beta1.Query/AccountInfo", QueryAccountInfoRequest, QueryAccountInfoResponse, (ctx, req) => {
      const account = this.mustFind(ctx, req.address);
      return { info: BaseAccount.decode(this.encodeAccount({ ...account, module: undefined }).value) };
    }),
    query("/cosmos.auth.v1beta1.Query/Accounts", QueryAccountsRequest, QueryAccountsResponse, (ctx, req) => {
      const items = ctx.store.list<AccountRecord>("auth/accounts/").map(({ key, value }) => ({ key, value: this.encodeAccount(value) }));
      const { page, pagination } = paginate(items, req.pagination);
      return { accounts: page, pagination };
    }),
    query("/cosmos.auth.v1beta1.Query/ModuleAccountByName", QueryModuleAccountByNameRequest, QueryModuleAccountByNameResponse, (ctx, req) => {
      if (!this.moduleAccounts.has(req.name)) throw grpc.notFound(`account ${req.name} not found`);
      return { account: this.encodeAccount(this.mustFind(ctx, moduleAddress(req.name))) };
    }),
    query("/cosmos.auth.v1beta1.Query/Params", QueryParamsRequest, QueryParamsResponse, () => ({ params: Params.fromPartial(AUTH_PARAMS) })),
    query("/cosmos.auth.v1beta1.Query/Bech32Prefix", Bech32PrefixRequest, Bech32PrefixResponse, () => ({ bech32Prefix: BECH32_PREFIX })),
    query("/cosmos.auth.v1beta1.Query/AddressBytesToString", AddressBytesToStringRequest, AddressBytesToStringResponse, (_ctx, req) => ({
      addressString: toBech32(BECH32_PREFIX, req.addressBytes),
    })),
    query("/cosmos.auth.v1beta1.Query/AddressStringToBytes", AddressStringToBytesRequest, AddressStringToBytesResponse, (_ctx, req) => ({
      addressBytes: queryArg(() => (checkAddress(req.addressString), fromBech32(req.addressString).data)),
    })),
  ];
}
