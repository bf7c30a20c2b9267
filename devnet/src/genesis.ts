import { createHash } from "node:crypto";
import { fromBech32, toBech32 } from "@cosmjs/encoding";
import type { WireCoin } from "./util/coins.js";
import { BECH32_PREFIX, VALOPER_PREFIX, setBech32Prefix } from "./util/address.js";

// The devnet's genesis: core-1's denoms and parameters where they matter to the dApp, a small validator set,
// and a demo account anyone can import. Everything here is public test data.

/**
 * The documented demo mnemonic (BIP39 of sha256("persistence-liquid-staking-hub devnet demo")). Never use it on a
 * real chain. Accounts 0..4 on Keplr's path m/44'/118'/0'/0/N are funded.
 */
export const DEMO_MNEMONIC =
  "open matrix cross number pizza trust jar shiver unusual apple book open visual clock scale price yellow melt light mention drip test gather idle";

/** Addresses of DEMO_MNEMONIC at m/44'/118'/0'/0/0..4 (checked by a test). */
export const DEMO_ADDRESSES = [
  "persistence1dnhqhel2uuvkl6c9dy8vj8farwmgz5yftxzhqz",
  "persistence12tsq05r3aefkvvupv7vyzmf2gcu8msll2vdcav",
  "persistence17yqjxa7xp5us0v3lh550gdt25cmm6y9eqfkp05",
  "persistence1t06w7s09eeynpzd9x3tlfe7g8cvasawgf2vxzu",
  "persistence1pwe0dwq0ctj8uuynrnhv43sx30xwpecgtvyrny",
];

/** IBC denoms exactly as on core-1: "ibc/" + SHA-256 of "transfer/<channel>/<base denom>". */
export const IBC_ASSETS = [
  {
    symbol: "ATOM",
    base: "uatom",
    channel: "channel-24",
    exponent: 6,
    hostChainId: "cosmoshub-4",
    valoperPrefix: "cosmosvaloper",
    unbondingDays: 21,
    unbondingFactor: 4,
    apr: "0.15",
  },
  {
    symbol: "OSMO",
    base: "uosmo",
    channel: "channel-6",
    exponent: 6,
    hostChainId: "osmosis-1",
    valoperPrefix: "osmovaloper",
    unbondingDays: 14,
    unbondingFactor: 4,
    apr: "0.08",
  },
  {
    symbol: "DYDX",
    base: "adydx",
    channel: "channel-131",
    exponent: 18,
    hostChainId: "dydx-mainnet-1",
    valoperPrefix: "dydxvaloper",
    unbondingDays: 30,
    unbondingFactor: 4,
    apr: "0.12",
  },
  {
    symbol: "STARS",
    base: "ustars",
    channel: "channel-197",
    exponent: 6,
    hostChainId: "stargaze-1",
    valoperPrefix: "starsvaloper",
    unbondingDays: 14,
    unbondingFactor: 4,
    apr: "0.18",
  },
  {
    symbol: "HUAHUA",
    base: "uhuahua",
    channel: "channel-203",
    exponent: 6,
    hostChainId: "chihuahua-1",
    valoperPrefix: "chihuahuavaloper",
    unbondingDays: 21,
    unbondingFactor: 4,
    apr: "0.20",
  },
].map((a) => ({ ...a, path: `transfer/${a.channel}`, denom: ibcDenom(`transfer/${a.channel}/${a.base}`) }));

/** Noble's USDC as core-1 knows it (the USD stablecoin of the devnet's DEX pools). */
export const USDC = { symbol: "USDC", base: "uusdc", path: "transfer/channel-132", exponent: 6, denom: ibcDenom("transfer/channel-132/uusdc") };

export function ibcDenom(fullPath: string): string {
  return `ibc/${createHash("sha256").update(fullPath).digest("hex").toUpperCase()}`;
}

export interface GenesisValidator {
  moniker: string;
  operatorAddress: string;
  /** base64 ed25519 consensus key */
  consensusPubkey: string;
  /** self-bonded uxprt */
  tokens: string;
  commissionRate: string;
}

export interface DenomMetadataJson {
  description: string;
  base: string;
  display: string;
  name: string;
  symbol: string;
  denomUnits: { denom: string; exponent: number; aliases: string[] }[];
}

/**
 * "devnet": every module, for development. "mainnet": as core-1 is today (no liquidstakeibc, leftover stk).
 * "counterparty": Osmosis as seen from core-1, for IBC: bank and the transfer application, holding stkASSET
 * vouchers that left core-1 before the v12 upgrade.
 */
export type Profile = "devnet" | "mainnet" | "counterparty";

/**
 * The IBC link the devnet models: core-1's transfer channel to Osmosis and Osmosis's back, as the chain registry
 * lists them (_IBC/osmosis-persistence.json: core-1 channel-6, osmosis-1 channel-4).
 */
