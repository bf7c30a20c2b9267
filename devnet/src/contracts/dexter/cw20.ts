import type { Ctx } from "../../chain/module.js";
import type { Contract, ExecuteEnv, WasmModule } from "../../modules/wasm.js";
import { contractState, uint128, variant } from "../state.js";

// cw20-base 1.0.1, as dexter-lp-token 1.0.0 wraps it: the LP tokens Dexter's vault mints. Balances, token_info,
// minter, allowances (one, all of an owner's, all of a spender's), all_accounts, marketing_info; transfer, send (with
// the Cw20ReceiveMsg hook on the receiving contract), mint (minter only), burn and the *_from forms. As cw20-base, an
// account once touched keeps its (possibly zero) balance entry, so all_accounts lists it.

export interface Cw20Init {
  name: string;
  symbol: string;
  decimals: number;
  minter: string;
  /** the contract's label (wasmd ContractInfo) */
  label?: string;
}

interface Allowance {
  allowance: string;
}

/** cw20-base's enumeration: sorted by key, after `start_after`, at most `limit` (10 by default, 30 at most) */
function page<T>(rows: T[], key: (row: T) => string, m: Record<string, unknown>): T[] {
  const after = typeof m.start_after === "string" ? m.start_after : null;
  const limit = Math.min(typeof m.limit === "number" ? m.limit : 10, 30);
  return rows
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    .filter((r) => after === null || key(r) > after)
    .slice(0, limit);
}

