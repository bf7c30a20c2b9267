import type { ChainInfo } from "@keplr-wallet/types";
import type { Network } from "@/lib/chain/networks";

/** The Keplr/Leap chain description for experimentalSuggestChain, built from the network config. */
export function chainInfoFor(network: Network): ChainInfo {
  const currency = (denom: string) => {
    const a = network.assets.find((x) => x.denom === denom);
    return { coinDenom: a?.symbol ?? denom, coinMinimalDenom: denom, coinDecimals: a?.decimals ?? 6, coinImageUrl: a?.logo };
  };
  const p = network.bech32Prefix;
  return {
    chainId: network.chainId,
    chainName: network.name,
    rpc: network.rpc[0],
    // The devnet has no REST server; wallets use it only for their own balance views.
    rest: network.rest[0] ?? network.rpc[0],
    bip44: { coinType: network.coinType },
    bech32Config: {
      bech32PrefixAccAddr: p,
      bech32PrefixAccPub: `${p}pub`,
      bech32PrefixValAddr: `${p}valoper`,
      bech32PrefixValPub: `${p}valoperpub`,
      bech32PrefixConsAddr: `${p}valcons`,
      bech32PrefixConsPub: `${p}valconspub`,
    },
    currencies: network.assets.filter((a) => !a.denom.startsWith("ibc/")).map((a) => currency(a.denom)),
    feeCurrencies: [
      {
        ...currency(network.feeDenom),
        gasPriceStep: { low: Number(network.gasPrice.low), average: Number(network.gasPrice.average), high: Number(network.gasPrice.high) },
      },
    ],
    stakeCurrency: currency(network.feeDenom),
    features: [],
    isTestnet: network.id !== "core-1",
  };
}
