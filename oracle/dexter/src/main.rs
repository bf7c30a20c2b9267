//! The Dexter oracle: runs generated scenarios through the real Dexter contracts (the crates published on
//! crates.io, the code core-1 runs) under cw-multi-test, as upstream's own tests do, and prints what they answer.
//!
//! stdin: a JSON array of scenarios. Each creates a fresh chain, a vault, one pool (weighted or stable, native
//! assets only, as on core-1), joins it with `initial`, then asks the pool contract's own simulation queries
//! (`on_swap`, `on_join_pool`, `on_exit_pool`) for every op, from that same state. Nothing here computes: every
//! number printed is the contracts' own answer. stdout: a JSON array, one entry per scenario:
//! `{id, config, vault_pool, lp_supply, results: [<the pool's JSON answer> | {"error": "<query error>"}]}`.

use std::io::Read;

use anyhow::{anyhow, Context, Result};
use cosmwasm_std::{to_json_binary, Addr, Coin, Decimal, Decimal256, Uint128};
use cw_multi_test::{App, ContractWrapper, Executor};
use dexter::asset::{Asset, AssetInfo};
use dexter::vault::{
    AllowPoolInstantiation, AutoStakeImpl, ExecuteMsg as VaultExecute, FeeInfo, InstantiateMsg as VaultInstantiate, NativeAssetPrecisionInfo,
    PauseInfo, PoolCreationFee, PoolInfo, PoolType, PoolTypeConfig, QueryMsg as VaultQuery,
};
use dexter_stable_pool::state::{AssetScalingFactor, StablePoolParams};
use dexter_weighted_pool::state::WeightedParams;
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Deserialize)]
struct AssetSpec {
    denom: String,
    decimals: u8,
}

#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum PoolSpec {
    /// weights as the creator gives them (any positive integers; the pool normalises them)
    Weighted { weights: Vec<String>, exit_fee: Option<String> },
    /// amp without the x100 precision; scaling factors as decimals
    Stable { amp: u64, scaling_factors: Vec<String> },
}

#[derive(Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
enum Op {
    Swap { kind: String, offer: usize, ask: usize, amount: String },
    Join { amounts: Vec<String> },
    Exit { lp: String },
}

/** A transaction message as the app sends it: "__vault__" and "__lp__" stand for the contracts' addresses. */
#[derive(Deserialize)]
struct Exec {
    contract: String,
    msg: Value,
    funds: Vec<CoinSpec>,
}

#[derive(Deserialize)]
struct CoinSpec {
    denom: String,
    amount: String,
}

#[derive(Deserialize)]
struct Scenario {
    id: String,
    assets: Vec<AssetSpec>,
    pool: PoolSpec,
    fee_bps: u16,
    protocol_fee_percent: u16,
    initial: Vec<String>,
    /// queries, each from the state after the initial join
    #[serde(default)]
    ops: Vec<Op>,
    /// the LP supply to set after the initial join (to copy another chain's pool), if any
    lp_supply: Option<String>,
    /// transactions executed one after another through the vault, as a user sends them
    #[serde(default)]
    execute: Vec<Exec>,
    /// more pools, created after the first (pool ids 2, 3, ...), for multi-hop routes through the router
    #[serde(default)]
    more_pools: Vec<PoolCopy>,
    /// queries to the router (simulate_multihop_swap), from the state before `execute`
    #[serde(default)]
    router_queries: Vec<Value>,
}

/** another pool of the same chain, set up as the first */
#[derive(Deserialize)]
struct PoolCopy {
    assets: Vec<AssetSpec>,
    pool: PoolSpec,
    fee_bps: u16,
    protocol_fee_percent: u16,
    initial: Vec<String>,
    lp_supply: Option<String>,
}

/// The contracts a message may name: "__vault__", "__router__", "__lp__" (pool 1's LP token) or "__lp_N__".
struct Addresses {
    vault: Addr,
    router: Addr,
    lp_tokens: Vec<Addr>,
}

impl Addresses {
    fn resolve(&self, name: &str) -> Option<Addr> {
        match name {
            "__vault__" => Some(self.vault.clone()),
            "__router__" => Some(self.router.clone()),
            "__lp__" => Some(self.lp_tokens[0].clone()),
            _ => name.strip_prefix("__lp_").and_then(|n| n.strip_suffix("__")).and_then(|n| n.parse::<usize>().ok()).and_then(|n| self.lp_tokens.get(n - 1).cloned()),
        }
    }
}