export const OSMOSIS_LINK = {
  coreChannel: "channel-6",
  counterpartyChannel: "channel-4",
  counterpartyChainId: "osmosis-1",
  counterpartyPrefix: "osmo",
  counterpartyFeeDenom: "uosmo",
  coreConnection: "connection-5",
  counterpartyConnection: "connection-4",
} as const;

/**
 * stkASSETs that sat on Osmosis at the v12 upgrade (skipped by its redeem): what the counterparty's demo account 0
 * holds as vouchers, and what core-1 holds in channel-6's escrow for them.
 */
export const STK_ON_OSMOSIS = [
  { base: "stk/uatom", amount: "40000000" },
  { base: "stk/uosmo", amount: "15000000" },
] as const;

/** core-1's stkASSET redemption contract (protocol reference, section 3). */
export const MAINNET_REDEMPTION_CONTRACT = "persistence1xp7nxnn3pvzr5dnvy8lh3p7dkfeh4gksrs2hrrnyx7ejm9p905dqljudjd";

export interface Genesis {
  profile: Profile;
  chainId: string;
  /** RFC 3339 */
  genesisTime: string;
  accounts: { address: string; coins: WireCoin[] }[];
  validators: GenesisValidator[];
  denomMetadata: DenomMetadataJson[];
  /** IBC paths of the ibc/ denoms (served by the transfer module's Denom query) */
  denomTraces: { path: string; base: string }[];
  /** this chain's open transfer channels (absent in homes made before IBC transfers existed) */
  ibcChannels?: { channel: string; counterpartyChannel: string; counterpartyChainId: string; connection: string }[];
  params: {
    /** minimum gas prices per accepted fee denom (decimal strings); any other fee denom is rejected */
    minGasPrices: { denom: string; amount: string }[];
    maxTxBytes: number;
    maxGasPerTx: number;
    unbondingTimeSeconds: number;
    maxEntries: number;
    maxValidators: number;
    /** yearly inflation of uxprt that pays staking rewards, decimal */
    inflation: string;
    communityTax: string;
  };
  demo: { mnemonic: string; addresses: string[] };
  liquidstake: LiquidStakeParams;
  /** x/liquidstakeibc host chains, with the devnet's simulation of each host (APR, unbonding time) */
  liquidstakeibc: { hostChains: HostChainGenesis[]; feeAddress: string; upperCValueLimit: string; lowerCValueLimit: string };
  /** the redemption contract: where it sits (wasmd-derived when absent), its fixed rates and its funding */
  redemption: { address?: string; rates: { stkDenom: string; ibcDenom: string; rate: string }[]; funding: WireCoin[] };
}

export interface HostChainGenesis {
  chainId: string;
  hostDenom: string;
  channelId: string;
  connectionId: string;
  decimals: number;
  minimumDeposit: string;
  depositFee: string;
  restakeFee: string;
  unstakeFee: string;
  redemptionFee: string;
  unbondingFactor: number;
  /** host-side simulation: yearly staking rewards and unbonding time */
  apr: string;
  unbondingSeconds: number;
  validators: { operatorAddress: string; weight: string }[];
}

/** x/liquidstake params as the devnet stores them: the proto's field names, Dec fields as decimal strings. */
export interface LiquidStakeParams {
  whitelistedValidators: { validatorAddress: string; targetWeight: string }[];
  unstakeFeeRate: string;
  minLiquidStakeAmount: string;
  autocompoundFeeRate: string;
  feeAccountAddress: string;
  whitelistAdminAddress: string;
  cwLockedPoolAddress: string;
  modulePaused: boolean;
  lsmDisabled: boolean;
}

export function seededBytes(label: string, length: number): Uint8Array {
  return new Uint8Array(createHash("sha256").update(label).digest()).slice(0, length);
}

function metadata(base: string, symbol: string, exponent: number, description: string): DenomMetadataJson {
  return {
    description,
    base,
    display: symbol.toLowerCase(),
    name: symbol,
    symbol,
    denomUnits: [
      { denom: base, exponent: 0, aliases: [] },
      { denom: symbol.toLowerCase(), exponent, aliases: [] },
    ],
  };
}

const XPRT = (n: number) => (BigInt(n) * 1_000_000n).toString();

/**
 * Redemption rates of the devnet's contract. On the mainnet profile they stand for "the rate fixed at
 * deprecation"; the numbers are the devnet's own, not core-1's.
 */
const REDEMPTION_RATES: Record<string, string> = { uatom: "1.2768", uosmo: "1.1513", adydx: "1.0631", ustars: "1.192", uhuahua: "1.2244" };

