import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type DevnetApp, buildApp } from "./app.js";
import type { BlockRecord, CheckResult, TxRecord } from "./chain/chain.js";
import { ChainLog } from "./chain/persist.js";
import { txHash } from "./chain/tx.js";
import { type Genesis, defaultGenesis } from "./genesis.js";
import { checkAddress } from "./util/address.js";
import { parseCoins, type WireCoin } from "./util/coins.js";
import type { Acknowledgement, Packet } from "./modules/ibc-transfer.js";

// A devnet node: the chain plus a mempool, block production (one block per tx, or on an interval), the
// devnet_ control actions, and its home folder.

export interface NodeOptions {
  home: string;
  reset?: boolean;
  /** null: a block as soon as a tx arrives; otherwise a block every blockTimeMs */
  blockTimeMs?: number | null;
  chainId?: string;
  genesisTime?: string;
  /** "mainnet": core-1 as it is today (no liquidstakeibc, leftover stk balances); applies at --reset */
  profile?: "devnet" | "mainnet" | "counterparty";
  /** fdatasync after each block (durable across power loss, slower) */
  fsync?: boolean;
  /**
   * Serve only the last N blocks and their state, as a pruned node does (min-retain-blocks and state pruning):
   * `status` names the earliest kept height, and blocks, block results and queries below it are refused.
   */
  keepBlocks?: number | null;
}

const RECENT_CACHE = 10_000;

export class MempoolError extends Error {}

export class DevnetNode {
  readonly app: DevnetApp;
  private readonly log: ChainLog;
  private mempool: { bytes: Uint8Array; hash: string }[] = [];
  private readonly recent = new Set<string>();
  private readonly waiters = new Map<string, ((t: TxRecord) => void)[]>();
  private timer: NodeJS.Timeout | null = null;
  readonly blockTimeMs: number | null;
  readonly keepBlocks: number | null;

  constructor(opts: NodeOptions) {
    if (opts.reset && existsSync(opts.home)) rmSync(opts.home, { recursive: true, force: true });
    mkdirSync(opts.home, { recursive: true });
    const genesisPath = join(opts.home, "genesis.json");
    let genesis: Genesis;
    if (existsSync(genesisPath)) {
      genesis = JSON.parse(readFileSync(genesisPath, "utf8")) as Genesis;
    } else {
      genesis = defaultGenesis({ chainId: opts.chainId, genesisTime: opts.genesisTime, profile: opts.profile });
      writeFileSync(`${genesisPath}.tmp`, JSON.stringify(genesis, null, 2));
      renameSync(`${genesisPath}.tmp`, genesisPath);
    }
    this.log = new ChainLog(opts.home, opts.fsync ?? false);
    this.app = buildApp(genesis, this.log);
    this.app.chain.start();
    this.blockTimeMs = opts.blockTimeMs ?? null;
    this.keepBlocks = opts.keepBlocks ?? null;
    if (this.blockTimeMs) this.timer = setInterval(() => this.intervalBlock(), this.blockTimeMs);
  }

  get chain() {
    return this.app.chain;
  }

  /** CheckTx then, in automine mode, a block with just this tx. Mempool-level refusals throw MempoolError. */
  submit(bytes: Uint8Array): CheckResult & { hash: string } {
    const hash = txHash(bytes);
    const max = this.chain.genesis.params.maxTxBytes;
    if (bytes.length > max) throw new MempoolError(`tx too large. Max size is ${max}, but got ${bytes.length}`);
    if (this.recent.has(hash)) throw new MempoolError("tx already exists in cache");
    const check = this.chain.checkTx(bytes);
    if (check.code !== 0) return { ...check, hash };
    this.remember(hash);
    if (this.blockTimeMs) this.mempool.push({ bytes, hash });
    else this.commit(this.chain.makeBlock([bytes]));
    return { ...check, hash };
  }

  private remember(hash: string): void {
    this.recent.add(hash);
    if (this.recent.size > RECENT_CACHE) this.recent.delete(this.recent.values().next().value!);
  }

  private intervalBlock(): void {
    this.chain.clock += this.blockTimeMs!;
    const txs = this.mempool.splice(0, 10_000).map((t) => t.bytes);
    this.commit(this.chain.makeBlock(txs));
  }

  private commit(block: BlockRecord): void {
    for (const t of block.txs) {
      for (const resolve of this.waiters.get(t.hash) ?? []) resolve(t);
      this.waiters.delete(t.hash);
    }
  }

