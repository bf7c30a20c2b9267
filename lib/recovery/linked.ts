import { sha256 } from "@cosmjs/crypto";
import { toHex } from "@cosmjs/encoding";
import { fetchAllBalances } from "@/lib/bank/balances";
import type { FailoverRpcClient } from "@/lib/chain/endpoints";
import type { Asset, LinkedChain, Network } from "@/lib/chain/networks";
import { isDeprecatedStk } from "@/lib/pstake/denoms";

// stkASSETs that left a network over IBC and sit on a linked chain (Osmosis, the Cosmos Hub...): there each is a
// voucher, "ibc/" + SHA-256 of "transfer/<that chain's channel back>/<stk denom>". Found by reading the account's
// balances on that chain, through that chain's own RPC.

/** The voucher denom of a network's denom on a linked chain, as ibc-go names it. */
export function voucherDenom(chain: LinkedChain, homeDenom: string): string {
  return `ibc/${toHex(sha256(new TextEncoder().encode(`transfer/${chain.channel}/${homeDenom}`))).toUpperCase()}`;
}

export interface LinkedStk {
  chain: LinkedChain;
  /** the account's address on that chain */
  address: string;
  /** the voucher's denom there */
  voucher: string;
  /** the stkASSET it is at home */
  asset: Asset;
  amount: bigint;
}

/** The network's deprecated stkASSETs (every stk denom but stkXPRT's), by their voucher denom on `chain`. */
export function stkVouchers(network: Network, chain: LinkedChain): Map<string, Asset> {
  return new Map(network.assets.filter((a) => isDeprecatedStk(a.denom)).map((a) => [voucherDenom(chain, a.denom), a]));
}

/** The stkASSET vouchers `address` holds on `chain`, largest first. */
export async function readLinkedStk(network: Network, chain: LinkedChain, rpc: FailoverRpcClient, address: string): Promise<LinkedStk[]> {
  const vouchers = stkVouchers(network, chain);
  const balances = await fetchAllBalances(rpc, address);
  return balances
    .flatMap((b) => {
      const asset = vouchers.get(b.denom);
      return asset && b.amount > 0n ? [{ chain, address, voucher: b.denom, asset, amount: b.amount }] : [];
    })
    .sort((a, b) => (a.amount === b.amount ? 0 : a.amount > b.amount ? -1 : 1));
}

/**
 * A linked chain as the app's signing path sees a network (the wallet, the fee estimate, the tx dialog): its own
 * chain id, prefix, fee denom and RPC, and the home network's id (what a transfer home refreshes when it lands).
 */
export function linkedNetwork(home: Network, chain: LinkedChain): Network {
  const feeSymbol = chain.feeDenom.replace(/^u/, "").toUpperCase();
  return {
    id: home.id,
    chainId: chain.chainId,
    name: chain.name,
    bech32Prefix: chain.bech32Prefix,
    coinType: chain.coinType,
    feeDenom: chain.feeDenom,
    gasPrice: chain.gasPrice,
    rpc: chain.rpc,
    rest: [],
    assets: [{ denom: chain.feeDenom, symbol: feeSymbol, name: feeSymbol, decimals: 6, origin: "native" }],
    explorerTxUrl: chain.explorerTxUrl,
    isDevnet: home.isDevnet,
    unbondingDays: home.unbondingDays,
    contracts: {},
    linked: [],
  };
}
