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

#[derive(Deserialize)]
struct Scenario {
    id: String,
    assets: Vec<AssetSpec>,
    pool: PoolSpec,
    fee_bps: u16,
    protocol_fee_percent: u16,
    initial: Vec<String>,
    ops: Vec<Op>,
}

fn native(denom: &str) -> AssetInfo {
    AssetInfo::NativeToken { denom: denom.to_string() }
}

fn uint(s: &str) -> Result<Uint128> {
    s.parse::<u128>().map(Uint128::new).map_err(|e| anyhow!("{s}: {e}"))
}

/// A fresh chain with the vault, both pool codes and the LP token code, and a funded user.
fn chain(user: &Addr, denoms: &[String]) -> (App, Addr) {
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
    (app, vault)
}

fn run(s: &Scenario) -> Result<Value> {
    let user = Addr::unchecked("user");
    let denoms: Vec<String> = s.assets.iter().map(|a| a.denom.clone()).collect();
    let (mut app, vault) = chain(&user, &denoms);
    let infos: Vec<AssetInfo> = denoms.iter().map(|d| native(d)).collect();
    let (pool_type, init_params) = match &s.pool {
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
        native_asset_precisions: s.assets.iter().map(|a| NativeAssetPrecisionInfo { denom: a.denom.clone(), precision: a.decimals }).collect(),
        fee_info: Some(FeeInfo { total_fee_bps: s.fee_bps, protocol_fee_percent: s.protocol_fee_percent }),
        init_params: Some(init_params),
    };
    app.execute_contract(user.clone(), vault.clone(), &create, &[]).map_err(|e| anyhow!("create pool: {}", e.root_cause()))?;
    let pool: PoolInfo = app.wrap().query_wasm_smart(vault.clone(), &VaultQuery::GetPoolById { pool_id: Uint128::one() })?;

    // the first join, through the vault like a user's: this sets the pool's balances and LP supply
    let assets: Vec<Asset> = infos.iter().zip(&s.initial).map(|(info, a)| Ok(Asset { info: info.clone(), amount: uint(a)? })).collect::<Result<_>>()?;
    let mut funds: Vec<Coin> = denoms.iter().zip(&s.initial).map(|(d, a)| Ok(Coin { denom: d.clone(), amount: uint(a)? })).collect::<Result<_>>()?;
    funds.sort_by(|a, b| a.denom.cmp(&b.denom));
    let join = VaultExecute::JoinPool { pool_id: Uint128::one(), recipient: None, assets: Some(assets), min_lp_to_receive: None, auto_stake: None };
    app.execute_contract(user.clone(), vault.clone(), &join, &funds).map_err(|e| anyhow!("initial join: {}", e.root_cause()))?;

    let config: Value = app.wrap().query_wasm_smart(pool.pool_addr.clone(), &json!({ "config": {} }))?;
    let vault_pool: Value = app.wrap().query_wasm_smart(vault.clone(), &json!({ "get_pool_by_id": { "pool_id": "1" } }))?;
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
    Ok(json!({ "id": s.id, "config": config, "vault_pool": vault_pool, "lp_supply": lp_supply["total_supply"], "results": results }))
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
