"use client";

import { AmountField } from "@/components/ui/amount-field";
import { percent, usd } from "@/components/ui/format";
import { poolBlocker, poolName } from "@/lib/dex/labels";
import { symbolOf } from "@/lib/chain/assets";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { useBalances } from "@/hooks/use-balances";
import { assetDecimals } from "@/lib/bank/balances";
import { useChainNow } from "@/hooks/use-chain-time";
import { useDexContracts, usePools, usePosition, useUnbondTerms } from "@/hooks/use-dex";
import { useNetwork } from "@/hooks/use-network";
import { useSlippage } from "@/hooks/use-slippage";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { useAccount } from "@/hooks/use-wallet";
import { formatAmount, parseAmount, toDecimalString } from "@/lib/format/amount";
import { useAmountErrorText, useSentence, useTimeText } from "@/components/ui/use-texts";
import { joinImpact } from "@/lib/dex/impact";
import { PoolMathError, quoteExit, quoteJoin } from "@/lib/dex/math";
import { bondPlan, claimRewardsPlan, exitPlan, joinPlan, lessSlippage, unbondPlan, unlockPlan } from "@/lib/dex/messages";
import type { DexPool } from "@/lib/dex/types";
import type { WalletAccount } from "@/lib/wallet/types";
import { ONE } from "@/lib/pstake/dec";
import { PreviewTable } from "@/components/ui/preview-table";
import { DemoButton } from "@/components/wallet/demo-button";
import { usePoolStats } from "@/hooks/use-pool-stats";
import { SlippageSetting } from "./slippage-setting";

const LP_DECIMALS = 18;

export function PoolPage({ id }: { id: string }) {
  const { network } = useNetwork();
  const account = useAccount(network);
  const dex = useDexContracts();
  const pools = usePools();
  const pool = pools.data?.find((p) => p.id === id);
  const { stats } = usePoolStats(pools.data);
  const t = useTranslations();
  const say = useSentence();

  if (dex.data && !dex.data.contracts) return <Note title={t("dex.pool.title")}>{dex.data.note && say(dex.data.note)}</Note>;
  if (!/^\d{1,9}$/.test(id)) return <Note title={t("dex.pool.title")}>{t("dex.pool.notAnId", { id })}</Note>;
  if (pools.data && !pool) return <Note title={t("dex.pool.titleId", { id })}>{t("dex.pool.missing", { id })}</Note>;
  if (!pool) return <p className="text-sm text-slate-400">{t("dex.pool.loading")}</p>;
  const s = stats.get(pool.id);
  const defunct = poolBlocker(pool, "withdraw");
  const kind = pool.kind === "stable" ? t("dex.pool.stable", { amp: Number(pool.ampX100) / 100 }) : t("dex.pool.weighted");

  return (
    <div className="grid gap-4">
      <section className="rounded-xl border border-white/10 bg-slate-900/60 p-4">
        <h1 className="text-xl font-semibold text-white" data-testid="pool-title">
          {poolName(network, pool)} <span className="text-sm text-slate-400">#{pool.id}</span>
        </h1>
        <p className="mt-1 text-sm text-slate-400">
          {t("dex.pool.summary", { kind, fee: (pool.feeBps / 100).toFixed(2), tvl: usd(s?.tvl), apr: percent(s?.rewardApr) })}
        </p>
        <ul className="mt-2 flex flex-wrap gap-4 text-sm text-slate-300">
          {pool.assets.map((a, k) => (
            <li key={a.denom} title={a.denom}>
              {formatAmount(a.amount, a.decimals)} {symbolOf(network, a.denom)}
              {pool.kind === "weighted" && <span className="text-slate-400"> ({Number((pool.weights![k] * 100n) / ONE)}%)</span>}
            </li>
          ))}
        </ul>
        {defunct && (
          <p role="status" className="mt-3 rounded-md bg-amber-500/10 px-3 py-2 text-sm text-amber-200" data-testid="defunct-note">
            {say(defunct)}
          </p>
        )}
      </section>
      {!account ? (
        <Note title={t("dex.pool.position")}>
          {t("dex.pool.connect")} <DemoButton />
        </Note>
      ) : (
        <>
          <Position pool={pool} account={account} />
          {!defunct && (
            <div className="grid gap-4 md:grid-cols-2">
              <AddLiquidity pool={pool} account={account} />
              <RemoveLiquidity pool={pool} account={account} />
            </div>
          )}
        </>
      )}
    </div>
  );
}

