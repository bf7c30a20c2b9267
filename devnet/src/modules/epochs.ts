import { EpochInfo } from "persistenceonejs/persistence/epochs/v1beta1/genesis";
import {
  QueryCurrentEpochRequest,
  QueryCurrentEpochResponse,
  QueryEpochsInfoRequest,
  QueryEpochsInfoResponse,
} from "persistenceonejs/persistence/epochs/v1beta1/query";
import { grpc } from "../chain/grpc.js";
import { type Ctx, type Module, type WakeupSource, query } from "../chain/module.js";
import type { Genesis } from "../genesis.js";
import { toTimestamp } from "../util/time.js";

// x/epochs as on core-1 (package persistence.epochs.v1beta1): timers that tick in BeginBlock when the block time
// passes the end of the current epoch, at most one tick per identifier per block. A tick ends epoch N (the
// modules' onEpochEnd hooks run) and starts N+1.

export const EPOCHS: { identifier: string; seconds: number }[] = [
  { identifier: "hour", seconds: 3600 },
  { identifier: "day", seconds: 86_400 },
  { identifier: "week", seconds: 604_800 },
];

interface EpochState {
  identifier: string;
  startTime: number;
  durationMs: number;
  currentEpoch: number;
  currentEpochStartTime: number;
  currentEpochStartHeight: number;
  started: boolean;
}

const key = (id: string) => `epochs/info/${id}`;

/** The current number of an epoch timer (0 before it first ticks). */
export function currentEpoch(ctx: Ctx, identifier: string): number {
  return ctx.store.get<EpochState>(key(identifier))?.currentEpoch ?? 0;
}

/** When the current epoch of a timer ends (ms): the next tick is the first block after it. */
export function currentEpochEnd(ctx: Ctx, identifier: string): number {
  const e = ctx.store.get<EpochState>(key(identifier));
  return e ? e.currentEpochStartTime + e.durationMs : 0;
}

export class EpochsModule implements Module, WakeupSource {
  readonly name = "epochs";

  constructor(private readonly notifyEpochEnd: (ctx: Ctx, identifier: string, epochNumber: number) => void) {}

  private all(ctx: Ctx): EpochState[] {
    return ctx.store.list<EpochState>("epochs/info/").map((e) => e.value);
  }

  initGenesis(ctx: Ctx, genesis: Genesis): void {
    const start = Date.parse(genesis.genesisTime);
    for (const e of EPOCHS) {
      ctx.store.set<EpochState>(key(e.identifier), {
        identifier: e.identifier,
        startTime: start,
        durationMs: e.seconds * 1000,
        currentEpoch: 0,
        currentEpochStartTime: start,
        currentEpochStartHeight: 0,
        started: false,
      });
    }
  }

  beginBlock(ctx: Ctx): void {
    for (const e of this.all(ctx)) {
      const initial = !e.started && e.startTime <= ctx.time;
      if (!initial && !(e.started && ctx.time > e.currentEpochStartTime + e.durationMs)) continue;
      e.currentEpochStartHeight = ctx.height;
      if (initial) {
        e.started = true;
        e.currentEpoch = 1;
        e.currentEpochStartTime = e.startTime;
      } else {
        ctx.events.emit("epoch_end", { epoch_number: String(e.currentEpoch) });
        this.notifyEpochEnd(ctx, e.identifier, e.currentEpoch);
        e.currentEpoch += 1;
        e.currentEpochStartTime += e.durationMs;
      }
      ctx.events.emit("epoch_start", { epoch_number: String(e.currentEpoch), start_time: String(Math.floor(e.currentEpochStartTime / 1000)) });
      ctx.store.set(key(e.identifier), e);
    }
  }

  /** A block just after each epoch end in (from, to], so every tick and its hooks run when time is advanced. */
  wakeups(ctx: Ctx, from: number, to: number): number[] {
    const times: number[] = [];
    for (const e of this.all(ctx)) {
      let end = e.currentEpochStartTime + e.durationMs + 1;
      while (end <= from) end += e.durationMs;
      for (; end <= to; end += e.durationMs) times.push(end);
    }
    return times;
  }

  private encode(e: EpochState): EpochInfo {
    return EpochInfo.fromPartial({
      identifier: e.identifier,
      startTime: toTimestamp(e.startTime),
      duration: { seconds: BigInt(e.durationMs / 1000), nanos: 0 },
      currentEpoch: BigInt(e.currentEpoch),
      currentEpochStartTime: toTimestamp(e.currentEpochStartTime),
      epochCountingStarted: e.started,
      currentEpochStartHeight: BigInt(e.currentEpochStartHeight),
    });
  }

  readonly queries = [
    query("/persistence.epochs.v1beta1.Query/EpochInfos", QueryEpochsInfoRequest, QueryEpochsInfoResponse, (ctx) => ({
      epochs: this.all(ctx).map((e) => this.encode(e)),
    })),
    query("/persistence.epochs.v1beta1.Query/CurrentEpoch", QueryCurrentEpochRequest, QueryCurrentEpochResponse, (ctx, req) => {
      const e = ctx.store.get<EpochState>(key(req.identifier));
      if (!e) throw grpc.notFound(`epoch ${req.identifier} not found`);
      return { currentEpoch: BigInt(e.currentEpoch) };
    }),
  ];
}