/// replaces the address placeholders anywhere in a JSON message
fn with_addresses(v: &Value, a: &Addresses) -> Value {
    match v {
        Value::String(s) => a.resolve(s).map(|x| Value::String(x.to_string())).unwrap_or_else(|| v.clone()),
        Value::Array(xs) => Value::Array(xs.iter().map(|x| with_addresses(x, a)).collect()),
        Value::Object(m) => Value::Object(m.iter().map(|(k, x)| (k.clone(), with_addresses(x, a))).collect()),
        other => other.clone(),
    }
}

fn native(denom: &str) -> AssetInfo {
    AssetInfo::NativeToken { denom: denom.to_string() }
}

fn uint(s: &str) -> Result<Uint128> {
    s.parse::<u128>().map(Uint128::new).map_err(|e| anyhow!("{s}: {e}"))
}

/// A fresh chain with the vault, both pool codes, the LP token code and the router, and a funded user.
fn chain(user: &Addr, denoms: &[String]) -> (App, Addr, Addr) {
    let funds: Vec<Coin> = denoms.iter().map(|d| Coin { denom: d.clone(), amount: Uint128::new(u128::MAX / 4) }).collect();
    let mut app = App::new(|router, _, storage| router.bank.init_balance(storage, user, funds).unwrap());
    let vault = app.store_code(Box::new(
        ContractWrapper::new_with_empty(dexter_vault::contract::execute, dexter_vault::contract::instantiate, dexter_vault::contract::query)
            .with_reply_empty(dexter_vault::contract::reply),
    ));
    let weighted = app.store_code(Box::new(ContractWrapper::new_with_empty(
        dexter_weighted_pool::contract::execute,
        dexter_weighted_pool::contract::instantiate,
        dexter_weighted_pool::contract::query,
    )));
    let stable = app.store_code(Box::new(ContractWrapper::new_with_empty(
        dexter_stable_pool::contract::execute,
        dexter_stable_pool::contract::instantiate,
        dexter_stable_pool::contract::query,
    )));
    let lp = app.store_code(Box::new(ContractWrapper::new_with_empty(
        dexter_lp_token::contract::execute,
        dexter_lp_token::contract::instantiate,
        dexter_lp_token::contract::query,
    )));
    let router = app.store_code(Box::new(ContractWrapper::new_with_empty(
        dexter_router::contract::execute,
        dexter_router::contract::instantiate,
        dexter_router::contract::query,
    )));
    let config = |code_id, pool_type| PoolTypeConfig {
        code_id,
        pool_type,
        default_fee_info: FeeInfo { total_fee_bps: 30, protocol_fee_percent: 30 },
        allow_instantiation: AllowPoolInstantiation::Everyone,
        paused: PauseInfo::default(),
    };
    let init = VaultInstantiate {
        pool_configs: vec![config(weighted, PoolType::Weighted {}), config(stable, PoolType::StableSwap {})],
        lp_token_code_id: Some(lp),
        fee_collector: Some("fee_collector".to_string()),
        owner: user.to_string(),
        pool_creation_fee: PoolCreationFee::default(),
        auto_stake_impl: AutoStakeImpl::None,
    };
    let vault = app.instantiate_contract(vault, user.clone(), &init, &[], "vault", None).unwrap();
    let router = app.instantiate_contract(router, user.clone(), &json!({ "dexter_vault": vault.to_string() }), &[], "router", None).unwrap();
    (app, vault, router)
}

