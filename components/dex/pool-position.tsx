"use client";

import { useTranslations } from "use-intl";
import { AmountField } from "@/components/ui/amount-field";
import { PreviewTable } from "@/components/ui/preview-table";
import { useTimeText } from "@/components/ui/use-texts";
import { useAmountInput } from "@/hooks/use-amount-input";
import { useChainNow } from "@/hooks/use-chain-time";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { useDexContracts, usePosition, useUnbondTerms } from "@/hooks/use-dex";
import { useNetwork } from "@/hooks/use-network";
import { assetDecimals } from "@/lib/bank/balances";
import { symbolOf } from "@/lib/chain/assets";
import { LP_DECIMALS, bondForm } from "@/lib/dex/forms";
import { quoteExit } from "@/lib/dex/math";
import { claimRewardsPlan, instantUnlockPlan, unlockPlan } from "@/lib/dex/messages";
import { refundShare } from "@/lib/dex/refunds";
import { instantUnlockFee } from "@/lib/dex/unbond-terms";
import type { DexPool } from "@/lib/dex/types";
import { formatAmount } from "@/lib/format/amount";
import type { WalletAccount } from "@/lib/wallet/types";
import { Loading } from "@/components/ui/loading";

/** The account's stake in a pool: LP held and bonded, what it withdraws, rewards, locks; bond, unbond, claim. */
export function PoolPosition({ pool, account }: { pool: DexPool; account: WalletAccount }) {
  const { network } = useNetwork();
  const ms = useDexContracts().data?.contracts?.multistaking;
  const position = usePosition(pool, account.address);
  const terms = useUnbondTerms(pool);
  const now = useChainNow();
  const bondInput = useAmountInput();
  const submit = useCosmosTx(account, "dex", bondInput.clear);
  const t = useTranslations();
  const time = useTimeText();
  const p = position.data;
  if (!p || !ms) return <Loading text={t("dex.pool.loadingPosition")} />;
  const mine = p.held + p.bonded + p.locks.reduce((s, l) => s + l.amount, 0n) + p.unlocked;
  // a defunct pool's LP is worth its refund: the share of what the pool held when it closed
  const underlying = mine === 0n ? null : pool.defunct ? refundShare(pool, mine) : pool.lpSupply > 0n ? quoteExit(pool, mine) : null;
  const bond = bondForm({
    input: bondInput.value,
    held: p.held,
    bonded: p.bonded,
    multistaking: ms,
    lpToken: pool.lpToken,
    address: account.address,
    terms: terms.data,
  });
  const days = terms.data ? Math.round(terms.data.unlockSeconds / 86_400) : null;
  const lp = (v: bigint) => `${formatAmount(v, LP_DECIMALS, { maxDecimals: 6 })} LP`;
  const defunct = !!pool.defunct;

  return (
    <section className="card p-4" aria-labelledby="position-title">
      <h2 id="position-title" className="font-semibold text-white">
        {t("dex.pool.position")}
      </h2>
      <PreviewTable
        rows={[
          { label: t("dex.pool.lpHeld"), value: lp(p.held), testId: "lp-held" },
          { label: t("dex.pool.lpBonded"), value: lp(p.bonded), testId: "lp-bonded" },
          {
            label: t("dex.pool.share"),
            value: pool.lpSupply > 0n ? `${((Number(mine) / Number(pool.lpSupply)) * 100).toFixed(4)}%` : "—",
          },
          ...(pool.defunct && mine > 0n
            ? [{ label: t("dex.pool.refund"), value: p.refunded ? t("dex.pool.refunded") : t("dex.pool.refundPending"), testId: "lp-refund" }]
            : []),
          {
            label: pool.defunct ? t("dex.pool.refundAmount") : t("dex.pool.underlying"),
            value: underlying ? pool.assets.map((a, k) => `${formatAmount(underlying[k], a.decimals)} ${symbolOf(network, a.denom)}`).join(" + ") : "—",
            testId: "lp-underlying",
          },
          {
            label: t("dex.pool.rewards"),
            value: p.rewards.length
              ? p.rewards.map((r) => `${formatAmount(r.amount, assetDecimals(network, r.denom))} ${symbolOf(network, r.denom)}`).join(", ")
              : t("dex.pool.none"),
            testId: "lp-rewards",
          },
        ]}
      />
      {p.locks.length > 0 && (
        <ul className="mt-3 grid gap-1 text-sm text-slate-300" data-testid="lp-locks">
          {p.locks.map((l, k) => {
            const lock = { amount: l.amount, unlockTime: Math.round(l.unlockAt / 1000) };
            const early = terms.data && now ? instantUnlockFee(terms.data, lock, Math.floor(now / 1000)) : null;
            return (
              <li key={`${l.unlockAt}-${k}`} className="flex flex-wrap items-center justify-between gap-2">
                <span>{t("dex.pool.unlocking", { amount: lp(l.amount), time: now ? time.countdown(l.unlockAt - now) : "…" })}</span>
                {early && early.fee > 0n && (
                  <button
                    type="button"
                    className="btn-secondary px-2 py-1 text-xs"
                    onClick={() =>
                      submit(
                        t("dex.pool.unlockNowTitle"),
                        [
                          { label: t("dex.pool.unlockNow"), value: lp(l.amount) },
                          { label: t("dex.pool.unlockFee", { fee: early.feeBps / 100 }), value: lp(early.fee) },
                          { label: t("dex.pool.youReceive"), value: lp(l.amount - early.fee) },
                        ],
                        instantUnlockPlan(account.address, ms, pool.lpToken, [lock]),
                      )
                    }
                  >
                    {t("dex.pool.unlockNowFor", { fee: early.feeBps / 100 })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {p.rewards.length > 0 && (
          <button
            type="button"
            className="btn-primary px-3 py-1.5"
            onClick={() =>
              submit(
                t("dex.pool.claimTitle"),
                p.rewards.map((r) => ({
                  label: t("dex.pool.claim"),
                  value: `${formatAmount(r.amount, assetDecimals(network, r.denom))} ${symbolOf(network, r.denom)}`,
                })),
                claimRewardsPlan(account.address, ms, pool.lpToken),
              )
            }
          >
            {t("dex.pool.claimRewards")}
          </button>
        )}
        {p.unlocked > 0n && (
          <button
            type="button"
            className="rounded-md border border-white/20 px-3 py-1.5 text-sm text-white hover:bg-white/5"
            onClick={() =>
              submit(t("dex.pool.withdrawTitle"), [{ label: t("dex.pool.withdraw"), value: lp(p.unlocked) }], unlockPlan(account.address, ms, pool.lpToken))
            }
          >
            {t("dex.pool.withdrawAmount", { amount: lp(p.unlocked) })}
          </button>
        )}
      </div>
      {!defunct && (p.held > 0n || p.bonded > 0n) && (
        <div className="mt-4 grid gap-2">
          <AmountField
            id="bond-amount"
            label={t("dex.pool.bondLabel")}
            symbol="LP"
            decimals={LP_DECIMALS}
            input={bondInput}
            balance={p.held}
            max={p.held}
            error={bond.error}
            maxNote={
              terms.data
                ? terms.data.instant
                  ? t("dex.pool.bondNote", { days: days!, fee: terms.data.instant.maxFeeBps / 100 })
                  : t("dex.pool.bondNoteNoInstant", { days: days! })
                : undefined
            }
          />
          <div className="flex gap-2">
            <button
              type="button"
              disabled={!bond.bond}
              className="btn-primary px-3 py-1.5"
              onClick={() => bond.bond && submit(t("dex.pool.bondTitle"), [{ label: t("dex.pool.bond"), value: lp(bond.amount!) }], bond.bond)}
            >
              {t("dex.pool.bond")}
            </button>
            <button
              type="button"
              disabled={!bond.unbond}
              className="rounded-md border border-white/20 px-3 py-1.5 text-sm text-white disabled:opacity-40"
              onClick={() =>
                bond.unbond &&
                submit(
                  t("dex.pool.unbondTitle"),
                  [
                    { label: t("dex.pool.unbond"), value: lp(bond.amount!) },
                    {
                      label: t("dex.pool.availableAfter"),
                      value: days !== null ? t("dex.pool.days", { days }) : t("dex.pool.unlockPeriod"),
                    },
                  ],
                  bond.unbond,
                )
              }
            >
              {t("dex.pool.unbond")}
            </button>
            {terms.data?.instant && (
              <button
                type="button"
                disabled={!bond.instantUnbond}
                className="rounded-md border border-white/20 px-3 py-1.5 text-sm text-white disabled:opacity-40"
                onClick={() => {
                  const i = bond.instantUnbond;
                  if (!i) return;
                  submit(
                    t("dex.pool.instantUnbondTitle"),
                    [
                      { label: t("dex.pool.unbond"), value: lp(bond.amount!) },
                      { label: t("dex.pool.unlockFee", { fee: i.feeBps / 100 }), value: lp(i.fee) },
                      { label: t("dex.pool.youReceive"), value: lp(i.receive) },
                    ],
                    i.plan,
                  );
                }}
              >
                {t("dex.pool.instantUnbond")}
              </button>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
