import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CosmWasmClient } from "@cosmjs/cosmwasm-stargate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestDevnet, startTestDevnet } from "@/devnet/test/helpers";
import { generateScenarios } from "./scenarios";
import { shape } from "./shape";

// The devnet's Dexter answers with the real contracts' JSON shapes: the same fields, nested the same way, with the
// same JSON types (the base64 config fields decoded), for the vault's pool info and each pool type's config,
// on_swap, on_join_pool and on_exit_pool. Values differ (other pools); the shapes may not.

const BINARY = new URL("./dexter/target/release/dexter-oracle", import.meta.url).pathname;

const decoded = (config: Record<string, unknown>) => ({
  ...config,
  math_params: JSON.parse(atob(config.math_params as string)),
  additional_params: JSON.parse(atob(config.additional_params as string)),
});

describe("the devnet's Dexter speaks the real contracts' JSON", () => {
  let devnet: TestDevnet;
  let client: CosmWasmClient;
  let contracts: Record<string, string>;
  const real = new Map<string, { config: Record<string, unknown>; vault_pool: unknown; vault_config: unknown; results: unknown[] }>();

  beforeAll(async () => {
    if (!existsSync(BINARY)) throw new Error(`${BINARY} is missing: run npm run oracle:build`);
    const scenarios = [...generateScenarios("weighted", 2, 5), ...generateScenarios("stable", 2, 6)];
    const r = spawnSync(BINARY, { input: JSON.stringify(scenarios), encoding: "utf8" });
    for (const o of JSON.parse(r.stdout) as { id: string; config: Record<string, unknown>; vault_pool: unknown; vault_config: unknown; results: unknown[] }[])
      if (!real.has(o.id.split("-")[0])) real.set(o.id.split("-")[0], o);
    devnet = await startTestDevnet();
    client = await CosmWasmClient.connect(devnet.url);
    contracts = (await devnet.rpc("devnet_info")).result.contracts;
  });
  afterAll(() => devnet?.stop());

  it("the vault's config: the same fields as the published vault's (1.2 keeps 1.1's Config)", async () => {
    const { auto_stake_impl: ourStake, ...ours } = await client.queryContractSmart(contracts.dexter_vault, { config: {} });
    // the oracle's vault runs without multistaking ("none"); the enum's other variant is AutoStakeImpl::Multistaking
    const { auto_stake_impl: theirStake, ...theirs } = real.get("weighted")!.vault_config as Record<string, unknown>;
    expect(shape(ours)).toEqual(shape(theirs));
    expect(theirStake).toBe("none");
    expect(ourStake).toEqual({ multistaking: { contract_addr: contracts.dexter_multistaking } });
  });

  // devnet pool 3 is ATOM/XPRT (weighted), pool 1 stkXPRT/XPRT (stable)
  it.each([
    ["weighted", "3"],
    ["stable", "1"],
  ])("%s pool %s: vault pool info, config, on_swap, on_join_pool and on_exit_pool", async (kind, id) => {
    const ours = await client.queryContractSmart(contracts.dexter_vault, { get_pool_by_id: { pool_id: id } });
    const theirs = real.get(kind)!;
    // upstream's vault 1.2 adds nothing to PoolInfo over the published 1.1.0
    expect(shape(ours)).toEqual(shape(theirs.vault_pool));
    const config = await client.queryContractSmart(ours.pool_addr, { config: {} });
    expect(shape(decoded(config))).toEqual(shape(decoded(theirs.config)));
    const [a, b] = ours.assets.map((x: { info: unknown }) => x.info);
    const swap = await client.queryContractSmart(ours.pool_addr, { on_swap: { swap_type: { give_in: {} }, offer_asset: a, ask_asset: b, amount: "1000000" } });
    expect(shape(swap)).toEqual(
      shape(
        theirs.results.find(
          (r) => (r as { trade_params?: unknown }).trade_params && (r as { response: object }).response && "success" in (r as { response: object }).response,
        ),
      ),
    );
    const join = await client.queryContractSmart(ours.pool_addr, {
      on_join_pool: {
        assets_in: ours.assets.map((x: { info: unknown }, k: number) => ({ info: x.info, amount: k === 0 ? "1000000" : "0" })),
        mint_amount: null,
      },
    });
    const realJoin = theirs.results.find((r) => (r as { new_shares?: string }).new_shares && (r as { fee?: unknown[] }).fee?.length);
    expect(shape(join)).toEqual(shape(realJoin));
    const exit = await client.queryContractSmart(ours.pool_addr, { on_exit_pool: { exit_type: { exact_lp_burn: "1000" } } });
    expect(shape(exit)).toEqual(shape(theirs.results.find((r) => (r as { assets_out?: unknown[] }).assets_out?.length)));
  });
});
