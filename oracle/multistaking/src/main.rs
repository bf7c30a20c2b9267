//! The multistaking oracle: runs generated scenarios through the published dexter-multi-staking (3.0.0) and
//! dexter-lp-token (1.0.0) contracts under cw-multi-test and prints what they hold after every step.
//!
//! core-1 runs multistaking 3.1.1 (dexter_core ddd49ac), which crates.io does not have. Between 3.0.0 and 3.1.1 the
//! reward path is the same code (bond, unbond, unlock, withdraw, create_reward_schedule, compute_reward,
//! compute_staker_reward, update_staking_rewards, the creator's unallocated share, the unclaimed_rewards query);
//! what changed is the config (unbond_config, per-LP overrides) and the instant fees' rounding, which the scenarios
//! leave out (those are held to upstream's own test vectors instead).
//!
//! stdin: a JSON array of scenarios `{id, unlock_period, users: [lp held], steps: [{at, action}]}`; `at` counts
//! seconds from the scenario's start. stdout: per scenario, per step: `{error, users: [{bonded, rewards, locks,
//! unlocked, lp}], creator: [{amount, claimed} | null]}` and the LP token's answers to its cw20 queries.

use std::io::Read;

use anyhow::{anyhow, Context, Result};
use cosmwasm_std::{Addr, Coin, Timestamp, Uint128};
use cw_multi_test::{App, ContractWrapper, Executor};
use serde::Deserialize;
use serde_json::{json, Value};

const START: u64 = 1_000_000_000;
const REWARD_DENOMS: [&str; 2] = ["uxprt", "uatom"];

#[derive(Deserialize)]
struct Scenario {
    id: String,
    unlock_period: u64,
    /// LP each user holds at the start
    users: Vec<String>,
    steps: Vec<Step>,
}

#[derive(Deserialize)]
struct Step {
    at: u64,
    #[serde(flatten)]
    action: Action,
}

#[derive(Deserialize)]
#[serde(tag = "do", rename_all = "snake_case")]
enum Action {
    Schedule { denom: String, amount: String, start: u64, end: u64 },
    Bond { user: usize, amount: String },
    Unbond { user: usize, amount: String },
    Unlock { user: usize },
    Withdraw { user: usize },
    ClaimUnallocated { schedule: u64 },
}

fn user(k: usize) -> Addr {
    Addr::unchecked(format!("user{}", k + 1))
}