function Note({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="rounded-xl border border-white/10 bg-slate-900/60 p-4" role="status">
      <h2 className="font-semibold text-white">{title}</h2>
      <p className="mt-2 text-sm text-slate-300">{children}</p>
    </section>
  );
}

function Position({ pool, account }: { pool: DexPool; account: WalletAccount }) {
  const describeAmountError = useAmountErrorText();
  const { network } = useNetwork();
  const ms = useDexContracts().data?.contracts?.multistaking;
  const position = usePosition(pool, account.address);
  const terms = useUnbondTerms();
  const now = useChainNow();
  const [bondInput, setBondInput] = useState("");
  const submit = useCosmosTx(account, "dex", () => setBondInput(""));
  const t = useTranslations();
  const time = useTimeText();
  const p = position.data;
  if (!p || !ms) return <p className="text-sm text-slate-400">{t("dex.pool.loadingPosition")}</p>;
  const mine = p.held + p.bonded + p.locks.reduce((s, l) => s + l.amount, 0n) + p.unlocked;
  const underlying = mine > 0n && pool.lpSupply > 0n ? quoteExit(pool, mine) : null;
  const parsed = parseAmount(bondInput, LP_DECIMALS);
  const amount = parsed.ok ? parsed.base : 0n;
  const lp = (v: bigint) => `${formatAmount(v, LP_DECIMALS, { maxDecimals: 6 })} LP`;
  const defunct = !!pool.defunct;

  return (
    <section className="rounded-xl border border-white/10 bg-slate-900/60 p-4" aria-labelledby="position-title">
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
          {
            label: t("dex.pool.underlying"),
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
        <ul className="mt-3 text-sm text-slate-300" data-testid="lp-locks">
          {p.locks.map((l) => (
            <li key={l.unlockAt}>{t("dex.pool.unlocking", { amount: lp(l.amount), time: now ? time.countdown(l.unlockAt - now) : "…" })}</li>
          ))}
        </ul>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        {p.rewards.length > 0 && (
          <button
            type="button"
            className="rounded-md bg-rose-600 px-3 py-1.5 text-sm text-white hover:bg-rose-700"
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
            value={bondInput}
            onChange={setBondInput}
            balance={p.held}
            max={p.held}
            error={bondInput && !parsed.ok ? describeAmountError(parsed.error) : null}
            maxNote={
              terms.data
                ? t("dex.pool.bondNote", { days: Math.round(terms.data.unlockSeconds / 86_400), fee: terms.data.instantUnbondFeeBps / 100 })
                : undefined
            }
          />
          <div className="flex gap-2">
            <button
              type="button"
              disabled={!parsed.ok || amount === 0n || amount > p.held}
              className="rounded-md bg-rose-600 px-3 py-1.5 text-sm text-white disabled:opacity-40"
              onClick={() =>
                submit(t("dex.pool.bondTitle"), [{ label: t("dex.pool.bond"), value: lp(amount) }], bondPlan(account.address, ms, pool.lpToken, amount))
              }
            >
              {t("dex.pool.bond")}
            </button>
            <button
              type="button"
              disabled={!parsed.ok || amount === 0n || amount > p.bonded}
              className="rounded-md border border-white/20 px-3 py-1.5 text-sm text-white disabled:opacity-40"
              onClick={() =>
                submit(
                  t("dex.pool.unbondTitle"),
                  [
                    { label: t("dex.pool.unbond"), value: lp(amount) },
                    {
                      label: t("dex.pool.availableAfter"),
                      value: terms.data ? t("dex.pool.days", { days: Math.round(terms.data.unlockSeconds / 86_400) }) : t("dex.pool.unlockPeriod"),
                    },
                  ],
                  unbondPlan(account.address, ms, pool.lpToken, amount, false),
                )
              }
            >
              {t("dex.pool.unbond")}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function AddLiquidity({ pool, account }: { pool: DexPool; account: WalletAccount }) {
  const describeAmountError = useAmountErrorText();
  const { network } = useNetwork();
  const vault = useDexContracts().data?.contracts?.vault;
  const balances = useBalances(account.address);
  const slippage = useSlippage((s) => s.bps);
  const [inputs, setInputs] = useState(() => pool.assets.map(() => ""));
  const [balanced, setBalanced] = useState(true);
  const [autoStake, setAutoStake] = useState(true);
  const submit = useCosmosTx(account, "dex", () => setInputs(pool.assets.map(() => "")));
  const blocker = poolBlocker(pool, "deposit");
  const t = useTranslations();
  const say = useSentence();

  const parsed = pool.assets.map((a, k) => (inputs[k].trim() === "" ? ({ ok: true, base: 0n } as const) : parseAmount(inputs[k], a.decimals)));
  const amounts = parsed.map((p) => (p.ok ? p.base : 0n));
  const held = pool.assets.map((a) => balances.data?.find((b) => b.denom === a.denom)?.amount ?? 0n);
  const errors = parsed.map((p, k) =>
    !p.ok ? describeAmountError(p.error) : amounts[k] > held[k] ? t("amount.overBalance", { symbol: symbolOf(network, pool.assets[k].denom) }) : null,
  );

  const change = (k: number, text: string) => {
    const next = [...inputs];
    next[k] = text;
    const p = parseAmount(text, pool.assets[k].decimals);
    // auto-balance: the other assets in the pool's current ratio
    if (balanced && p.ok && pool.assets[k].amount > 0n)
      pool.assets.forEach((a, j) => {
        if (j !== k) next[j] = toDecimalString((p.base * a.amount) / pool.assets[k].amount, a.decimals);
      });
    setInputs(next);
  };

  let quote: { shares: bigint; fees: bigint[] } | null = null;
  let quoteError: string | null = null;
  if (amounts.some((a) => a > 0n) && errors.every((e) => !e)) {
    try {
      quote = quoteJoin(pool, amounts);
    } catch (e) {
      if (!(e instanceof PoolMathError)) throw e;
      quoteError = say(e.text);
    }
  }
  // price impact: LP received against LP a perfectly proportional deposit of the same value would get
  const impact = quote && pool.lpSupply > 0n ? joinImpact(pool, amounts, quote.shares) : null;
  const minLp = quote ? lessSlippage(quote.shares, slippage) : 0n;
  const plan = quote && vault && !blocker ? joinPlan(account.address, vault, pool, amounts, minLp, autoStake) : null;
  const lp = (v: bigint) => `${formatAmount(v, LP_DECIMALS, { maxDecimals: 6 })} LP`;

  return (
    <form
      className="rounded-xl border border-white/10 bg-slate-900/60 p-4"
      aria-label={t("dex.pool.add")}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!plan || !quote) return;
        submit(
          t("dex.pool.add"),
          [
            ...pool.assets
              .filter((_, k) => amounts[k] > 0n)
              .map((a) => ({
                label: t("dex.pool.deposit"),
                value: `${toDecimalString(amounts[pool.assets.indexOf(a)], a.decimals)} ${symbolOf(network, a.denom)}`,
              })),
            { label: t("dex.pool.lpMintedPreview"), value: lp(quote.shares) },
            { label: t("dex.pool.minLp"), value: lp(minLp) },
            { label: t("dex.pool.autoStake"), value: autoStake ? t("dex.pool.autoStakeYes") : t("dex.pool.no") },
          ],
          plan,
        );
      }}
    >
      <h2 className="mb-2 font-semibold text-white">{t("dex.pool.add")}</h2>
      {blocker && (
        <p role="status" className="mb-2 text-sm text-amber-200">
          {say(blocker)}
        </p>
      )}
      <div className="grid gap-3">
        {pool.assets.map((a, k) => (
          <AmountField
            key={a.denom}
            id={`join-${k}`}
            label={symbolOf(network, a.denom)}
            symbol={symbolOf(network, a.denom)}
            decimals={a.decimals}
            value={inputs[k]}
            onChange={(v) => change(k, v)}
            balance={held[k]}
            error={errors[k]}
          />
        ))}
        <label className="flex items-center gap-2 text-sm text-slate-300">
          <input type="checkbox" checked={balanced} onChange={(e) => setBalanced(e.target.checked)} /> {t("dex.pool.keepRatio")}
        </label>
        <label className="flex items-center gap-2 text-sm text-slate-300">
          <input type="checkbox" checked={autoStake} onChange={(e) => setAutoStake(e.target.checked)} /> {t("dex.pool.autoStakeLabel")}
        </label>
        <SlippageSetting />
      </div>
      {quoteError && (
        <p role="alert" className="mt-2 text-sm text-red-300">
          {quoteError}
        </p>
      )}
      {quote && (
        <PreviewTable
          rows={[
            { label: t("dex.pool.lpMinted"), value: lp(quote.shares), testId: "join-preview" },
            { label: t("dex.pool.minLp"), value: lp(minLp), hint: t("dex.withSlippage", { pct: slippage / 100 }) },
            { label: t("dex.priceImpact"), value: impact === null ? "—" : `${(impact * 100).toFixed(2)}%`, testId: "join-impact" },
          ]}
        />
      )}
      <button type="submit" disabled={!plan} className="mt-3 w-full rounded-md bg-rose-600 py-2 text-white disabled:opacity-40">
        {t("common.review")}
      </button>
    </form>
  );
}

function RemoveLiquidity({ pool, account }: { pool: DexPool; account: WalletAccount }) {
  const describeAmountError = useAmountErrorText();
  const { network } = useNetwork();
  const vault = useDexContracts().data?.contracts?.vault;
  const position = usePosition(pool, account.address);
  const slippage = useSlippage((s) => s.bps);
  const [input, setInput] = useState("");
  const submit = useCosmosTx(account, "dex", () => setInput(""));
  const t = useTranslations();
  const held = position.data?.held ?? 0n;
  const parsed = parseAmount(input, LP_DECIMALS);
  const amount = parsed.ok ? parsed.base : 0n;
  const error = input && !parsed.ok ? describeAmountError(parsed.error) : amount > held ? t("dex.pool.overLp") : null;
  const out = parsed.ok && amount > 0n && !error ? quoteExit(pool, amount) : null;
  const minOut = out?.map((o) => lessSlippage(o, slippage)) ?? null;
  const plan = out && minOut && vault ? exitPlan(account.address, vault, pool, amount, minOut) : null;
  const assets = (v: bigint[]) => pool.assets.map((a, k) => `${formatAmount(v[k], a.decimals)} ${symbolOf(network, a.denom)}`).join(" + ");

  return (
    <form
      className="rounded-xl border border-white/10 bg-slate-900/60 p-4"
      aria-label={t("dex.pool.remove")}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (!plan || !out || !minOut) return;
        submit(
          t("dex.pool.remove"),
          [
            { label: t("dex.pool.burn"), value: `${toDecimalString(amount, LP_DECIMALS)} LP` },
            { label: t("dex.pool.receive"), value: assets(out) },
            { label: t("dex.pool.atLeast"), value: assets(minOut) },
          ],
          plan,
        );
      }}
    >
      <h2 className="mb-2 font-semibold text-white">{t("dex.pool.remove")}</h2>
      <AmountField
        id="exit-amount"
        label={t("dex.pool.lpToBurn")}
        symbol="LP"
        decimals={LP_DECIMALS}
        value={input}
        onChange={setInput}
        balance={held}
        max={held}
        error={error}
      />
      {out && minOut && (
        <PreviewTable
          rows={[
            { label: t("dex.pool.receive"), value: assets(out), testId: "exit-preview" },
            { label: t("dex.pool.atLeast"), value: assets(minOut), hint: t("dex.withSlippage", { pct: slippage / 100 }) },
          ]}
        />
      )}
      <button type="submit" disabled={!plan} className="mt-3 w-full rounded-md bg-rose-600 py-2 text-white disabled:opacity-40">
        {t("common.review")}
      </button>
    </form>
  );
}
