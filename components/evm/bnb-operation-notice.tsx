"use client";

import { useTranslations } from "use-intl";
import type { EvmNetwork } from "@/lib/evm/networks";
import type { PoolOperation } from "@/lib/evm/pool-operation";
import type { PoolSnapshot } from "@/lib/evm/pool-state";
import { bnbText } from "./format";
import { useBnbTime } from "./use-bnb-texts";

/**
 * Why new stakes are not offered, in the chain's own facts (lib/evm/pool-operation.ts): no rewards this week,
 * unstakes left unsettled, or events the node would not show; for pSTAKE's pools on BSC, also the Beacon Chain's
 * end. Nothing when the pool is run (or paused: the pool panel says that).
 */
export function BnbOperationNotice({
  network,
  operation,
  pool,
}: {
  network: EvmNetwork;
  operation: PoolOperation | undefined;
  pool: PoolSnapshot | undefined;
}) {
  const t = useTranslations();
  const time = useBnbTime();
  if (operation?.kind === "live" || operation?.kind === "paused") return null;
  // not read yet (or unreadable): a Beacon Chain pool is still known to be unrun; any other waits for the chain
  if (!operation && !network.stakedOnBeaconChain) return null;

  const evidence =
    operation?.kind === "not-run"
      ? operation.why === "unsettled"
        ? t("bnb.exitOnly.unsettled", { amount: bnbText(pool?.bnbToUnbond ?? 0n, 4), since: time.date(operation.since) })
        : t("bnb.exitOnly.noRewards", { since: time.date(operation.since) })
      : operation?.kind === "unconfirmed"
        ? t("bnb.exitOnly.unconfirmed", { error: operation.error })
        : null;
  return (
    <div role="status" className="rounded-lg border border-amber-400/30 bg-amber-500/10 px-4 py-3 text-sm text-amber-100" data-testid="bnb-exit-only">
      <p className="font-medium">{operation?.kind === "unconfirmed" ? t("bnb.exitOnly.unconfirmedTitle") : t("bnb.exitOnly.title")}</p>
      {evidence && (
        <p className="mt-1 text-amber-200/90" data-testid="bnb-exit-only-evidence">
          {evidence}
        </p>
      )}
      <p className="mt-1 text-amber-200/90">
        {network.stakedOnBeaconChain && `${t("bnb.exitOnly.beaconChain")} `}
        {t("bnb.exitOnly.body")} {pool && t("bnb.exitOnly.reserve", { reserve: bnbText(pool.claimReserve, 4) })}
      </p>
    </div>
  );
}