/// Creates a pool through the vault, joins it with `initial` and, if asked, sets its LP supply: a copy of a pool.
fn create_pool(app: &mut App, vault: &Addr, user: &Addr, id: u128, spec: &PoolCopy) -> Result<PoolInfo> {
    let infos: Vec<AssetInfo> = spec.assets.iter().map(|a| native(&a.denom)).collect();
    let (pool_type, init_params) = match &spec.pool {
        PoolSpec::Weighted { weights, exit_fee } => {
            let weights = infos.iter().zip(weights).map(|(info, w)| Ok(Asset { info: info.clone(), amount: uint(w)? })).collect::<Result<Vec<_>>>()?;
            let exit_fee = exit_fee.as_deref().map(|f| f.parse::<Decimal>()).transpose().map_err(|e| anyhow!("{e}"))?;
            (PoolType::Weighted {}, to_json_binary(&WeightedParams { weights, exit_fee })?)
        }
        PoolSpec::Stable { amp, scaling_factors } => {
            let scaling_factors = infos
                .iter()
                .zip(scaling_factors)
                .map(|(info, f)| Ok(AssetScalingFactor { asset_info: info.clone(), scaling_factor: f.parse::<Decimal256>().map_err(|e| anyhow!("{e}"))? }))
                .collect::<Result<Vec<_>>>()?;
            let params = StablePoolParams { amp: *amp, supports_scaling_factors_update: false, scaling_factors, scaling_factor_manager: None };
            (PoolType::StableSwap {}, to_json_binary(&params)?)
        }
    };
    let create = VaultExecute::CreatePoolInstance {
        pool_type,
        asset_infos: infos.clone(),
        native_asset_precisions: spec.assets.iter().map(|a| NativeAssetPrecisionInfo { denom: a.denom.clone(), precision: a.decimals }).collect(),
        fee_info: Some(FeeInfo { total_fee_bps: spec.fee_bps, protocol_fee_percent: spec.protocol_fee_percent }),
        init_params: Some(init_params),
    };
    app.execute_contract(user.clone(), vault.clone(), &create, &[]).map_err(|e| anyhow!("create pool: {}", e.root_cause()))?;
    let pool: PoolInfo = app.wrap().query_wasm_smart(vault.clone(), &VaultQuery::GetPoolById { pool_id: Uint128::new(id) })?;

    // the first join, through the vault like a user's: this sets the pool's balances and LP supply
    let assets: Vec<Asset> = infos.iter().zip(&spec.initial).map(|(info, a)| Ok(Asset { info: info.clone(), amount: uint(a)? })).collect::<Result<_>>()?;
    let mut funds: Vec<Coin> = spec.assets.iter().zip(&spec.initial).map(|(a, n)| Ok(Coin { denom: a.denom.clone(), amount: uint(n)? })).collect::<Result<_>>()?;
    funds.sort_by(|a, b| a.denom.cmp(&b.denom));
    let join = VaultExecute::JoinPool { pool_id: Uint128::new(id), recipient: None, assets: Some(assets), min_lp_to_receive: None, auto_stake: None };
    app.execute_contract(user.clone(), vault.clone(), &join, &funds).map_err(|e| anyhow!("initial join: {}", e.root_cause()))?;

    // copy another chain's pool: the same balances (the join above) and the same LP supply
    if let Some(target) = &spec.lp_supply {
        let target = uint(target)?;
        let info: Value = app.wrap().query_wasm_smart(pool.lp_token_addr.clone(), &json!({ "token_info": {} }))?;
        let supply = uint(info["total_supply"].as_str().unwrap_or("0"))?;
        if target > supply {
            let mint = json!({ "mint": { "recipient": user.to_string(), "amount": (target - supply).to_string() } });
            app.execute_contract(vault.clone(), pool.lp_token_addr.clone(), &mint, &[]).map_err(|e| anyhow!("mint: {}", e.root_cause()))?;
        } else if target < supply {
            let burn = json!({ "burn": { "amount": (supply - target).to_string() } });
            app.execute_contract(user.clone(), pool.lp_token_addr.clone(), &burn, &[]).map_err(|e| anyhow!("burn: {}", e.root_cause()))?;
        }
    }
    Ok(pool)
}

/// every pool's balances and LP supply now
fn pools_now(app: &App, vault: &Addr, pools: &[PoolInfo]) -> Result<(Vec<Vec<String>>, Vec<Value>)> {
    let mut balances = vec![];
    let mut supplies = vec![];
    for p in pools {
        let info: PoolInfo = app.wrap().query_wasm_smart(vault.clone(), &VaultQuery::GetPoolById { pool_id: p.pool_id })?;
        balances.push(info.assets.iter().map(|a| a.amount.to_string()).collect());
        let supply: Value = app.wrap().query_wasm_smart(p.lp_token_addr.clone(), &json!({ "token_info": {} }))?;
        supplies.push(supply["total_supply"].clone());
    }
    Ok((balances, supplies))
}

