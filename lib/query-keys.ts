// Every react-query key the app uses, and what each kind of transaction makes stale. A key starts with its root
// (what part of the chain it reads) and the network, so "refresh the DEX on core-1" is one prefix, and a
// network switch never shows another network's data. Keys are plain arrays: this file needs no React.

type Net = string;
type Address = string | undefined;

export const queryKeys = {
  capabilities: (net: Net) => ["capabilities", net] as const,
  denomTrace: (net: Net, denom: string) => ["denom-trace", net, denom] as const,
  balances: (net: Net, address: Address, servesTraces: boolean | undefined) => ["balances", net, address, servesTraces] as const,
  /** every balances query of an account (a prefix, to refresh them) */
  accountBalances: (net: Net, address: Address) => ["balances", net, address] as const,
  fee: (net: Net, address: Address, plan: string | null) => ["fee", net, address, plan] as const,
  chain: {
    time: (net: Net) => ["chain", net, "time"] as const,
    dayEpoch: (net: Net) => ["chain", net, "day-epoch"] as const,
    redemptionContract: (net: Net) => ["chain", net, "redemption-contract"] as const,
    /** what the node runs: chain id, application version, CometBFT version, latest block */
    node: (net: Net) => ["chain", net, "node"] as const,
  },
  liquidstake: {
    params: (net: Net) => ["liquidstake", net, "params"] as const,
    states: (net: Net) => ["liquidstake", net, "states"] as const,
    validators: (net: Net) => ["liquidstake", net, "validators"] as const,
    apy: (net: Net) => ["liquidstake", net, "apy"] as const,
    ibcHosts: (net: Net) => ["liquidstake", net, "ibc-hosts"] as const,
    ibcApys: (net: Net) => ["liquidstake", net, "ibc-apys"] as const,
    ibcCap: (net: Net, chainId: string | undefined) => ["liquidstake", net, "ibc-cap", chainId] as const,
    ibcUnbondings: (net: Net, address: Address) => ["liquidstake", net, "ibc-unbondings", address] as const,
  },
  staking: {
    params: (net: Net) => ["staking", net, "params"] as const,
    validators: (net: Net) => ["staking", net, "validators"] as const,
    delegations: (net: Net, address: Address) => ["staking", net, "delegations", address] as const,
    unbondings: (net: Net, address: Address) => ["staking", net, "unbondings", address] as const,
  },
  dex: {
    contracts: (net: Net) => ["dex", net, "contracts"] as const,
    pools: (net: Net) => ["dex", net, "pools"] as const,
    unbondTerms: (net: Net, lpToken: string) => ["dex", net, "unbond-terms", lpToken] as const,
    swapFees: (net: Net) => ["dex", net, "swap-fees"] as const,
    position: (net: Net, poolId: string | undefined, address: Address) => ["dex", net, "position", poolId, address] as const,
    rewards: (net: Net, poolId: string) => ["dex", net, "rewards", poolId] as const,
    /** the router's simulation of one route (hops as "pool:offer>ask") for one amount */
    routerSim: (net: Net, hops: string | undefined, amountIn: string | undefined) => ["dex", net, "router-sim", hops, amountIn] as const,
  },
  lending: {
    contracts: (net: Net) => ["lending", net, "contracts"] as const,
    markets: (net: Net) => ["lending", net, "markets"] as const,
    account: (net: Net, address: Address) => ["lending", net, "account", address] as const,
  },
  portfolio: {
    rates: (net: Net, sources: object | undefined) => ["portfolio", net, "rates", sources] as const,
    history: (net: Net, address: Address) => ["portfolio", net, "history", address] as const,
    /** rewards are recomputed when any of their inputs was refetched (the update times of those queries) */
    rewards: (net: Net, address: Address, inputsUpdatedAt: number[]) => ["portfolio", net, "rewards", address, ...inputsUpdatedAt] as const,
    timeline: (net: Net, address: Address, range: string, lpPools: string) => ["portfolio", net, "timeline", address, range, lpPools] as const,
  },
  prices: {
    external: (net: Net) => ["prices", net, "external"] as const,
  },
  recovery: {
    /** the wallet's accounts on the network's linked chains (asked once, on the user's request) */
    accounts: (net: Net, address: Address, kind: string) => ["recovery", net, "accounts", address, kind] as const,
    /** every linked chain's voucher reads (a prefix, to refresh them) */
    allLinked: (net: Net) => ["recovery", net, "linked"] as const,
    /** stkASSET vouchers an address holds on a linked chain */
    linked: (net: Net, chainId: string, address: Address) => ["recovery", net, "linked", chainId, address] as const,
    /** where a transfer home's packet is */
    packet: (net: Net, chainId: string, sequence: string) => ["recovery", net, "packet", chainId, sequence] as const,
  },
  evm: {
    pool: (net: Net) => ["evm", net, "pool"] as const,
    /** the pool's operator events over the last week (lib/evm/pool-activity.ts) */
    activity: (net: Net) => ["evm", net, "activity"] as const,
    balances: (net: Net, user: Address) => ["evm", net, "balances", user] as const,
    claims: (net: Net, user: Address) => ["evm", net, "claims", user] as const,
    gas: (net: Net, call: string) => ["evm", net, "gas", call] as const,
  },
};

/** The first element of every key. */
export type QueryRoot =
  | "capabilities"
  | "denom-trace"
  | "balances"
  | "fee"
  | "chain"
  | "liquidstake"
  | "staking"
  | "dex"
  | "lending"
  | "portfolio"
  | "prices"
  | "recovery"
  | "evm";

/** Chain facts no account or transaction changes: kept when the account changes. */
export const ACCOUNT_INDEPENDENT: readonly QueryRoot[] = ["capabilities", "denom-trace"];

export type TxKind = "send" | "stake" | "dex" | "lending" | "recover" | "evm";

/** What each kind of transaction can change, so its success refetches exactly that (on its network). */
export const REFRESHED_BY: Record<TxKind, readonly QueryRoot[]> = {
  send: ["balances", "portfolio"],
  stake: ["balances", "liquidstake", "staking", "chain", "portfolio"],
  dex: ["balances", "dex", "chain", "portfolio"],
  lending: ["balances", "lending", "chain", "portfolio"],
  recover: ["balances", "recovery", "portfolio"],
  evm: ["evm"],
};

/** The key prefixes a transaction of `kind` on network `net` makes stale. */
export const refreshedBy = (kind: TxKind, net: Net): (readonly [QueryRoot, Net])[] => REFRESHED_BY[kind].map((root) => [root, net] as const);
