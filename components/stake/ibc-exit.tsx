"use client";

import { AmountField } from "@/components/ui/amount-field";
import { useTranslations } from "use-intl";
import { useBalances } from "@/hooks/use-balances";
import { useChainNow } from "@/hooks/use-chain-time";
import { useDayEpoch, useRedeemCap } from "@/hooks/use-liquidstakeibc";
import { useNetwork } from "@/hooks/use-network";
import { useAmountInput } from "@/hooks/use-amount-input";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { formatAmount, toDecimalString } from "@/lib/format/amount";
import { ibcExitForm } from "@/lib/pstake/forms";
import { useSentence, useTimeText } from "@/components/ui/use-texts";
import { Dec } from "@/lib/pstake/dec";
import { HOST_UNBONDING_DAYS, type HostChain, hostAssets, unstakeEta } from "@/lib/pstake/liquidstakeibc";
import type { WalletAccount } from "@/lib/wallet/types";
import { PreviewTable } from "@/components/ui/preview-table";
import { amountOf } from "@/lib/bank/balances";

/** The two ways out, side by side: instant redeem from the deposit pool, or the standard unstake. */
export function IbcExit({ account, host }: { account: WalletAccount; host: HostChain }) {
  const t = useTranslations();
  const say = useSentence();
  const time = useTimeText();
  const { network } = useNetwork();
  const balances = useBalances(account.address);
  const cap = useRedeemCap(host.chainId);
  const epoch = useDayEpoch();
  const now = useChainNow();
  const a = hostAssets(host, network.assets);
  const amountInput = useAmountInput();
  const submitTx = useCosmosTx(account, "stake", amountInput.clear);
  const balance = amountOf(balances.data, host.stkDenom);
  const form = ibcExitForm({ input: amountInput.value, balance, host, tokens: a, cap: cap.data, address: account.address });
  const { redeem, unstake } = form;
  const hostDays = HOST_UNBONDING_DAYS[host.chainId] ?? 21;
  const eta = epoch.data && now !== undefined ? unstakeEta(epoch.data.current, epoch.data.endsAt, host.unbondingFactor, hostDays * 86_400_000) : null;

  const redeemNow = () => {
    if (form.amount === null || !redeem.preview || !redeem.plan) return;
    submitTx(
      t("multi.instantTitle", { symbol: a.stkSymbol }),
      [
        { label: t("multi.redeem"), value: `${toDecimalString(form.amount, a.decimals)} ${a.stkSymbol}` },
        { label: t("multi.receiveNow"), value: `${toDecimalString(redeem.preview.out, a.decimals)} ${a.symbol}` },
      ],
      redeem.plan,
    );
  };
  const unstakeNow = () => {
    if (form.amount === null || !unstake.preview || !unstake.plan) return;
    submitTx(
      t("multi.unstakeTitle", { symbol: a.stkSymbol }),
      [
        { label: t("multi.unstake"), value: `${toDecimalString(form.amount, a.decimals)} ${a.stkSymbol}` },
        { label: t("multi.receive"), value: `${toDecimalString(unstake.preview.owed, a.decimals)} ${a.symbol}` },
        ...(eta ? [{ label: t("multi.arrives"), value: t("multi.between", { from: time.date(eta.from), to: time.date(eta.to) }) }] : []),
      ],
      unstake.plan,
    );
  };

  return (
    <div>
      <AmountField
        id="ibc-exit-amount"
        label={t("multi.exitLabel", { symbol: a.stkSymbol })}
        symbol={a.stkSymbol}
        input={amountInput}
        balance={balance}
        max={balance}
        error={form.error}
      />
      <div className="mt-4 grid gap-3 sm:grid-cols-2">
        <section aria-label={t("multi.instant")} className="rounded-lg border border-white/10 p-3" data-testid="redeem-card">
          <h3 className="font-medium text-white">{t("multi.instant")}</h3>
          <p className="text-xs text-slate-400">{t("multi.instantIntro")}</p>
          <PreviewTable
            rows={[
              {
                label: t("multi.getNow"),
                value: redeem.preview ? `${formatAmount(redeem.preview.out, a.decimals)} ${a.symbol}` : "–",
                testId: "redeem-receive",
              },
              {
                label: t("multi.fee"),
                value: redeem.preview ? `${formatAmount(redeem.preview.fee, a.decimals)} ${a.stkSymbol}` : `${Dec.toString(host.fees.redemption * 100n, 2)}%`,
              },
              {
                label: t("multi.availableNow"),
                value: cap.data !== undefined ? `${formatAmount(cap.data, a.decimals)} ${a.symbol}` : "…",
                hint: t("multi.depositPool"),
                testId: "redeem-cap",
              },
            ]}
          />
          {redeem.blocker && (
            <p className="mt-2 text-xs text-red-300" data-testid="redeem-error">
              {say(redeem.blocker)}
            </p>
          )}
          <button type="button" onClick={redeemNow} disabled={!redeem.plan} className="btn-primary mt-3 w-full py-2.5">
            {t("multi.redeemNow")}
          </button>
        </section>
        <section aria-label={t("multi.standard")} className="rounded-lg border border-white/10 p-3" data-testid="unstake-card">
          <h3 className="font-medium text-white">{t("multi.standard")}</h3>
          <p className="text-xs text-slate-400">{t("multi.standardIntro")}</p>
          <PreviewTable
            rows={[
              {
                label: t("multi.get"),
                value: unstake.preview ? `${formatAmount(unstake.preview.owed, a.decimals)} ${a.symbol}` : "–",
                testId: "ibc-unstake-receive",
              },
              {
                label: t("multi.fee"),
                value: unstake.preview ? `${formatAmount(unstake.preview.fee, a.decimals)} ${a.stkSymbol}` : `${Dec.toString(host.fees.unstake * 100n, 2)}%`,
              },
              {
                label: t("multi.arrives"),
                value: eta ? `${time.day(eta.from)} – ${time.day(eta.to)}` : "…",
                hint: eta ? t("multi.epochHint", { epoch: eta.epoch, days: hostDays, chain: host.chainId }) : undefined,
                testId: "ibc-unstake-eta",
              },
            ]}
          />
          {unstake.blocker && <p className="mt-2 text-xs text-red-300">{say(unstake.blocker)}</p>}
          <button
            type="button"
            onClick={unstakeNow}
            disabled={!unstake.plan}
            className="mt-3 w-full rounded-md border border-rose-400 px-3 py-2 text-sm font-medium text-rose-200 disabled:cursor-not-allowed disabled:opacity-50"
          >
            {t("multi.unstake")}
          </button>
        </section>
      </div>
    </div>
  );
}
