// Extracts, from the chain-registry package, the facts the app uses about core-1 and test-core-2 into
// lib/chain/registry.generated.json: the app then ships a few KB instead of every field of every record.
// Run by `npm run gen:registry`; a unit test checks the committed file still matches the installed package.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const load = (path) => {
  const m = require(path);
  return m.default ?? m;
};

function chainFacts(chain) {
  const fee = chain.fees.feeTokens[0];
  return {
    chainId: chain.chainId,
    prettyName: chain.prettyName ?? chain.chainName,
    bech32Prefix: chain.bech32Prefix,
    slip44: chain.slip44 ?? 118,
    feeToken: { denom: fee.denom, low: fee.lowGasPrice ?? 0, average: fee.averageGasPrice ?? 0.025, high: fee.highGasPrice ?? 0.04 },
    rpc: (chain.apis?.rpc ?? []).map((e) => e.address.replace(/\/$/, "")),
    rest: (chain.apis?.rest ?? []).map((e) => e.address.replace(/\/$/, "")),
    explorerTxPage: chain.explorers?.find((e) => e.txPage?.includes("${txHash}"))?.txPage ?? null,
    unbondingSeconds: Number.parseInt(chain.staking?.lockDuration?.time ?? "1814400", 10),
  };
}

function assetFacts(list) {
  return list.assets.map((a) => {
    const display = a.denomUnits.find((u) => u.denom === a.display) ?? a.denomUnits[a.denomUnits.length - 1];
    return {
      base: a.base,
      symbol: a.symbol,
      name: a.name,
      decimals: display.exponent,
      logo: a.logoURIs?.svg ?? a.logoURIs?.png ?? null,
      coingeckoId: a.coingeckoId ?? null,
    };
  });
}

export function generate() {
  return {
    source: `chain-registry@${require("chain-registry/package.json").version}`,
    "core-1": {
      chain: chainFacts(load("chain-registry/mainnet/persistence/chain")),
      assets: assetFacts(load("chain-registry/mainnet/persistence/asset-list")),
    },
    "test-core-2": {
      chain: chainFacts(load("chain-registry/testnet/persistencetestnet2/chain")),
      assets: assetFacts(load("chain-registry/testnet/persistencetestnet2/asset-list")),
    },
  };
}

if (process.argv[1]?.endsWith("gen-registry.mjs")) {
  writeFileSync(new URL("../lib/chain/registry.generated.json", import.meta.url), `${JSON.stringify(generate(), null, 2)}\n`);
  console.log("wrote lib/chain/registry.generated.json");
}