fn run(s: &Scenario) -> Result<Value> {
    let owner = Addr::unchecked("owner");
    let funds: Vec<Coin> = REWARD_DENOMS.iter().map(|d| Coin { denom: d.to_string(), amount: Uint128::new(u128::MAX / 4) }).collect();
    let mut app = App::new(|router, _, storage| router.bank.init_balance(storage, &owner, funds).unwrap());
    app.update_block(|b| b.time = Timestamp::from_seconds(START));
    let ms_code = app.store_code(Box::new(ContractWrapper::new_with_empty(
        dexter_multi_staking::contract::execute,
        dexter_multi_staking::contract::instantiate,
        dexter_multi_staking::contract::query,
    )));
    let lp_code = app.store_code(Box::new(ContractWrapper::new_with_empty(
        dexter_lp_token::contract::execute,
        dexter_lp_token::contract::instantiate,
        dexter_lp_token::contract::query,
    )));
    let ms = app
        .instantiate_contract(
            ms_code,
            owner.clone(),
            &json!({ "owner": owner, "keeper_addr": "keeper", "unlock_period": s.unlock_period,
                     "minimum_reward_schedule_proposal_start_delay": 0,
                     "instant_unbond_fee_bp": 500, "instant_unbond_min_fee_bp": 200, "fee_tier_interval": s.unlock_period }),
            &[],
            "multistaking",
            None,
        )
        .map_err(|e| anyhow!("instantiate multistaking: {}", e.root_cause()))?;
    let balances: Vec<Value> = s.users.iter().enumerate().map(|(k, a)| json!({ "address": user(k), "amount": a })).collect();
    let lp = app
        .instantiate_contract(
            lp_code,
            owner.clone(),
            &json!({ "name": "Dexter LP", "symbol": "DEX-LP", "decimals": 18, "initial_balances": balances,
                     "mint": { "minter": owner, "cap": null }, "marketing": null }),
            &[],
            "lp",
            None,
        )
        .map_err(|e| anyhow!("instantiate LP token: {}", e.root_cause()))?;
    app.execute_contract(owner.clone(), ms.clone(), &json!({ "allow_lp_token": { "lp_token": lp } }), &[])
        .map_err(|e| anyhow!("allow LP: {}", e.root_cause()))?;

    let mut schedules = 0u64;
    let mut out = vec![];
    for step in &s.steps {
        app.update_block(|b| b.time = Timestamp::from_seconds(START + step.at));
        let (sender, contract, msg, funds): (Addr, Addr, Value, Vec<Coin>) = match &step.action {
            Action::Schedule { denom, amount, start, end } => (
                owner.clone(),
                ms.clone(),
                json!({ "create_reward_schedule": { "lp_token": lp, "title": "rewards", "actual_creator": null,
                        "start_block_time": START + start, "end_block_time": START + end } }),
                vec![Coin { denom: denom.clone(), amount: amount.parse::<u128>().map(Uint128::new)? }],
            ),
            Action::Bond { user: k, amount } => (
                user(*k),
                lp.clone(),
                json!({ "send": { "contract": ms, "amount": amount,
                        "msg": cosmwasm_std::to_json_binary(&json!({ "bond": { "beneficiary_user": null } }))? } }),
                vec![],
            ),
            Action::Unbond { user: k, amount } => (user(*k), ms.clone(), json!({ "unbond": { "lp_token": lp, "amount": amount } }), vec![]),
            Action::Unlock { user: k } => (user(*k), ms.clone(), json!({ "unlock": { "lp_token": lp } }), vec![]),
            Action::Withdraw { user: k } => (user(*k), ms.clone(), json!({ "withdraw": { "lp_token": lp } }), vec![]),
            Action::ClaimUnallocated { schedule } => (owner.clone(), ms.clone(), json!({ "claim_unallocated_reward": { "reward_schedule_id": schedule } }), vec![]),
        };
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| app.execute_contract(sender.clone(), contract.clone(), &msg, &funds)));
        let error = match outcome {
            Ok(Ok(_)) => {
                if matches!(step.action, Action::Schedule { .. }) {
                    schedules += 1;
                }
                None
            }
            Ok(Err(e)) => Some(e.root_cause().to_string()),
            Err(_) => Some("the contract panicked".to_string()),
        };
        let q = |msg: Value| app.wrap().query_wasm_smart::<Value>(ms.clone(), &msg).map_err(|e| e.to_string());
        let users: Vec<Value> = (0..s.users.len())
            .map(|k| {
                let who = user(k);
                let rewards = q(json!({ "unclaimed_rewards": { "lp_token": lp, "user": who, "block_time": null } }));
                let locks = q(json!({ "token_locks": { "lp_token": lp, "user": who, "block_time": null } })).unwrap_or(Value::Null);
                let bonded = q(json!({ "bonded_lp_tokens": { "lp_token": lp, "user": who } })).unwrap_or(Value::Null);
                let held: Value = app.wrap().query_wasm_smart(lp.clone(), &json!({ "balance": { "address": who } })).unwrap_or(Value::Null);
                let paid: Vec<String> = REWARD_DENOMS.iter().map(|d| app.wrap().query_balance(who.clone(), *d).map(|c| c.amount.to_string()).unwrap_or_default()).collect();
                json!({ "bonded": bonded, "rewards": rewards.unwrap_or(json!({ "error": true })), "locks": locks, "lp": held["balance"], "paid": paid })
            })
            .collect();
        let creator: Vec<Value> = (1..=schedules).map(|id| q(json!({ "creator_claimable_reward": { "reward_schedule_id": id } })).unwrap_or(Value::Null)).collect();
        out.push(json!({ "error": error, "users": users, "creator": creator }));
    }

    // the LP token's cw20 answers, for the shapes the app and the devnet's LP token give (an allowance first, so
    // the allowance lists have a row)
    let _ = app.execute_contract(user(0), lp.clone(), &json!({ "increase_allowance": { "spender": owner, "amount": "5", "expires": null } }), &[]);
    let lq = |msg: Value| app.wrap().query_wasm_smart::<Value>(lp.clone(), &msg).unwrap_or_else(|e| json!({ "error": e.to_string() }));
    let lp_token = json!({
        "token_info": lq(json!({ "token_info": {} })),
        "minter": lq(json!({ "minter": {} })),
        "balance": lq(json!({ "balance": { "address": user(0) } })),
        "allowance": lq(json!({ "allowance": { "owner": user(0), "spender": ms } })),
        "marketing_info": lq(json!({ "marketing_info": {} })),
        "all_accounts": lq(json!({ "all_accounts": { "start_after": null, "limit": null } })),
        "all_allowances": lq(json!({ "all_allowances": { "owner": user(0), "start_after": null, "limit": null } })),
        "all_spender_allowances": lq(json!({ "all_spender_allowances": { "spender": owner, "start_after": null, "limit": null } })),
    });
    Ok(json!({ "id": s.id, "steps": out, "lp_token": lp_token }))
}

fn main() -> Result<()> {
    std::panic::set_hook(Box::new(|_| {})); // a panic is the contract's answer here (see run), not a crash
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input)?;
    let scenarios: Vec<Scenario> = serde_json::from_str(&input).context("scenarios")?;
    let out: Vec<Value> = scenarios.iter().map(|s| run(s).unwrap_or_else(|e| json!({ "id": s.id, "error": e.to_string() }))).collect();
    println!("{}", serde_json::to_string(&out)?);
    Ok(())
}