export function defaultGenesis(opts: { chainId?: string; genesisTime?: string; profile?: Profile } = {}): Genesis {
  const profile = opts.profile ?? "devnet";
  const genesisTime = opts.genesisTime ?? new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
  const ibcFunding = (index: number): WireCoin[] =>
    [...IBC_ASSETS, USDC].map((a) => ({
      denom: a.denom,
      amount: ((index === 0 ? 100_000n : 10_000n) * 10n ** BigInt(a.exponent)).toString(),
    }));
  // As on core-1 after v12: stk tokens that were outside the account at the upgrade, brought back later.
  const leftoverStk: WireCoin[] =
    profile === "mainnet"
      ? [
          { denom: "stk/uatom", amount: "25000000" },
          { denom: "stk/adydx", amount: (35n * 10n ** 17n).toString() },
          { denom: "stk/uosmo", amount: "100000000" },
        ]
      : [];
  if (profile === "counterparty") return counterpartyGenesis(opts);
  const accounts = DEMO_ADDRESSES.map((address, i) => ({
    address,
    coins: [...ibcFunding(i), ...(i === 0 ? leftoverStk : []), { denom: "uxprt", amount: XPRT(i === 0 ? 1_000_000 : 100_000) }].sort((a, b) =>
      a.denom < b.denom ? -1 : 1,
    ),
  }));
  const validators: GenesisValidator[] = ["Aurora", "Borealis", "Cassiopeia", "Draco"].map((name, i) => ({
    moniker: `devnet-${name.toLowerCase()}`,
    operatorAddress: toBech32(VALOPER_PREFIX, seededBytes(`devnet validator ${i}`, 20)),
    consensusPubkey: Buffer.from(seededBytes(`devnet consensus ${i}`, 32)).toString("base64"),
    tokens: XPRT([4_000_000, 3_000_000, 2_000_000, 1_000_000][i]),
    commissionRate: ["0.050000000000000000", "0.100000000000000000", "0.050000000000000000", "0.200000000000000000"][i],
  }));
  // core-1 (the mainnet profile) holds in escrow what left for Osmosis, and has the channel it left by
  const osmosisEscrow = { address: escrowAddressOf(OSMOSIS_LINK.coreChannel), coins: STK_ON_OSMOSIS.map((c) => ({ denom: c.base, amount: c.amount })) };
  return {
    profile,
    chainId: opts.chainId ?? "devnet-1",
    genesisTime,
    accounts: profile === "mainnet" ? [...accounts, osmosisEscrow] : accounts,
    ibcChannels:
      profile === "mainnet"
        ? [
            {
              channel: OSMOSIS_LINK.coreChannel,
              counterpartyChannel: OSMOSIS_LINK.counterpartyChannel,
              counterpartyChainId: OSMOSIS_LINK.counterpartyChainId,
              connection: OSMOSIS_LINK.coreConnection,
            },
          ]
        : [],
    validators,
    denomMetadata: [
      metadata("uxprt", "XPRT", 6, "The native staking token of Persistence"),
      { ...metadata("stk/uxprt", "stkXPRT", 6, "Liquid staked XPRT (pSTAKE)"), display: "stkxprt" },
      ...[...IBC_ASSETS, USDC].map((a) => metadata(a.denom, a.symbol, a.exponent, `${a.symbol} over IBC (${a.path}/${a.base})`)),
    ],
    denomTraces: [...IBC_ASSETS, USDC].map((a) => ({ path: a.path, base: a.base })),
    params: {
      minGasPrices: [
        { denom: "uxprt", amount: "0.025" },
        { denom: IBC_ASSETS[0].denom, amount: "0.0001" },
      ],
      maxTxBytes: 1_048_576,
      maxGasPerTx: 100_000_000,
      unbondingTimeSeconds: 21 * 24 * 3600,
      maxEntries: 7,
      maxValidators: 100,
      inflation: "0.10",
      communityTax: "0.02",
    },
    demo: { mnemonic: DEMO_MNEMONIC, addresses: DEMO_ADDRESSES },
    liquidstakeibc: {
      feeAddress: toBech32(BECH32_PREFIX, seededBytes("devnet liquidstakeibc fee", 20)),
      upperCValueLimit: "1.1",
      lowerCValueLimit: "0.85",
      hostChains: IBC_ASSETS.map((a) => ({
        chainId: a.hostChainId,
        hostDenom: a.base,
        channelId: a.channel,
        connectionId: `connection-${a.channel.slice(8)}`,
        decimals: a.exponent,
        minimumDeposit: (10n ** BigInt(a.exponent - 2)).toString(), // 0.01 of the token
        depositFee: "0.0",
        restakeFee: "0.05",
        unstakeFee: "0.0",
        redemptionFee: "0.005",
        unbondingFactor: a.unbondingFactor,
        apr: a.apr,
        unbondingSeconds: a.unbondingDays * 86_400,
        validators: [0, 1, 2].map((i) => ({
          operatorAddress: toBech32(a.valoperPrefix, seededBytes(`${a.hostChainId} validator ${i}`, 20)),
          weight: ["0.5", "0.3", "0.2"][i],
        })),
      })),
    },
    redemption: {
      address: profile === "mainnet" ? MAINNET_REDEMPTION_CONTRACT : undefined,
      rates: IBC_ASSETS.map((a) => ({ stkDenom: `stk/${a.base}`, ibcDenom: a.denom, rate: REDEMPTION_RATES[a.base] })),
      funding: IBC_ASSETS.map((a) => ({ denom: a.denom, amount: (1_000_000n * 10n ** BigInt(a.exponent)).toString() })).sort((x, y) =>
        x.denom < y.denom ? -1 : 1,
      ),
    },
    liquidstake: {
      // weights add up to 10000, like core-1's whitelist
      whitelistedValidators: validators.map((v, i) => ({ validatorAddress: v.operatorAddress, targetWeight: ["4000", "3000", "2000", "1000"][i] })),
      unstakeFeeRate: "0.001",
      minLiquidStakeAmount: "1000",
      autocompoundFeeRate: "0.05",
      feeAccountAddress: toBech32(BECH32_PREFIX, seededBytes("devnet liquidstake fee account", 20)),
      // Demo account 4 administers the module on the devnet (pause, params), so tests can sign admin Msgs.
      whitelistAdminAddress: DEMO_ADDRESSES[4],
      // Stand-in for core-1's Superfluid LP contract until the devnet runs CosmWasm: an account that holds locks.
      cwLockedPoolAddress: toBech32(BECH32_PREFIX, seededBytes("devnet superfluid lp", 32)),
      modulePaused: false,
      lsmDisabled: false,
    },
  };
}

