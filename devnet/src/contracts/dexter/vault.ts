import type { Ctx } from "../../chain/module.js";
import type { BankModule } from "../../modules/bank.js";
import type { Contract, ExecuteEnv, WasmModule } from "../../modules/wasm.js";
import type { Coin } from "../../util/coins.js";
import { contractState, uint128, variant } from "../state.js";
import { hookMessage } from "./cw20.js";
import { type Asset, type AssetInfo, type FeeInfo, type PauseInfo, type PoolType, assetKey, isGiveIn } from "./types.js";

// Dexter's vault: it holds every pool's assets and moves them; the pool contracts only compute. Swap, join_pool,
// exit through the LP token's cw20 hook, pause flags and defunct pools (admin), and the vault's queries.

export interface PoolInfo {
  pool_id: string;
  pool_addr: string;
  lp_token_addr: string;
  fee_info: FeeInfo;
  assets: Asset[];
  pool_type: PoolType;
  paused: PauseInfo;
}

/** dexter::vault::DefunctPoolInfo (vault 1.2, dexter_core ddd49ac) */
export interface DefunctPoolInfo {
  pool_id: string;
  lp_token_addr: string;
  total_lp_supply_at_defunct: string;
  total_assets_at_defunct: Asset[];
  current_assets_in_pool: Asset[];
  defunct_timestamp: number;
  total_refunded_lp_tokens: string;
}

export interface VaultConfig {
  owner: string;
  fee_collector: string;
  multistaking: string;
  /** reward assets whose schedules keep a pool from being made defunct (set by the 1.2 migration) */
  reward_schedule_validation_assets: AssetInfo[];
}

const NOT_PAUSED: PauseInfo = { swap: false, deposit: false, imbalanced_withdraw: false };
const denomOf = (info: AssetInfo) => {
  if (!("native_token" in info)) throw new Error("cw20 pool assets are not supported on the devnet");
  return info.native_token.denom;
};

