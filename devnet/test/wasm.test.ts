import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CosmWasmClient, SigningCosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import { DEMO_ADDRESSES, IBC_ASSETS, MAINNET_REDEMPTION_CONTRACT } from "../src/genesis.js";
import { classicContractAddress } from "../src/modules/wasm.js";
import { GAS_PRICE, type TestDevnet, directWallet, startTestDevnet } from "./helpers.js";

// The CosmWasm layer and the stk redemption contract, through cosmjs's CosmWasm clients; and the mainnet
// profile: no liquidstakeibc, leftover stk balances, the contract at core-1's address.

const [alice] = DEMO_ADDRESSES;
const ATOM = IBC_ASSETS.find((a) => a.symbol === "ATOM")!.denom;
const DYDX = IBC_ASSETS.find((a) => a.symbol === "DYDX")!.denom;

async function signer(url: string) {
  return SigningCosmWasmClient.connectWithSigner(url, await directWallet(0), { gasPrice: GAS_PRICE, broadcastPollIntervalMs: 50 });
}

describe("CosmWasm layer (devnet profile)", () => {
  let devnet: TestDevnet;
  beforeAll(async () => {
    devnet = await startTestDevnet();
  });
  afterAll(() => devnet.stop());

  it("lists the redemption contract at wasmd's classic address for code 1, instance 1", async () => {
    const { contracts } = (await devnet.rpc("devnet_info")).result;
    expect(contracts.stk_redemption).toBe(classicContractAddress(1, 1));
    expect(contracts.stk_redemption).toHaveLength(MAINNET_REDEMPTION_CONTRACT.length); // 32-byte contract addresses
    const client = await CosmWasmClient.connect(devnet.url);
    expect((await client.getContract(contracts.stk_redemption)).label).toBe("pstake stkAsset redemption");
    const config = await client.queryContractSmart(contracts.stk_redemption, { config: {} });
    expect(config.rates.map((r: { stkDenom: string }) => r.stkDenom)).toContain("stk/uatom");
  });

  it("answers wasmd's errors: no such contract, invalid JSON, a failing execute", async () => {
    const client = await signer(devnet.url);
    const { contracts } = (await devnet.rpc("devnet_info")).result;
    const fee = { amount: [{ denom: "uxprt", amount: "20000" }], gas: "500000" };
    await expect(client.execute(alice, classicContractAddress(9, 9), { redeem: {} }, fee)).rejects.toThrow(/no such contract/);
    await expect(client.execute(alice, contracts.stk_redemption, { redeem: {} }, fee)).rejects.toThrow(/no funds sent.*execute wasm contract failed/);
    await expect(client.queryContractSmart(contracts.stk_redemption, { nope: {} })).rejects.toThrow(/unknown query/);
  });
});

describe("mainnet profile", () => {
  let devnet: TestDevnet;
  beforeAll(async () => {
    devnet = await startTestDevnet({ profile: "mainnet", chainId: "core-1" });
  });
  afterAll(() => devnet.stop());

  it("runs without liquidstakeibc, like core-1 since v12", async () => {
    const r = (await devnet.rpc("abci_query", { path: "/pstake.liquidstakeibc.v1beta1.Query/HostChains", data: "" })).result.response;
    expect(r).toMatchObject({ code: 6, log: "unknown query path: unknown request" });
    expect((await devnet.rpc("devnet_info")).result).toMatchObject({
      chain_id: "core-1",
      profile: "mainnet",
      contracts: { stk_redemption: MAINNET_REDEMPTION_CONTRACT },
    });
  });

  it("redeems leftover stk through the contract at core-1's address, at the fixed rate", async () => {
    const client = await signer(devnet.url);
    expect((await client.getBalance(alice, "stk/uatom")).amount).toBe("25000000");
    const atom = BigInt((await client.getBalance(alice, ATOM)).amount);
    const dydx = BigInt((await client.getBalance(alice, DYDX)).amount);
    const r = await client.execute(alice, MAINNET_REDEMPTION_CONTRACT, { redeem: {} }, "auto", "", [
      { denom: "stk/adydx", amount: (35n * 10n ** 17n).toString() },
      { denom: "stk/uatom", amount: "25000000" },
    ]);
    const received = r.events.find((e) => e.type === "wasm")!.attributes.find((a) => a.key === "received")!.value;
    expect(received).toBe(`${(35n * 10n ** 17n * 10631n) / 10000n}${DYDX},31920000${ATOM}`);
    expect(BigInt((await client.getBalance(alice, ATOM)).amount)).toBe(atom + 31_920_000n);
    expect(BigInt((await client.getBalance(alice, DYDX)).amount)).toBe(dydx + (35n * 10n ** 17n * 10631n) / 10000n);
    expect((await client.getBalance(alice, "stk/uatom")).amount).toBe("0");
  });
});