/** ibc-go's escrow address of a transfer channel: sha256("ics20-1" 0x00 "transfer/<channel>"), first 20 bytes. */
export function escrowAddressOf(channel: string, prefix = BECH32_PREFIX): string {
  const preimage = Buffer.concat([Buffer.from("ics20-1"), Buffer.from([0]), Buffer.from(`transfer/${channel}`)]);
  return toBech32(prefix, new Uint8Array(createHash("sha256").update(preimage).digest()).slice(0, 20));
}

/**
 * Osmosis as core-1's counterparty (the counterparty profile; the process's bech32 prefix becomes "osmo"): the demo
 * mnemonic's accounts with OSMO for fees, account 0 with the stkASSET vouchers that left core-1 by channel-6.
 */
function counterpartyGenesis(opts: { chainId?: string; genesisTime?: string }): Genesis {
  setBech32Prefix(OSMOSIS_LINK.counterpartyPrefix);
  const core = defaultGenesis({ ...opts, profile: "devnet" });
  const { counterpartyChannel } = OSMOSIS_LINK;
  const vouchers = STK_ON_OSMOSIS.map((c) => ({
    path: `transfer/${counterpartyChannel}`,
    base: c.base,
    denom: ibcDenom(`transfer/${counterpartyChannel}/${c.base}`),
    amount: c.amount,
  }));
  const accounts = DEMO_ADDRESSES.map((a, i) => ({
    address: toBech32(OSMOSIS_LINK.counterpartyPrefix, fromBech32(a).data),
    coins: [{ denom: "uosmo", amount: (1_000n * 1_000_000n).toString() }, ...(i === 0 ? vouchers.map((v) => ({ denom: v.denom, amount: v.amount })) : [])].sort(
      (x, y) => (x.denom < y.denom ? -1 : 1),
    ),
  }));
  return {
    ...core,
    profile: "counterparty",
    chainId: opts.chainId ?? OSMOSIS_LINK.counterpartyChainId,
    accounts,
    validators: core.validators.slice(0, 2),
    denomMetadata: [
      metadata("uosmo", "OSMO", 6, "The native token of Osmosis"),
      ...vouchers.map((v) => metadata(v.denom, `stk${v.base.slice(5).toUpperCase()}`, 6, `${v.base} from Persistence over IBC (${v.path})`)),
    ],
    denomTraces: vouchers.map((v) => ({ path: v.path, base: v.base })),
    ibcChannels: [
      {
        channel: counterpartyChannel,
        counterpartyChannel: OSMOSIS_LINK.coreChannel,
        counterpartyChainId: "core-1",
        connection: OSMOSIS_LINK.counterpartyConnection,
      },
    ],
    params: { ...core.params, minGasPrices: [{ denom: "uosmo", amount: "0.0025" }] },
    demo: { mnemonic: DEMO_MNEMONIC, addresses: accounts.map((a) => a.address) },
  };
}

export { BECH32_PREFIX };
