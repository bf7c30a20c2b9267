"use client";

import { useEffect, useState } from "react";

/** The wall clock in ms, re-read every second while `running` (countdowns, clocks moved on from a read). */
export function useTicker(running = true): number {
  const [tick, setTick] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const t = setInterval(() => setTick(Date.now()), 1_000);
    return () => clearInterval(t);
  }, [running]);
  return tick;
}
