"use client";

import { useSyncExternalStore } from "react";
import type { EndpointHealth } from "@/lib/chain/endpoints";
import { useNetwork } from "./use-network";

const EMPTY: EndpointHealth[] = [];
/** Snapshots per pool, so useSyncExternalStore sees the same array until the health really changes. */
const snapshots = new WeakMap<object, { key: string; value: EndpointHealth[] }>();

/** The health of the network's RPC endpoints, updated as requests succeed or fail. */
export function useEndpointHealth(): EndpointHealth[] {
  const { rpc } = useNetwork();
  const pool = rpc.pool;
  return useSyncExternalStore(
    (cb) => pool.subscribe(cb),
    () => {
      const value = pool.health();
      const key = JSON.stringify(value);
      const cached = snapshots.get(pool);
      if (cached?.key === key) return cached.value;
      snapshots.set(pool, { key, value });
      return value;
    },
    () => EMPTY,
  );
}
