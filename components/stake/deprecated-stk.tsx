"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";
import { useEffect } from "react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useBalances } from "@/hooks/use-balances";
import { useNetwork } from "@/hooks/use-network";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { useClosedPoolPositions } from "@/hooks/use-dex";
import { formatAmount, toDecimalString } from "@/lib/format/amount";
import { isDeprecatedStk, receivedFromEvents, redeemLeftoverPlan, redemptionContract } from "@/lib/pstake/redemption";
import type { WalletAccount } from "@/lib/wallet/types";
import { queryKeys } from "@/lib/query-keys";
import { ClosedPoolPositions } from "./closed-pool-positions";

/**
 * On a chain without liquidstakeibc: every leftover stkASSET, with its way out through the redemption contract, and
 * the account's LP in Dexter pools closed since (their refunds).
 */
export function DeprecatedStk({
  account,
  showEmpty = false,
}: {
  account: WalletAccount;
  /** say "none" rather than hide (the recovery page) */ showEmpty?: boolean;
}) {
  const { network, rpc } = useNetwork();
  const balances = useBalances(account.address);
  const contract = useQuery({ queryKey: queryKeys.chain.redemptionContract(network.id), queryFn: () => redemptionContract(network, rpc), staleTime: Infinity });
  const submitTx = useCosmosTx(account, "stake", () => {});
  const t = useTranslations();
  const leftovers = (balances.data ?? []).filter((b) => isDeprecatedStk(b.denom));
  const closedPositions = useClosedPoolPositions(account.address);
  // a refund just paid lands in the wallet: read the balances again, so it shows up above, ready to redeem
  const queryClient = useQueryClient();
  const refunded = closedPositions.filter((p) => p.refunded).length;
  useEffect(() => {
    if (refunded) void queryClient.invalidateQueries({ queryKey: queryKeys.accountBalances(network.id, account.address) });
  }, [refunded, queryClient, network.id, account.address]);
  if (!leftovers.length && !closedPositions.length && !showEmpty) return null;
  const assetOf = (denom: string) => network.assets.find((a) => a.denom === denom);

  return (
    <section aria-labelledby="deprecated-title" className="rounded-xl border border-amber-400/30 bg-amber-500/5 p-4" data-testid="deprecated-stk">
      <h2 id="deprecated-title" className="font-semibold text-white">
        {t("multi.deprecated.title")}
      </h2>
      <p className="mt-1 text-sm text-slate-300">{t("multi.deprecated.intro")}</p>
      {!showEmpty && (
        <p className="mt-1 text-sm">
          <Link href="/recover" prefetch={false} className="text-sky-300 underline-offset-2 hover:underline">
            {t("multi.deprecated.recoverLink")}
          </Link>
        </p>
      )}
      {!leftovers.length && <p className="mt-2 text-sm text-slate-400">{t("multi.deprecated.noneInWallet")}</p>}
      {contract.data === null && <p className="mt-2 text-sm text-amber-200">{t("multi.deprecated.noContract")}</p>}
      <ul className="mt-3 divide-y divide-white/5" data-testid="deprecated-wallet">
        {leftovers.map((b) => (
          <li key={b.denom} className="flex items-center justify-between gap-3 py-2" data-denom={b.denom}>
            <div>
              <p className="font-mono text-white">
                {formatAmount(b.amount, b.asset.decimals)} {b.asset.symbol}
              </p>
              <p className="text-xs text-amber-200">{t("multi.deprecated.badge")}</p>
            </div>
            <button
              type="button"
              disabled={!contract.data}
              onClick={() =>
                contract.data &&
                submitTx(
                  t("multi.deprecated.txTitle", { symbol: b.asset.symbol }),
                  [
                    { label: t("multi.deprecated.redeem"), value: `${toDecimalString(b.amount, b.asset.decimals)} ${b.asset.symbol}` },
                    { label: t("multi.deprecated.through"), value: `${contract.data.slice(0, 20)}…` },
                    { label: t("multi.deprecated.receive"), value: t("multi.deprecated.receiveValue") },
                  ],
                  redeemLeftoverPlan(account.address, contract.data, [{ denom: b.denom, amount: b.amount }]),
                  (result) => {
                    const got = receivedFromEvents(result);
                    if (!got.length) return null;
                    const amounts = got.map((c) => {
                      const a = assetOf(c.denom);
                      return `${formatAmount(BigInt(c.amount), a?.decimals ?? 6)} ${a?.symbol ?? c.denom}`;
                    });
                    return t("multi.deprecated.received", { amounts: amounts.join(", ") });
                  },
                )
              }
              className="btn-primary px-3 py-1.5"
            >
              {t("multi.deprecated.redeem")}
            </button>
          </li>
        ))}
      </ul>
      <ClosedPoolPositions mine={closedPositions} />
    </section>
  );
}