fn run(s: &Scenario) -> Result<Value> {
    let user = Addr::unchecked("user");
    let first = PoolCopy {
        assets: s.assets.iter().map(|a| AssetSpec { denom: a.denom.clone(), decimals: a.decimals }).collect(),
        pool: match &s.pool {
            PoolSpec::Weighted { weights, exit_fee } => PoolSpec::Weighted { weights: weights.clone(), exit_fee: exit_fee.clone() },
            PoolSpec::Stable { amp, scaling_factors } => PoolSpec::Stable { amp: *amp, scaling_factors: scaling_factors.clone() },
        },
        fee_bps: s.fee_bps,
        protocol_fee_percent: s.protocol_fee_percent,
        initial: s.initial.clone(),
        lp_supply: s.lp_supply.clone(),
    };
    let specs: Vec<&PoolCopy> = std::iter::once(&first).chain(s.more_pools.iter()).collect();
    let mut denoms: Vec<String> = specs.iter().flat_map(|p| p.assets.iter().map(|a| a.denom.clone())).collect();
    denoms.sort();
    denoms.dedup();
    let (mut app, vault, router) = chain(&user, &denoms);
    let mut pools = vec![];
    for (k, spec) in specs.iter().enumerate() {
        pools.push(create_pool(&mut app, &vault, &user, k as u128 + 1, spec)?);
    }
    let pool = pools[0].clone();
    let infos: Vec<AssetInfo> = s.assets.iter().map(|a| native(&a.denom)).collect();
    let addresses = Addresses { vault: vault.clone(), router: router.clone(), lp_tokens: pools.iter().map(|p| p.lp_token_addr.clone()).collect() };

    let router_answers: Vec<Value> = s
        .router_queries
        .iter()
        .map(|q| app.wrap().query_wasm_smart::<Value>(router.clone(), &with_addresses(q, &addresses)).unwrap_or_else(|e| json!({ "error": e.to_string() })))
        .collect();

    let mut executed = Vec::with_capacity(s.execute.len());
    for tx in &s.execute {
        let contract = addresses.resolve(&tx.contract).unwrap_or_else(|| vault.clone());
        let mut funds: Vec<Coin> = tx.funds.iter().map(|c| Ok(Coin { denom: c.denom.clone(), amount: uint(&c.amount)? })).collect::<Result<_>>()?;
        funds.sort_by(|a, b| a.denom.cmp(&b.denom));
        let msg = with_addresses(&tx.msg, &addresses);
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| app.execute_contract(user.clone(), contract.clone(), &msg, &funds)));
        let error = match outcome {
            Ok(Ok(_)) => None,
            Ok(Err(e)) => Some(e.root_cause().to_string()),
            Err(_) => Some("the contract panicked".to_string()),
        };
        let (balances, supplies) = pools_now(&app, &vault, &pools)?;
        executed.push(json!({ "error": error, "pool": balances[0], "lp_supply": supplies[0], "pools": balances, "lp_supplies": supplies }));
    }

    let config: Value = app.wrap().query_wasm_smart(pool.pool_addr.clone(), &json!({ "config": {} }))?;
    let vault_pool: Value = app.wrap().query_wasm_smart(vault.clone(), &json!({ "get_pool_by_id": { "pool_id": "1" } }))?;
    let vault_config: Value = app.wrap().query_wasm_smart(vault.clone(), &json!({ "config": {} }))?;
    let lp_supply: Value = app.wrap().query_wasm_smart(pool.lp_token_addr.clone(), &json!({ "token_info": {} }))?;
    let mut results = Vec::with_capacity(s.ops.len());
    for op in &s.ops {
        let query = match op {
            Op::Swap { kind, offer, ask, amount } => json!({ "on_swap": {
                "swap_type": { kind.as_str(): {} },
                "offer_asset": infos[*offer], "ask_asset": infos[*ask], "amount": amount,
            }}),
            Op::Join { amounts } => {
                let assets: Vec<Value> = infos.iter().zip(amounts).map(|(info, a)| json!({ "info": info, "amount": a })).collect();
                json!({ "on_join_pool": { "assets_in": assets, "mint_amount": null } })
            }
            Op::Exit { lp } => json!({ "on_exit_pool": { "exit_type": { "exact_lp_burn": lp } } }),
        };
        // a contract that panics (an arithmetic overflow) fails the query on chain: the same here
        let answer = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| app.wrap().query_wasm_smart::<Value>(pool.pool_addr.clone(), &query)));
        results.push(match answer {
            Ok(Ok(value)) => value,
            Ok(Err(e)) => json!({ "error": e.to_string() }),
            Err(_) => json!({ "error": "the contract panicked" }),
        });
    }
    Ok(json!({
        "id": s.id, "config": config, "vault_pool": vault_pool, "vault_config": vault_config, "lp_supply": lp_supply["total_supply"],
        "results": results, "executed": executed, "router": router_answers,
    }))
}

fn main() -> Result<()> {
    std::panic::set_hook(Box::new(|_| {})); // panics are answers here (see run), not crashes to report
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input)?;
    let scenarios: Vec<Scenario> = serde_json::from_str(&input).context("scenarios")?;
    let out: Vec<Value> = scenarios.iter().map(|s| run(s).unwrap_or_else(|e| json!({ "id": s.id, "error": e.to_string() }))).collect();
    println!("{}", serde_json::to_string(&out)?);
    Ok(())
}
