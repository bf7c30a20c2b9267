"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";
import { useBalances } from "@/hooks/use-balances";
import { useHoldings, useLpPositions, usePendingRows, useRewards } from "@/hooks/use-portfolio";
import { useRatesNow, useValuer } from "@/hooks/use-valuer";
import { useLendingAccount } from "@/hooks/use-lending";
import { useNetwork } from "@/hooks/use-network";
import { formatAmount } from "@/lib/format/amount";
import { nextAction, type NextAction } from "@/lib/portfolio/next-action";
import { unstakeRows } from "@/lib/portfolio/pending";
import { valueAt } from "@/lib/portfolio/rewards";
import { stakeMax } from "@/lib/pstake/forms";
import { usd } from "@/components/ui/format";
import { Stat } from "@/components/ui/stat";
import { useTimeText } from "@/components/ui/use-texts";
import { amountOf } from "@/lib/bank/balances";

const STKXPRT = "stk/uxprt";
const ONE_XPRT = 1_000_000n;

/** The connected account at a glance: what it is worth, its stkXPRT, rewards, what is unbonding, and what to do next. */
export function AccountOverview({ address }: { address: string }) {
  const { network } = useNetwork();
  const balances = useBalances(address).data;
  const rates = useRatesNow().data;
  const pending = usePendingRows(address);
  const valuer = useValuer();
  const unstaking = unstakeRows(pending);
  const holdings = useHoldings(address, unstaking, valuer);
  const rewards = useRewards(address);
  const lps = useLpPositions(address).data;
  const lending = useLendingAccount(address).data;
  const t = useTranslations();
  const time = useTimeText();

  const held = (denom: string) => amountOf(balances, denom);
  const stk = held(STKXPRT);
  const stkRate = rates?.get(STKXPRT);
  const rewardsUsd = rewards.data?.reduce((sum, a) => sum + (valuer.usd(a.underlying, a.rewards.total) ?? 0), 0);
  const nextEta = unstaking.map((p) => p.eta).filter((e): e is number => e !== null);
  const action =
    balances &&
    nextAction({
      xprt: held(network.feeDenom),
      // what the stake form's Max keeps back before the fee is simulated
      feeReserve: stakeMax(held(network.feeDenom), null, network.gasPrice.high).kept,
      minStake: ONE_XPRT,
      stkXprt: stk,
      positions: (lps?.length ?? 0) + (lending?.collaterals.length ?? 0),
      otherCoins: balances.filter((b) => b.denom !== network.feeDenom && b.denom !== STKXPRT && b.amount > 0n).length,
      pending,
    });

  return (
    <section aria-labelledby="account-title" className="card p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="account-title" className="font-semibold text-white">
          {t("home.account.title")}
        </h2>
        <Link href="/portfolio" prefetch={false} className="text-sm text-rose-300 hover:text-rose-200">
          {t("home.account.portfolio")}
        </Link>
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-2 lg:grid-cols-4">
        <Stat
          label={t("home.account.total")}
          testId="home-total-value"
          value={holdings.data ? usd(holdings.data.totalUsd) : holdings.error ? "–" : undefined}
          hint={t("home.account.totalHint")}
        />
        <Stat
          label="stkXPRT"
          testId="home-stkxprt"
          value={balances ? formatAmount(stk, 6, { maxDecimals: 2 }) : undefined}
          hint={stkRate && stk > 0n ? t("home.account.worth", { amount: formatAmount(valueAt(stk, stkRate.rate), 6, { maxDecimals: 2 }) }) : undefined}
        />
        <Stat
          label={t("home.account.rewards")}
          testId="home-rewards"
          value={rewardsUsd === undefined ? (rewards.isError ? "–" : undefined) : usd(rewardsUsd)}
          hint={t("home.account.rewardsHint")}
        />
        <Stat
          label={t("home.account.unbonding")}
          testId="home-unbonding"
          value={t("home.account.requests", { count: unstaking.length })}
          hint={nextEta.length ? t("home.account.firstArrives", { date: time.day(Math.min(...nextEta)) }) : undefined}
        />
      </dl>
      {action && <NextStep action={action} />}
    </section>
  );
}

/** The suggestion and the link that carries it out. */
function NextStep({ action }: { action: NextAction }) {
  const t = useTranslations();
  const time = useTimeText();
  const amount = "amount" in action ? formatAmount(action.amount, 6, { maxDecimals: 2 }) : "";
  const [text, href, cta] =
    action.kind === "stake"
      ? [t("home.next.stake", { amount }), "/stake", t("home.next.stakeCta")]
      : action.kind === "put-to-work"
        ? [t("home.next.putToWork", { amount }), "/routes", t("home.next.putToWorkCta")]
        : action.kind === "wait"
          ? [action.eta === null ? t("home.next.waitUnknown") : t("home.next.wait", { date: time.day(action.eta) }), "/portfolio", t("home.next.reviewCta")]
          : action.kind === "fund"
            ? [t("home.next.fund"), "/stake", t("home.next.fundCta")]
            : [t("home.next.review"), "/portfolio", t("home.next.reviewCta")];
  return (
    <div
      className="mt-3 flex flex-wrap items-center justify-between gap-3 rounded-lg bg-rose-500/10 px-4 py-3"
      data-testid="next-action"
      data-kind={action.kind}
    >
      <p className="text-sm text-rose-50">{text}</p>
      <Link href={href} prefetch={false} className="btn-primary">
        {cta}
      </Link>
    </div>
  );
}
