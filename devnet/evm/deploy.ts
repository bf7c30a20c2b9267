import {
  type Abi,
  type Address,
  type Hex,
  type PublicClient,
  type WalletClient,
  createPublicClient,
  createWalletClient,
  defineChain,
  getAddress,
  http,
  keccak256,
  parseEther,
  toHex,
} from "viem";
import { mnemonicToAccount } from "viem/accounts";
import { DEMO_MNEMONIC } from "../src/genesis.js";
import { compileContracts } from "./compile.js";

// Deploys Multicall3, stkBNB and its StakePool to a fresh local chain from anvil's first (unlocked) account, which
// is the pool's admin and its operator bot. The order is fixed, so the addresses are too (nonces 0, 1, 2 of that
// account); the app's local network lists them and a test checks they match evm.json.

export const LOCAL_CHAIN_ID = 31337;
export const BOT_ROLE = keccak256(toHex("BOT_ROLE"));
const DAY = 86_400n;

export interface StakePoolConfig {
  bcStakingWallet: Address;
  minCrossChainTransfer: bigint;
  transferOutTimeout: bigint;
  minBNBDeposit: bigint;
  minTokenWithdrawal: bigint;
  cooldownPeriod: bigint;
  fee: { reward: bigint; deposit: bigint; withdraw: bigint };
}

/** mainnet's typical values: 1e12 wei minimums, 15 days cooldown, 2% reward fee, no deposit or withdrawal fee */
export function localConfig(cooldownSeconds = 15n * DAY): StakePoolConfig {
  return {
    bcStakingWallet: "0x000000000000000000000000000000000000dEaD",
    minCrossChainTransfer: 10n ** 17n,
    transferOutTimeout: 3600n,
    minBNBDeposit: 10n ** 12n,
    minTokenWithdrawal: 10n ** 12n,
    cooldownPeriod: cooldownSeconds,
    fee: { reward: 2_000_000_000n, deposit: 0n, withdraw: 0n },
  };
}

/** The demo accounts on Ethereum's path (m/44'/60'/0'/0/N) of the devnet's documented demo mnemonic. */
export function demoEvmAccount(index: number) {
  return mnemonicToAccount(DEMO_MNEMONIC, { addressIndex: index });
}

export interface EvmDeployment {
  chainId: number;
  rpc: string;
  contracts: { multicall3: Address; stkBNB: Address; stakePool: Address };
  /** admin and operator bot of the pool */
  operator: Address;
  feeVault: Address;
  demo: { path: string; addresses: Address[] };
  cooldownSeconds: string;
}

export interface DeployOptions {
  cooldownSeconds?: bigint;
  /** BNB each demo account receives */
  demoFunds?: bigint;
  /** deposited by the operator and rewarded once, so the exchange rate is not 1 at the start */
  seed?: { deposit: bigint; rewards: bigint } | null;
}

export function localChain(rpc: string) {
  return defineChain({
    id: LOCAL_CHAIN_ID,
    name: "BNB local (anvil)",
    nativeCurrency: { name: "BNB", symbol: "BNB", decimals: 18 },
    rpcUrls: { default: { http: [rpc] } },
  });
}

export function clients(rpc: string): { pub: PublicClient; wallet: WalletClient } {
  const chain = localChain(rpc);
  const transport = http(rpc, { batch: false });
  return { pub: createPublicClient({ chain, transport }), wallet: createWalletClient({ chain, transport }) };
}

export async function deployStkBnb(rpc: string, opts: DeployOptions = {}): Promise<EvmDeployment> {
  const { pub, wallet } = clients(rpc);
  const [operator, feeVault] = await wallet.getAddresses();
  const artifacts = compileContracts();

  async function send(hash: Hex): Promise<Address | undefined> {
    const receipt = await pub.waitForTransactionReceipt({ hash });
    if (receipt.status !== "success") throw new Error(`deployment tx ${hash} reverted`);
    return receipt.contractAddress ? getAddress(receipt.contractAddress) : undefined;
  }
  async function deploy(name: string, args: unknown[] = []): Promise<Address> {
    const { abi, bytecode } = artifacts[name]!;
    const address = await send(await wallet.deployContract({ abi, bytecode, args, account: operator!, chain: pub.chain }));
    return address!;
  }
  async function call(address: Address, abi: Abi, functionName: string, args: unknown[] = [], value?: bigint) {
    await send(await wallet.writeContract({ address, abi, functionName, args, value, account: operator!, chain: pub.chain }));
  }

  const multicall3 = await deploy("Multicall3");
  const stkBNB = await deploy("StakedBNBToken");
  const stakePool = await deploy("StakePool", [stkBNB, feeVault, localConfig(opts.cooldownSeconds)]);
  const poolAbi = artifacts.StakePool!.abi;
  await call(stkBNB, artifacts.StakedBNBToken!.abi, "setStakePool", [stakePool]);
  await call(stakePool, poolAbi, "grantRole", [BOT_ROLE, operator]);

  const demo = [0, 1, 2, 3, 4].map((i) => demoEvmAccount(i).address);
  for (const to of demo) await send(await wallet.sendTransaction({ to, value: opts.demoFunds ?? parseEther("1000"), account: operator!, chain: pub.chain }));

  const seed = opts.seed === undefined ? { deposit: parseEther("100"), rewards: parseEther("2.5") } : opts.seed;
  if (seed) {
    await call(stakePool, poolAbi, "deposit", [], seed.deposit);
    await addRewards(rpc, stakePool, seed.rewards);
  }

  return {
    chainId: LOCAL_CHAIN_ID,
    rpc,
    contracts: { multicall3, stkBNB, stakePool },
    operator: operator!,
    feeVault: feeVault!,
    demo: { path: "m/44'/60'/0'/0/N", addresses: demo },
    cooldownSeconds: String(opts.cooldownSeconds ?? localConfig().cooldownPeriod),
  };
}

