import { SigningCosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import { makeCosmoshubPath } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet, Registry } from "@cosmjs/proto-signing";
import { AminoTypes, GasPrice, SigningStargateClient, createDefaultAminoConverters, defaultRegistryTypes } from "@cosmjs/stargate";
import { pstakeAminoConverters, pstakeProtoRegistry } from "persistenceonejs/pstake/client.js";
import { encodeFunctionData } from "viem";
import { DEMO_ADDRESSES, DEMO_MNEMONIC } from "../devnet/src/genesis";
import { stakePoolAbi } from "../lib/evm/abi.generated";
import { LOCAL_CONTRACTS } from "../lib/evm/networks";
import { DEVNET_URL, EVM_URL } from "./env";
import { expect } from "./fixtures";

// Other people on the chains, acting from the test process while the user looks at the page: the liquidstake
// admin, another trader, the stkBNB pool's admin.

const [, BOB] = DEMO_ADDRESSES;

/** A signing client in the test process for demo account `index`, with the pSTAKE types. */
export async function signer(index: number) {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(DEMO_MNEMONIC, { prefix: "persistence", hdPaths: [makeCosmoshubPath(index)] });
  return SigningStargateClient.connectWithSigner(DEVNET_URL, wallet, {
    gasPrice: GasPrice.fromString("0.025uxprt"),
    broadcastPollIntervalMs: 100,
    registry: new Registry([...defaultRegistryTypes, ...pstakeProtoRegistry]),
    aminoTypes: new AminoTypes({ ...createDefaultAminoConverters(), ...pstakeAminoConverters }),
  });
}

/** The devnet's liquidstake admin (demo account 4) signs MsgSetModulePaused. */
export async function setPaused(isPaused: boolean) {
  const client = await signer(4);
  const admin = DEMO_ADDRESSES[4];
  const r = await client.signAndBroadcast(
    admin,
    [{ typeUrl: "/pstake.liquidstake.v1beta1.MsgSetModulePaused", value: { authority: admin, isPaused } }],
    "auto",
  );
  expect(r.code).toBe(0);
}

/** Demo account `index` liquid-stakes a host chain's asset (liquidstakeibc). */
export async function ibcStake(index: number, denom: string, amount: bigint) {
  const client = await signer(index);
  const from = DEMO_ADDRESSES[index];
  const r = await client.signAndBroadcast(
    from,
    [{ typeUrl: "/pstake.liquidstakeibc.v1beta1.MsgLiquidStake", value: { delegatorAddress: from, amount: { denom, amount: amount.toString() } } }],
    "auto",
  );
  expect(r.code).toBe(0);
}

/** Another trader (demo account 1) moving a Dexter pool. */
/** A CosmWasm signing client for demo account `index` on the chain at `url`, and that chain's Dexter vault. */
async function dexterActor(index: number, url = DEVNET_URL) {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(DEMO_MNEMONIC, { prefix: "persistence", hdPaths: [makeCosmoshubPath(index)] });
  const client = await SigningCosmWasmClient.connectWithSigner(url, wallet, {
    gasPrice: GasPrice.fromString("0.025uxprt"),
    broadcastPollIntervalMs: 100,
  });
  const vault = (await (await fetch(url, { method: "POST", body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "devnet_info" }) })).json()).result.contracts
    .dexter_vault as string;
  return { client, vault };
}

/** Dexter's owner (demo account 4) sends the vault an owner's message (defunct_pool, process_refund_batch). */
export async function dexterOwner(msg: object, url = DEVNET_URL) {
  const { client, vault } = await dexterActor(4, url);
  await client.execute(DEMO_ADDRESSES[4], vault, msg, "auto");
}

export async function traderSwap(poolId: string, offer: string, ask: string, amount: string) {
  const { client, vault } = await dexterActor(1);
  const request = {
    pool_id: poolId,
    asset_in: { native_token: { denom: offer } },
    asset_out: { native_token: { denom: ask } },
    swap_type: { give_in: {} },
    amount,
  };
  await client.execute(BOB, vault, { swap: { swap_request: request, recipient: null, min_receive: null, max_spend: null } }, "auto", "", [
    { denom: offer, amount },
  ]);
}

/** anvil's first account deployed the stkBNB pool and holds its admin role (unlocked on the local chain). */
const EVM_ADMIN = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

/** The stkBNB pool's admin pauses it. */
export async function pauseBnbPool() {
  const data = encodeFunctionData({ abi: stakePoolAbi, functionName: "pause" });
  const res = await fetch(EVM_URL, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "eth_sendTransaction", params: [{ from: EVM_ADMIN, to: LOCAL_CONTRACTS.stakePool, data }] }),
  });
  expect((await res.json()).result).toMatch(/^0x[0-9a-f]{64}$/);
}