export function cw20Contract(wasm: WasmModule, init: Cw20Init): Contract {
  const st = (ctx: Ctx, address: string) => {
    const s = contractState(ctx, address);
    const balance = (who: string) => BigInt(s.get<string>(`balance/${who}`) ?? "0");
    const setBalance = (who: string, v: bigint) => s.set(`balance/${who}`, v.toString());
    const supply = () => BigInt(s.get<string>("supply") ?? "0");
    return {
      balance,
      supply,
      move(from: string, to: string, amount: bigint) {
        if (amount === 0n) throw new Error("Invalid zero amount");
        const have = balance(from);
        if (have < amount) throw new Error(`Cannot Sub with ${have} and ${amount}`);
        setBalance(from, have - amount);
        setBalance(to, balance(to) + amount);
      },
      mint(to: string, amount: bigint) {
        if (amount === 0n) throw new Error("Invalid zero amount");
        setBalance(to, balance(to) + amount);
        s.set("supply", (supply() + amount).toString());
      },
      burn(from: string, amount: bigint) {
        if (amount === 0n) throw new Error("Invalid zero amount");
        const have = balance(from);
        if (have < amount) throw new Error(`Cannot Sub with ${have} and ${amount}`);
        setBalance(from, have - amount);
        s.set("supply", (supply() - amount).toString());
      },
      accounts: () => s.list<string>("balance/").map((e) => e.key),
      allowances: () =>
        s.list<Allowance>("allowance/").map((e) => {
          const [owner, spender] = e.key.split("/");
          return { owner, spender, allowance: e.value.allowance };
        }),
      allowance: (owner: string, spender: string) => BigInt(s.get<Allowance>(`allowance/${owner}/${spender}`)?.allowance ?? "0"),
      setAllowance: (owner: string, spender: string, v: bigint) =>
        v === 0n ? s.delete(`allowance/${owner}/${spender}`) : s.set<Allowance>(`allowance/${owner}/${spender}`, { allowance: v.toString() }),
    };
  };

  const spendAllowance = (token: ReturnType<typeof st>, owner: string, spender: string, amount: bigint) => {
    const left = token.allowance(owner, spender);
    if (left === 0n) throw new Error("No allowance for this account");
    if (left < amount) throw new Error(`Cannot Sub with ${left} and ${amount}`);
    token.setAllowance(owner, spender, left - amount);
  };

  const sendHook = (ctx: Ctx, env: ExecuteEnv, owner: string, contract: string, amount: bigint, msg: unknown) => {
    if (typeof msg !== "string") throw new Error("Invalid type: msg must be base64 binary");
    wasm.execute(ctx, env.contract, contract, { receive: { sender: owner, amount: amount.toString(), msg } });
  };

  return {
    label: init.label ?? `${init.name} (${init.symbol})`,
    codeId: 5,
    execute(ctx, env, msg) {
      const token = st(ctx, env.contract);
      const [kind, m] = variant(msg);
      switch (kind) {
        case "transfer": {
          const amount = uint128(m.amount, "amount");
          token.move(env.sender, String(m.recipient), amount);
          return {
            attributes: [
              ["action", "transfer"],
              ["from", env.sender],
              ["to", String(m.recipient)],
              ["amount", amount.toString()],
            ],
          };
        }
        case "send": {
          const amount = uint128(m.amount, "amount");
          token.move(env.sender, String(m.contract), amount);
          sendHook(ctx, env, env.sender, String(m.contract), amount, m.msg);
          return {
            attributes: [
              ["action", "send"],
              ["from", env.sender],
              ["to", String(m.contract)],
              ["amount", amount.toString()],
            ],
          };
        }
        case "mint": {
          if (env.sender !== init.minter) throw new Error("Unauthorized");
          const amount = uint128(m.amount, "amount");
          token.mint(String(m.recipient), amount);
          return {
            attributes: [
              ["action", "mint"],
              ["to", String(m.recipient)],
              ["amount", amount.toString()],
            ],
          };
        }
        case "burn": {
          const amount = uint128(m.amount, "amount");
          token.burn(env.sender, amount);
          return {
            attributes: [
              ["action", "burn"],
              ["from", env.sender],
              ["amount", amount.toString()],
            ],
          };
        }
        case "increase_allowance":
        case "decrease_allowance": {
          const spender = String(m.spender);
          if (spender === env.sender) throw new Error("Cannot set allowance to own account");
          const amount = uint128(m.amount, "amount");
          const now = token.allowance(env.sender, spender);
          token.setAllowance(env.sender, spender, kind === "increase_allowance" ? now + amount : now > amount ? now - amount : 0n);
          return {
            attributes: [
              ["action", kind],
              ["owner", env.sender],
              ["spender", spender],
              ["amount", amount.toString()],
            ],
          };
        }
        case "transfer_from": {
          const amount = uint128(m.amount, "amount");
          spendAllowance(token, String(m.owner), env.sender, amount);
          token.move(String(m.owner), String(m.recipient), amount);
          return {
            attributes: [
              ["action", "transfer_from"],
              ["from", String(m.owner)],
              ["to", String(m.recipient)],
              ["by", env.sender],
              ["amount", amount.toString()],
            ],
          };
        }
        case "send_from": {
          const amount = uint128(m.amount, "amount");
          spendAllowance(token, String(m.owner), env.sender, amount);
          token.move(String(m.owner), String(m.contract), amount);
          sendHook(ctx, env, String(m.owner), String(m.contract), amount, m.msg);
          return {
            attributes: [
              ["action", "send_from"],
              ["from", String(m.owner)],
              ["to", String(m.contract)],
              ["by", env.sender],
              ["amount", amount.toString()],
            ],
          };
        }
        case "burn_from": {
          const amount = uint128(m.amount, "amount");
          spendAllowance(token, String(m.owner), env.sender, amount);
          token.burn(String(m.owner), amount);
          return {
            attributes: [
              ["action", "burn_from"],
              ["from", String(m.owner)],
              ["by", env.sender],
              ["amount", amount.toString()],
            ],
          };
        }
        default:
          throw new Error(`Error parsing into type cw20::msg::ExecuteMsg: unknown variant \`${kind}\``);
      }
    },
    query(ctx, address, msg) {
      const token = st(ctx, address);
      const [kind, m] = variant(msg);
      switch (kind) {
        case "balance":
          return { balance: token.balance(String(m.address)).toString() };
        case "token_info":
          return { name: init.name, symbol: init.symbol, decimals: init.decimals, total_supply: token.supply().toString() };
        case "minter":
          return { minter: init.minter, cap: null };
        case "allowance":
          return { allowance: token.allowance(String(m.owner), String(m.spender)).toString(), expires: { never: {} } };
        case "all_allowances":
          return {
            allowances: page(
              token.allowances().filter((a) => a.owner === m.owner),
              (a) => a.spender,
              m,
            ).map((a) => ({ spender: a.spender, allowance: a.allowance, expires: { never: {} } })),
          };
        case "all_spender_allowances":
          return {
            allowances: page(
              token.allowances().filter((a) => a.spender === m.spender),
              (a) => a.owner,
              m,
            ).map((a) => ({ owner: a.owner, allowance: a.allowance, expires: { never: {} } })),
          };
        case "all_accounts":
          return { accounts: page(token.accounts(), (a) => a, m) };
        case "marketing_info":
          return { project: null, description: null, logo: null, marketing: null };
        case "download_logo":
          throw new Error("cw20_base::state::Logo not found");
        default:
          throw new Error(`Error parsing into type cw20::msg::QueryMsg: unknown variant \`${kind}\``);
      }
    },
  };
}

/** Decodes the base64 JSON of a Cw20ReceiveMsg's msg. */
export function hookMessage(msg: unknown): Record<string, unknown> {
  if (typeof msg !== "string") throw new Error("Invalid type: msg must be base64 binary");
  const value = JSON.parse(Buffer.from(msg, "base64").toString("utf8")) as unknown;
  if (!value || typeof value !== "object") throw new Error("Error parsing into type: hook msg must be an object");
  return value as Record<string, unknown>;
}