  /** Resolves when the tx is in a block, or with undefined after the timeout (broadcast_tx_commit). */
  waitForTx(hash: string, timeoutMs: number): Promise<TxRecord | undefined> {
    const done = this.chain.getTx(hash);
    if (done) return Promise.resolve(done);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), timeoutMs);
      const list = this.waiters.get(hash) ?? [];
      list.push((t) => {
        clearTimeout(timer);
        resolve(t);
      });
      this.waiters.set(hash, list);
    });
  }

  advanceTime(seconds: number): BlockRecord[] {
    if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError("seconds must be a non-negative number");
    // Pending txs go into the first block, as they would on a real chain.
    const pending = this.mempool.splice(0).map((t) => t.bytes);
    if (pending.length) this.commit(this.chain.makeBlock(pending));
    const blocks = this.chain.advanceTime(seconds);
    blocks.forEach((b) => this.commit(b));
    return blocks;
  }

  fund(address: string, coins: WireCoin[]): BlockRecord {
    checkAddress(address);
    const parsed = parseCoins([...coins].sort((a, b) => (a.denom < b.denom ? -1 : 1)));
    if (!parsed.length) throw new RangeError("coins must not be empty");
    return this.chain.controlBlock((ctx) => this.app.bank.mintTo(ctx, address, parsed));
  }

  /** Fails a multi-chain unbonding epoch (refunding its requests in stk), as a failed host undelegation would. */
  failUnbonding(chainId: string, epoch: number): BlockRecord {
    const lsibc = this.app.chain.modules.find((m) => m.name === "liquidstakeibc") as import("./modules/liquidstakeibc.js").LiquidStakeIbcModule | undefined;
    if (!lsibc) throw new RangeError("this chain does not run liquidstakeibc");
    return this.chain.controlBlock((ctx) => lsibc.failUnbonding(ctx, chainId, epoch));
  }

  /** A slash of the liquid-staked delegations on a host chain (see LiquidStakeIbcModule.slashHost). */
  slashHost(chainId: string, fraction: string): BlockRecord {
    const lsibc = this.app.chain.modules.find((m) => m.name === "liquidstakeibc") as import("./modules/liquidstakeibc.js").LiquidStakeIbcModule | undefined;
    if (!lsibc) throw new RangeError("this chain does not run liquidstakeibc");
    if (!/^0?\.\d{1,18}$/.test(fraction)) throw new RangeError("fraction must be a decimal below 1 such as 0.2");
    return this.chain.controlBlock((ctx) => lsibc.slashHost(ctx, chainId, fraction));
  }

  /** Sets an oracle price of the lending market (micro-USD per base unit), as its owner's set_price_source would. */
  setPrice(denom: string, price: string): BlockRecord {
    const oracle = this.app.marsOracle;
    if (!oracle) throw new RangeError("this chain runs no lending market");
    const address = this.app.wasm.addresses.mars_oracle;
    if (!/^\d+(\.\d{1,18})?$/.test(price) || !/[1-9]/.test(price)) throw new RangeError("price must be a positive decimal such as 0.25");
    return this.chain.controlBlock((ctx) => oracle.setPrice(ctx, address, denom, price));
  }

  /** Jails or unjails a validator (it leaves the bonded set and earns nothing while jailed). */
  setValidatorJailed(operator: string, jailed: boolean): BlockRecord {
    return this.chain.controlBlock((ctx) => this.app.staking.setJailed(ctx, operator, jailed));
  }

  /** Packets sent from this chain that wait for a relayer. */
  ibcPending(): Packet[] {
    return this.chain.readState((ctx) => this.app.ibcTransfer.pendingPackets(ctx));
  }

  /**
   * A relayer delivers a packet here: received, with the acknowledgement to carry back (the same one again for a
   * packet received before: delivery is idempotent), or too late (the packet timed out by this chain's latest block,
   * which is the relayer's proof for a timeout on the sender).
   */
  ibcReceive(packet: Packet): { ack: Acknowledgement } | { timeout: true } {
    const ibc = this.app.ibcTransfer;
    const seen = this.chain.readState((ctx) => ({
      ack: ibc.writtenAck(ctx, packet.destinationChannel, packet.sequence),
      late: ibc.isTimedOut(ctx, packet),
    }));
    if (seen.ack) return { ack: seen.ack };
    if (seen.late) return { timeout: true };
    let ack: Acknowledgement | undefined;
    this.chain.controlBlock((ctx) => {
      ack = ibc.receive(ctx, packet);
    });
    return { ack: ack! };
  }

  ibcAcknowledge(channel: string, sequence: string, ack: Acknowledgement): BlockRecord {
    return this.chain.controlBlock((ctx) => this.app.ibcTransfer.acknowledge(ctx, channel, sequence, ack));
  }

  ibcTimeout(channel: string, sequence: string): BlockRecord {
    return this.chain.controlBlock((ctx) => this.app.ibcTransfer.timeout(ctx, channel, sequence));
  }

  snapshot(): number {
    return this.chain.snapshot();
  }

  revert(id: number): boolean {
    this.mempool = [];
    this.recent.clear();
    return this.chain.revert(id);
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.log.close();
  }
}
