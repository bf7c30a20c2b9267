"use client";

import { useQuery } from "@tanstack/react-query";
import { useBalances } from "@/hooks/use-balances";
import { useNetwork } from "@/hooks/use-network";
import { useStakingTx } from "@/hooks/use-staking-tx";
import { formatAmount, toDecimalString } from "@/lib/format/amount";
import { isDeprecatedStk, receivedFromEvents, redeemLeftoverPlan, redemptionContract } from "@/lib/pstake/redemption";
import type { WalletAccount } from "@/lib/wallet/types";

/** On a chain without liquidstakeibc: every leftover stkASSET, with its way out through the redemption contract. */
export function DeprecatedStk({ account }: { account: WalletAccount }) {
  const { network, rpc } = useNetwork();
  const balances = useBalances(account.address);
  const contract = useQuery({ queryKey: ["chain", network.id, "redemption-contract"], queryFn: () => redemptionContract(network, rpc), staleTime: Infinity });
  const submitTx = useStakingTx(account, () => {});
  const leftovers = (balances.data ?? []).filter((b) => isDeprecatedStk(b.denom));
  if (!leftovers.length) return null;
  const assetOf = (denom: string) => network.assets.find((a) => a.denom === denom);

  return (
    <section aria-labelledby="deprecated-title" className="rounded-xl border border-amber-400/30 bg-amber-500/5 p-4" data-testid="deprecated-stk">
      <h2 id="deprecated-title" className="font-semibold text-white">
        Deprecated stkASSETs
      </h2>
      <p className="mt-1 text-sm text-slate-300">
        Multi-chain liquid staking was removed from this network. These tokens can no longer be unstaked; redeem them through the redemption contract at the
        rate fixed at deprecation. What you receive is read from the transaction.
      </p>
      {contract.data === null && (
        <p className="mt-2 text-sm text-amber-200">
          This network has no known redemption contract; hold the tokens or bridge them to a chain that still redeems them.
        </p>
      )}
      <ul className="mt-3 divide-y divide-white/5">
        {leftovers.map((b) => (
          <li key={b.denom} className="flex items-center justify-between gap-3 py-2" data-denom={b.denom}>
            <div>
              <p className="font-mono text-white">
                {formatAmount(b.amount, b.asset.decimals)} {b.asset.symbol}
              </p>
              <p className="text-xs text-amber-200">deprecated on this network</p>
            </div>
            <button
              type="button"
              disabled={!contract.data}
              onClick={() =>
                contract.data &&
                submitTx(
                  `Redeem ${b.asset.symbol}`,
                  [
                    { label: "Redeem", value: `${toDecimalString(b.amount, b.asset.decimals)} ${b.asset.symbol}` },
                    { label: "Through", value: `${contract.data.slice(0, 20)}…` },
                    { label: "You receive", value: "the underlying token at the rate fixed at deprecation" },
                  ],
                  redeemLeftoverPlan(account.address, contract.data, [{ denom: b.denom, amount: b.amount }]),
                  (result) => {
                    const got = receivedFromEvents(result);
                    if (!got.length) return null;
                    return `Received ${got
                      .map((c) => {
                        const a = assetOf(c.denom);
                        return `${formatAmount(BigInt(c.amount), a?.decimals ?? 6)} ${a?.symbol ?? c.denom}`;
                      })
                      .join(", ")}.`;
                  },
                )
              }
              className="rounded-md bg-rose-600 px-3 py-1.5 text-sm font-medium text-white disabled:cursor-not-allowed disabled:opacity-50"
            >
              Redeem
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
