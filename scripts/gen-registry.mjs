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

/**
 * Chains linked to core-1 by a transfer channel where stkASSETs went before v12 (DEXes and markets that listed them),
 * with both channel ends from the registry's IBC data: the recovery page looks for vouchers there.
 */
const LINKED_TO_CORE1 = ["osmosis", "cosmoshub", "neutron"];

function linkedFacts(name) {
  const ibc = load("chain-registry/mainnet/persistence/ibc-data");
  const link = ibc.find((l) => [l.chain1.chainName, l.chain2.chainName].includes(name) && [l.chain1.chainName, l.chain2.chainName].includes("persistence"));
  const channel = link.channels.find((c) => c.chain1.portId === "transfer" && c.chain2.portId === "transfer");
  const home = link.chain1.chainName === "persistence" ? "chain1" : "chain2";
  const there = home === "chain1" ? "chain2" : "chain1";
  const chain = chainFacts(load(`chain-registry/mainnet/${name}/chain`));
  return { chain: { ...chain, rpc: chain.rpc.slice(0, 3), rest: [] }, channel: channel[there].channelId, homeChannel: channel[home].channelId };
}

export function generate() {
  return {
    source: `chain-registry@${require("chain-registry/package.json").version}`,
    "core-1": {
      chain: chainFacts(load("chain-registry/mainnet/persistence/chain")),
      assets: assetFacts(load("chain-registry/mainnet/persistence/asset-list")),
      linked: LINKED_TO_CORE1.map(linkedFacts),
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
