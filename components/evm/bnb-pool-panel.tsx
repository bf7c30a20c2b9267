"use client";

import { useTranslations } from "use-intl";
import { useEvmNetwork, useEvmPool, usePoolOperation } from "@/hooks/use-evm-pool";
import { rateText } from "@/lib/evm/math";
import { EvmReadError } from "@/lib/evm/pool-state";
import { Loading } from "@/components/ui/loading";
import { Panel } from "@/components/ui/panel";
import { PreviewTable } from "@/components/ui/preview-table";
import { BnbOperationNotice } from "./bnb-operation-notice";
import { bnbText, feePercent } from "./format";
import { useBnbTime } from "./use-bnb-texts";

/** The stake pool as the chain reports it, and whether it is still run: shown with or without an EVM wallet. */
export function BnbPoolPanel() {
  const network = useEvmNetwork();
  const pool = useEvmPool(network);
  // a pool the chain does not show as run is exit-only: its page says why and offers no stake
  const operation = usePoolOperation(network);
  const t = useTranslations();
  const time = useBnbTime();
  // why a read of the pool failed: an unreachable node in words, anything else as the node said it
  const readError = (e: unknown) => (e instanceof EvmReadError && e.kind === "unreachable" ? t("bnb.unreachable") : (e as Error).message.split("\n")[0]);

  return (
    <>
      <BnbOperationNotice network={network} operation={operation} pool={pool.data} />
      <Panel id="bnb-pool" title={t("bnb.pool")}>
        {pool.isError ? (
          <p role="alert" className="mt-2 text-sm text-red-200" data-testid="bnb-pool-error">
            {t("bnb.poolError", { network: network.name, error: readError(pool.error) })}
            {network.isLocal && ` ${t("bnb.localHint")}`}
          </p>
        ) : !pool.data ? (
          <Loading text={t("bnb.readingPool")} className="mt-2" />
        ) : (
          <>
            {pool.data.paused && (
              <p role="alert" className="mt-2 rounded-md bg-amber-500/10 px-3 py-2 text-sm text-amber-200" data-testid="bnb-paused">
                {t("bnb.paused")}
              </p>
            )}
            <PreviewTable
              rows={[
                { label: t("bnb.rate"), value: `1 stkBNB = ${rateText(pool.data)} BNB`, testId: "bnb-rate" },
                { label: t("bnb.staked"), value: `${bnbText(pool.data.totalWei, 4)} BNB` },
                { label: t("bnb.supply"), value: `${bnbText(pool.data.poolTokenSupply, 4)} stkBNB` },
                { label: t("bnb.cooldown"), value: time.cooldown(pool.data.cooldownPeriod) },
                {
                  label: t("bnb.fees"),
                  value: `${feePercent(pool.data.fee.deposit)} / ${feePercent(pool.data.fee.withdraw)} / ${feePercent(pool.data.fee.reward)}`,
                },
                ...(operation?.kind === "live" ? [{ label: t("bnb.lastRewards"), value: time.date(operation.lastRewardsAt), testId: "bnb-last-rewards" }] : []),
                { label: t("bnb.reserve"), value: `${bnbText(pool.data.claimReserve, 4)} BNB`, hint: t("bnb.reserveHint") },
                {
                  label: t("bnb.toUnbond"),
                  value: `${bnbText(pool.data.bnbToUnbond > 0n ? pool.data.bnbToUnbond : 0n, 4)} BNB`,
                  hint: t("bnb.toUnbondHint"),
                  testId: "bnb-to-unbond",
                },
                { label: t("bnb.unbonding"), value: `${bnbText(pool.data.bnbUnbonding, 4)} BNB`, hint: t("bnb.unbondingHint"), testId: "bnb-unbonding" },
              ]}
            />
          </>
        )}
      </Panel>
    </>
  );
}