/** The operator's epoch: the rewards arrive in the pool (locally, from the bot) and the exchange rate grows. */
/**
 * The operator bot's wait for a receipt: anvil mines at once, and a test that reverts the chain under a pending
 * round must not leave the bot waiting for viem's default three minutes.
 */
const RECEIPT_TIMEOUT = 10_000;

export async function addRewards(rpc: string, stakePool: Address, rewards: bigint): Promise<void> {
  const { pub, wallet } = clients(rpc);
  const [operator] = await wallet.getAddresses();
  const abi = compileContracts().StakePool!.abi;
  const funded = await wallet.sendTransaction({ to: stakePool, value: rewards, account: operator!, chain: pub.chain });
  await pub.waitForTransactionReceipt({ hash: funded, timeout: RECEIPT_TIMEOUT });
  const hash = await wallet.writeContract({ address: stakePool, abi, functionName: "epochUpdate", args: [rewards], account: operator!, chain: pub.chain });
  const receipt = await pub.waitForTransactionReceipt({ hash, timeout: RECEIPT_TIMEOUT });
  if (receipt.status !== "success") throw new Error("epochUpdate reverted");
}

/** The bot's standing: whether the operator still holds BOT_ROLE (an admin can revoke it: the pool is then not run). */
export async function operatorIsBot(rpc: string, stakePool: Address): Promise<boolean> {
  const { pub, wallet } = clients(rpc);
  const [operator] = await wallet.getAddresses();
  const abi = compileContracts().StakePool!.abi;
  return (await pub.readContract({ address: stakePool, abi, functionName: "hasRole", args: [BOT_ROLE, operator] })) as boolean;
}

/**
 * Seconds of chain time since the pool's last EpochUpdate (or since the chain began, if none): the bot adds rewards
 * once a chain day, so a test that moves the clock sees a pool that is still run.
 */
export async function secondsSinceRewards(rpc: string, stakePool: Address): Promise<bigint> {
  const { pub } = clients(rpc);
  const abi = compileContracts().StakePool!.abi;
  const latest = await pub.getBlock();
  const logs = await pub.getContractEvents({ address: stakePool, abi, eventName: "EpochUpdate", fromBlock: 0n });
  const last = logs.at(-1);
  const at = last ? (await pub.getBlock({ blockNumber: last.blockNumber })).timestamp : 0n;
  return latest.timestamp - at;
}

/**
 * The operator's unbonding round: whatever users unstaked since the last round is unbonded and put in the claim
 * reserve (on BSC this takes the Beacon Chain's unbonding; locally the BNB never left). Returns the amount moved.
 */
export async function settleUnbonding(rpc: string, stakePool: Address): Promise<bigint> {
  const { pub, wallet } = clients(rpc);
  const [operator] = await wallet.getAddresses();
  const abi = compileContracts().StakePool!.abi;
  const toUnbond = (await pub.readContract({ address: stakePool, abi, functionName: "bnbToUnbond" })) as bigint;
  if (toUnbond <= 0n) return 0n;
  for (const [functionName, args] of [
    ["unbondingInitiated", [toUnbond]],
    ["unbondingFinished", []],
  ] as const) {
    const hash = await wallet.writeContract({ address: stakePool, abi, functionName, args, account: operator!, chain: pub.chain });
    const receipt = await pub.waitForTransactionReceipt({ hash, timeout: RECEIPT_TIMEOUT });
    if (receipt.status !== "success") throw new Error(`${functionName} reverted`);
  }
  return toUnbond;
}