export function vaultContract(wasm: WasmModule, bank: BankModule, config: VaultConfig, pools: Omit<PoolInfo, "paused">[]): Contract {
  const st = (ctx: Ctx, vault: string) => contractState(ctx, vault);
  // A defunct pool leaves the active pools (as ACTIVE_POOLS.remove upstream): the queries that load it fail, and so
  // does a `pools` page that spans it. Execution names the reason first.
  const pool = (ctx: Ctx, vault: string, id: unknown): PoolInfo => {
    const p = st(ctx, vault).get<PoolInfo>(`pool/${String(id)}`);
    if (!p) throw new Error("dexter::vault::PoolInfo not found");
    return p;
  };
  const defunct = (ctx: Ctx, vault: string, id: string) => st(ctx, vault).get<DefunctPoolInfo>(`defunct/${id}`) ?? null;
  /** validate_pool_exists_and_not_defunct */
  const livePool = (ctx: Ctx, vault: string, id: unknown): PoolInfo => {
    if (defunct(ctx, vault, String(id))) throw new Error("Pool is already defunct");
    const p = st(ctx, vault).get<PoolInfo>(`pool/${String(id)}`);
    if (!p) throw new Error("Invalid PoolId");
    return p;
  };
  const save = (ctx: Ctx, vault: string, p: PoolInfo, balances: bigint[]) => {
    p.assets = p.assets.map((a, i) => ({ info: a.info, amount: balances[i].toString() }));
    st(ctx, vault).set(`pool/${p.pool_id}`, p);
    wasm.execute(ctx, vault, p.pool_addr, { update_liquidity: { assets: p.assets } });
  };
  const pay = (ctx: Ctx, from: string, to: string, coins: Coin[]) => {
    const nonZero = coins.filter((c) => c.amount > 0n).sort((a, b) => (a.denom < b.denom ? -1 : 1));
    if (nonZero.length) bank.send(ctx, from, to, nonZero);
  };
  const fundsOf = (env: ExecuteEnv, denom: string) => env.funds.find((f) => f.denom === denom)?.amount ?? 0n;
  const recipientOf = (m: Record<string, unknown>, fallback: string) => (typeof m.recipient === "string" && m.recipient ? m.recipient : fallback);

  function swap(ctx: Ctx, env: ExecuteEnv, m: Record<string, unknown>) {
    const req = m.swap_request as Record<string, unknown>;
    const p = livePool(ctx, env.contract, req.pool_id);
    if (p.paused.swap) throw new Error(`Swaps are paused on pool ${p.pool_id}`);
    const inKey = assetKey(req.asset_in);
    const outKey = assetKey(req.asset_out);
    if (inKey === outKey) throw new Error("Same asset in and out");
    const i = p.assets.findIndex((a) => assetKey(a.info) === inKey);
    const o = p.assets.findIndex((a) => assetKey(a.info) === outKey);
    if (i < 0 || o < 0) throw new Error(`Asset ${i < 0 ? inKey : outKey} is not in pool ${p.pool_id}`);
    const giveIn = isGiveIn(req.swap_type);
    const amount = uint128(req.amount, "amount");
    if ("max_spread" in m || "belief_price" in m) throw new Error("Error parsing into type dexter::vault::ExecuteMsg: unknown field `max_spread`");
    const sim = wasm.query<{ trade_params: { amount_in: string; amount_out: string }; response: { failure?: string }; fee: Asset | null }>(ctx, p.pool_addr, {
      on_swap: { swap_type: req.swap_type, offer_asset: req.asset_in, ask_asset: req.asset_out, amount: amount.toString() },
    });
    if (sim.response.failure !== undefined) throw new Error(sim.response.failure);
    const amountIn = BigInt(sim.trade_params.amount_in);
    const amountOut = BigInt(sim.trade_params.amount_out);
    const inDenom = denomOf(p.assets[i].info);
    const sent = fundsOf(env, inDenom);
    if (env.funds.some((f) => f.denom !== inDenom)) throw new Error("Funds sent for an asset other than the offer asset");
    if (giveIn) {
      if (sent !== amountIn) throw new Error(`Insufficient native tokens sent: expected ${amountIn}${inDenom}, got ${sent}${inDenom}`);
      const min = m.min_receive == null ? 0n : uint128(m.min_receive, "min_receive");
      if (amountOut < min) throw new Error(`Minimum receive amount not met: would receive ${amountOut}, min_receive is ${min}`);
    } else {
      const max = m.max_spend == null ? null : uint128(m.max_spend, "max_spend");
      if (max !== null && amountIn > max) throw new Error(`Maximum spend amount exceeded: would spend ${amountIn}, max_spend is ${max}`);
      if (sent < amountIn) throw new Error(`Insufficient native tokens sent: expected ${amountIn}${inDenom}, got ${sent}${inDenom}`);
    }
    const fee = BigInt(sim.fee?.amount ?? "0");
    const protocolFee = (fee * BigInt(p.fee_info.protocol_fee_percent)) / 100n;
    const balances = p.assets.map((a) => BigInt(a.amount));
    balances[i] += amountIn - protocolFee;
    balances[o] -= amountOut;
    save(ctx, env.contract, p, balances);
    const recipient = recipientOf(m, env.sender);
    const outDenom = denomOf(p.assets[o].info);
    pay(ctx, env.contract, recipient, [{ denom: outDenom, amount: amountOut }]);
    pay(ctx, env.contract, config.fee_collector, [{ denom: inDenom, amount: protocolFee }]);
    if (sent > amountIn) pay(ctx, env.contract, env.sender, [{ denom: inDenom, amount: sent - amountIn }]); // give_out refund
    return {
      attributes: [
        ["action", "dexter-vault::swap"],
        ["pool_id", p.pool_id],
        ["asset_in", inKey],
        ["asset_out", outKey],
        ["amount_in", amountIn.toString()],
        ["amount_out", amountOut.toString()],
        ["total_fee", fee.toString()],
        ["protocol_fee", protocolFee.toString()],
        ["sender", env.sender],
        ["recipient", recipient],
      ] as [string, string][],
    };
  }

  function joinPool(ctx: Ctx, env: ExecuteEnv, m: Record<string, unknown>) {
    const p = livePool(ctx, env.contract, m.pool_id);
    if (p.paused.deposit) throw new Error(`Deposits are paused on pool ${p.pool_id}`);
    const assets = (m.assets ?? []) as Asset[];
    if (!Array.isArray(assets) || assets.length === 0) throw new Error("No assets to join with");
    for (const a of assets) {
      const key = assetKey(a.info);
      if (!p.assets.some((x) => assetKey(x.info) === key)) throw new Error(`Asset ${key} is not in pool ${p.pool_id}`);
      const amount = uint128(a.amount, "amount");
      const sent = fundsOf(env, denomOf(a.info));
      if (sent < amount) throw new Error(`Insufficient native tokens sent: expected ${amount}${key}, got ${sent}${key}`);
    }
    const sim = wasm.query<{ provided_assets: Asset[]; new_shares: string; response: { failure?: string }; fee: Asset[] | null }>(ctx, p.pool_addr, {
      on_join_pool: { assets_in: assets, mint_amount: null },
    });
    if (sim.response.failure !== undefined) throw new Error(sim.response.failure);
    const shares = BigInt(sim.new_shares);
    if (shares === 0n) throw new Error("Pool query failed: LP tokens to mint cannot be 0");
    const min = m.min_lp_to_receive == null ? 0n : uint128(m.min_lp_to_receive, "min_lp_to_receive");
    if (shares < min) throw new Error(`Minimum LP to receive not met: would mint ${shares}, min_lp_to_receive is ${min}`);
    // as the vault books a join: what was provided enters the pool, less the protocol's share of the join's fees,
    // which goes to the fee collector
    const feeOf = (a: Asset) => BigInt(sim.fee?.find((f) => assetKey(f.info) === assetKey(a.info))?.amount ?? "0");
    const protocolFees = p.assets.map((a) => (feeOf(a) * BigInt(p.fee_info.protocol_fee_percent)) / 100n);
    const balances = p.assets.map(
      (a, k) => BigInt(a.amount) + BigInt(sim.provided_assets.find((x) => assetKey(x.info) === assetKey(a.info))?.amount ?? "0") - protocolFees[k],
    );
    save(ctx, env.contract, p, balances);
    const collected = p.assets.flatMap((a, k) => (protocolFees[k] > 0n ? [{ denom: denomOf(a.info), amount: protocolFees[k] }] : []));
    if (collected.length) pay(ctx, env.contract, config.fee_collector, collected);
    const recipient = recipientOf(m, env.sender);
    if (m.auto_stake === true) {
      wasm.execute(ctx, env.contract, p.lp_token_addr, { mint: { recipient: env.contract, amount: shares.toString() } });
      const bond = Buffer.from(JSON.stringify({ bond: { beneficiary_user: recipient } })).toString("base64");
      wasm.execute(ctx, env.contract, p.lp_token_addr, { send: { contract: config.multistaking, amount: shares.toString(), msg: bond } });
    } else {
      wasm.execute(ctx, env.contract, p.lp_token_addr, { mint: { recipient, amount: shares.toString() } });
    }
    return {
      attributes: [
        ["action", "dexter-vault::join_pool"],
        ["pool_id", p.pool_id],
        ["provided_assets", sim.provided_assets.map((a) => `${a.amount}${assetKey(a.info)}`).join(",")],
        ["lp_tokens_minted", shares.toString()],
        ["auto_stake", String(m.auto_stake === true)],
        ["sender", env.sender],
        ["recipient", recipient],
      ] as [string, string][],
    };
  }

  function exitPool(ctx: Ctx, env: ExecuteEnv, owner: string, lpAmount: bigint, m: Record<string, unknown>) {
    const p = livePool(ctx, env.contract, m.pool_id);
    if (env.sender !== p.lp_token_addr) throw new Error("Unauthorized: the LP token sent is not this pool's");
    const exit = m.exit_type as { exact_lp_burn?: { lp_to_burn: string; min_assets_out?: Asset[] | null } };
    if (!exit?.exact_lp_burn) throw new Error("Only exact_lp_burn exits are supported on the devnet");
    const burn = uint128(exit.exact_lp_burn.lp_to_burn, "lp_to_burn");
    if (burn !== lpAmount) throw new Error(`LP tokens sent (${lpAmount}) differ from lp_to_burn (${burn})`);
    const sim = wasm.query<{ assets_out: Asset[]; response: { failure?: string } }>(ctx, p.pool_addr, {
      on_exit_pool: { exit_type: { exact_lp_burn: burn.toString() } },
    });
    if (sim.response.failure !== undefined) throw new Error(sim.response.failure);
    const mins = exit.exact_lp_burn.min_assets_out;
    if (mins) {
      if (mins.length !== p.assets.length || p.assets.some((a) => !mins.some((x) => assetKey(x.info) === assetKey(a.info))))
        throw new Error("min_assets_out must list every pool asset");
      for (const out of sim.assets_out) {
        const min = uint128(mins.find((x) => assetKey(x.info) === assetKey(out.info))!.amount, "min_assets_out");
        if (BigInt(out.amount) < min) throw new Error(`Minimum assets out not met for ${assetKey(out.info)}: would receive ${out.amount}, minimum is ${min}`);
      }
    }
    wasm.execute(ctx, env.contract, p.lp_token_addr, { burn: { amount: burn.toString() } });
    const balances = p.assets.map((a, i) => BigInt(a.amount) - BigInt(sim.assets_out[i].amount));
    save(ctx, env.contract, p, balances);
    const recipient = recipientOf(m, owner);
    pay(
      ctx,
      env.contract,
      recipient,
      sim.assets_out.map((a) => ({ denom: denomOf(a.info), amount: BigInt(a.amount) })),
    );
    return {
      attributes: [
        ["action", "dexter-vault::exit_pool"],
        ["pool_id", p.pool_id],
        ["lp_tokens_burnt", burn.toString()],
        ["assets_out", sim.assets_out.map((a) => `${a.amount}${assetKey(a.info)}`).join(",")],
        ["sender", owner],
        ["recipient", recipient],
      ] as [string, string][],
    };
  }

  const nextPoolId = (ctx: Ctx, vault: string) => Number(st(ctx, vault).get<string>("next_pool_id") ?? "1");

  /** execute_process_refund_batch: each user's share of the assets at defunct, for all the LP they own anywhere */
  function refundBatch(ctx: Ctx, env: ExecuteEnv, poolId: string, users: string[]) {
    const info = defunct(ctx, env.contract, poolId);
    if (!info) throw new Error("Pool is not defunct");
    const supply = BigInt(info.total_lp_supply_at_defunct);
    let refundedLp = 0n;
    const entries: { user: string; total_lp_tokens: string; refund_assets: Asset[] }[] = [];
    for (const user of users) {
      if (user === config.multistaking) throw new Error("Cannot process a refund directly to the multistaking contract");
      const refundedKey = `refunded/${poolId}/${user}`;
      if (st(ctx, env.contract).get<boolean>(refundedKey)) throw new Error("User has already been refunded from this defunct pool");
      const lp = info.lp_token_addr;
      const direct = BigInt(wasm.query<{ balance: string }>(ctx, lp, { balance: { address: user } }).balance);
      const bonded = BigInt(wasm.query<string>(ctx, config.multistaking, { bonded_lp_tokens: { lp_token: lp, user } }));
      const locks = wasm.query<{ locks: { amount: string }[]; unlocked_amount: string }>(ctx, config.multistaking, {
        token_locks: { lp_token: lp, user },
      });
      const owned = direct + bonded + locks.locks.reduce((sum, l) => sum + BigInt(l.amount), 0n) + BigInt(locks.unlocked_amount);
      if (owned === 0n) continue;
      // calculate_proportional_refund: floor(asset at defunct x owned / supply at defunct), zero amounts left out
      const refund =
        supply === 0n
          ? []
          : info.total_assets_at_defunct
              .map((a) => ({ info: a.info, amount: ((BigInt(a.amount) * owned) / supply).toString() }))
              .filter((a) => a.amount !== "0");
      for (const r of refund) {
        const current = info.current_assets_in_pool.find((c) => assetKey(c.info) === assetKey(r.info))!;
        if (BigInt(current.amount) < BigInt(r.amount)) throw new Error(`Overflow: Cannot Sub with ${current.amount} and ${r.amount}`);
        current.amount = (BigInt(current.amount) - BigInt(r.amount)).toString();
        pay(ctx, env.contract, user, [{ denom: denomOf(r.info), amount: BigInt(r.amount) }]);
      }
      st(ctx, env.contract).set(refundedKey, true);
      refundedLp += owned;
      entries.push({ user, total_lp_tokens: owned.toString(), refund_assets: refund });
    }
    info.total_refunded_lp_tokens = (BigInt(info.total_refunded_lp_tokens) + refundedLp).toString();
    st(ctx, env.contract).set(`defunct/${poolId}`, info);
    return {
      attributes: [
        ["action", "dexter-vault::process_refund_batch"],
        ["pool_id", poolId],
        ["batch_size", String(users.length)],
        ["refunded_lp_tokens", refundedLp.toString()],
        ["total_refunded_lp_tokens", info.total_refunded_lp_tokens],
        ["batch_entries", JSON.stringify(entries)],
      ] as [string, string][],
    };
  }

  const onlyOwner = (ctx: Ctx, env: ExecuteEnv) => {
    if (env.sender !== config.owner) throw new Error("Unauthorized");
  };

  return {
    label: "dexter vault",
    codeId: 3,
    init(ctx, address) {
      for (const p of pools) st(ctx, address).set<PoolInfo>(`pool/${p.pool_id}`, { ...p, paused: NOT_PAUSED });
      st(ctx, address).set("next_pool_id", String(pools.length + 1));
    },
    execute(ctx, env, msg) {
      const [kind, m] = variant(msg);
      switch (kind) {
        case "swap":
          return swap(ctx, env, m);
        case "join_pool":
          return joinPool(ctx, env, m);
        case "receive": {
          const hook = variant(hookMessage(m.msg));
          if (hook[0] !== "exit_pool") throw new Error(`unknown cw20 hook \`${hook[0]}\``);
          return exitPool(ctx, env, String(m.sender), uint128(m.amount, "amount"), hook[1]);
        }
        case "update_pause_info": {
          onlyOwner(ctx, env);
          const target = m.update_type as { pool_id?: string };
          const p = pool(ctx, env.contract, target?.pool_id);
          p.paused = { ...NOT_PAUSED, ...(m.pause_info as Partial<PauseInfo>) };
          st(ctx, env.contract).set(`pool/${p.pool_id}`, p);
          return {
            attributes: [
              ["action", "dexter-vault::update_pause_info"],
              ["pool_id", p.pool_id],
            ],
          };
        }
        case "defunct_pool": {
          onlyOwner(ctx, env);
          const p = livePool(ctx, env.contract, m.pool_id);
          const now = Math.floor(ctx.time / 1000);
          // validate_no_active_reward_schedules: a pool still paying (or about to pay) its bonded LP stays
          for (const asset of config.reward_schedule_validation_assets) {
            let schedules: { reward_schedule: { start_block_time: number; end_block_time: number } }[] = [];
            try {
              schedules = wasm.query(ctx, config.multistaking, { reward_schedules: { lp_token: p.lp_token_addr, asset } });
            } catch {
              // as upstream: a failing query counts as no schedules
            }
            for (const { reward_schedule: r } of schedules) {
              if (r.start_block_time <= now && now < r.end_block_time) throw new Error("Pool has active reward schedules and cannot be made defunct");
              if (r.start_block_time > now) throw new Error("Cannot defunct pool with future reward schedules");
            }
          }
          const assets = wasm.query<{ assets: Asset[] }>(ctx, p.pool_addr, { config: {} }).assets;
          const supply = wasm.query<{ total_supply: string }>(ctx, p.lp_token_addr, { token_info: {} }).total_supply;
          st(ctx, env.contract).set<DefunctPoolInfo>(`defunct/${p.pool_id}`, {
            pool_id: p.pool_id,
            lp_token_addr: p.lp_token_addr,
            total_lp_supply_at_defunct: supply,
            total_assets_at_defunct: assets,
            current_assets_in_pool: assets,
            defunct_timestamp: now,
            total_refunded_lp_tokens: "0",
          });
          st(ctx, env.contract).delete(`pool/${p.pool_id}`);
          return {
            attributes: [
              ["action", "dexter-vault::defunct_pool"],
              ["pool_id", p.pool_id],
              ["lp_token_addr", p.lp_token_addr],
              ["total_lp_supply", supply],
              ["defunct_timestamp", String(now)],
            ],
          };
        }
        case "process_refund_batch":
          onlyOwner(ctx, env);
          return refundBatch(ctx, env, String(m.pool_id), Array.isArray(m.user_addresses) ? m.user_addresses.map(String) : []);
        default:
          throw new Error(`Error parsing into type dexter::vault::ExecuteMsg: unknown variant \`${kind}\``);
      }
    },
    query(ctx, address, msg) {
      const [kind, m] = variant(msg);
      switch (kind) {
        case "config":
          return {
            owner: config.owner,
            whitelisted_addresses: [],
            lp_token_code_id: 5,
            fee_collector: config.fee_collector,
            auto_stake_impl: { multistaking: { contract_addr: config.multistaking } },
            pool_creation_fee: "disabled",
            next_pool_id: nextPoolId(ctx, address).toString(),
            paused: NOT_PAUSED,
          };
        case "pools": {
          // as query_pools: the ids from start_after + 1, loaded one by one (a defunct one fails the page)
          const limit = Math.min(Number(m.limit ?? 10), 30);
          const start = m.start_after == null ? 1 : Number(m.start_after) + 1;
          const end = Math.min(start + limit, nextPoolId(ctx, address));
          const out: PoolInfo[] = [];
          for (let id = start; id < end; id++) out.push(pool(ctx, address, id));
          return out;
        }
        case "reward_schedule_validation_assets":
          return config.reward_schedule_validation_assets;
        case "get_pool_by_id":
          return pool(ctx, address, m.pool_id);
        case "get_pool_by_address": {
          const found = st(ctx, address)
            .list<PoolInfo>("pool/")
            .find((e) => e.value.pool_addr === m.pool_addr);
          if (!found) throw new Error(`No pool at ${String(m.pool_addr)}`);
          return found.value;
        }
        case "get_pool_by_lp_token_address": {
          const found = st(ctx, address)
            .list<PoolInfo>("pool/")
            .find((e) => e.value.lp_token_addr === m.lp_token_addr);
          if (!found) throw new Error(`dexter::vault::PoolInfo not found`);
          return found.value;
        }
        case "get_defunct_pool_info":
          return defunct(ctx, address, String(m.pool_id));
        case "is_user_refunded":
          return st(ctx, address).get<boolean>(`refunded/${String(m.pool_id)}/${String(m.user)}`) ?? false;
        default:
          throw new Error(`Error parsing into type dexter::vault::QueryMsg: unknown variant \`${kind}\``);
      }
    },
  };
}
