"use client";

import { AmountField } from "@/components/ui/amount-field";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { useBalances } from "@/hooks/use-balances";
import { useChainNow } from "@/hooks/use-chain-time";
import { useDayEpoch, useRedeemCap } from "@/hooks/use-liquidstakeibc";
import { useNetwork } from "@/hooks/use-network";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import { formatAmount, parseAmount, toDecimalString } from "@/lib/format/amount";
import { useAmountErrorText, useSentence, useTimeText } from "@/components/ui/use-texts";
import { Dec } from "@/lib/pstake/dec";
import {
  HOST_UNBONDING_DAYS,
  type HostChain,
  hostAssets,
  ibcUnstakeMsg,
  describeIbcBlocker,
  isIbcBlocker,
  previewIbcUnstake,
  previewRedeem,
  redeemMsg,
  unstakeEta,
} from "@/lib/pstake/liquidstakeibc";
import type { WalletAccount } from "@/lib/wallet/types";
import { PreviewTable } from "@/components/ui/preview-table";

/** The two ways out, side by side: instant redeem from the deposit pool, or the standard unstake. */
export function IbcExit({ account, host }: { account: WalletAccount; host: HostChain }) {
  const describeAmountError = useAmountErrorText();
  const t = useTranslations();
  const say = useSentence();
  const time = useTimeText();
  const { network } = useNetwork();
  const balances = useBalances(account.address);
  const cap = useRedeemCap(host.chainId);
  const epoch = useDayEpoch();
  const now = useChainNow();
  const a = hostAssets(host, network.assets);
  const [input, setInput] = useState("");
  const submitTx = useCosmosTx(account, "stake", () => setInput(""));
  const balance = balances.data?.find((b) => b.denom === host.stkDenom)?.amount ?? 0n;
  const parsed = parseAmount(input, a.decimals);
  const over = parsed.ok && parsed.base > balance;
  const inputError = input && !parsed.ok ? describeAmountError(parsed.error) : over ? t("amount.overBalance", { symbol: a.stkSymbol }) : null;
  const s = parsed.ok && !over ? parsed.base : null;
  const redeem = s !== null && cap.data !== undefined ? previewRedeem(s, host, cap.data) : null;
  const unstake = s !== null ? previewIbcUnstake(s, host) : null;
  const hostDays = HOST_UNBONDING_DAYS[host.chainId] ?? 21;
  const eta = epoch.data && now !== undefined ? unstakeEta(epoch.data.current, epoch.data.endsAt, host.unbondingFactor, hostDays * 86_400_000) : null;

  const redeemNow = () => {
    if (!s || !redeem || isIbcBlocker(redeem)) return;
    submitTx(
      t("multi.instantTitle", { symbol: a.stkSymbol }),
      [
        { label: t("multi.redeem"), value: `${toDecimalString(s, a.decimals)} ${a.stkSymbol}` },
        { label: t("multi.receiveNow"), value: `${toDecimalString(redeem.out, a.decimals)} ${a.symbol}` },
      ],
      redeemMsg(account.address, host, s),
    );
  };
  const unstakeNow = () => {
    if (!s || !unstake || isIbcBlocker(unstake)) return;
    submitTx(
      t("multi.unstakeTitle", { symbol: a.stkSymbol }),
      [
        { label: t("multi.unstake"), value: `${toDecimalString(s, a.decimals)} ${a.stkSymbol}` },
        { label: t("multi.receive"), value: `${toDecimalString(unstake.owed, a.decimals)} ${a.symbol}` },
        ...(eta ? [{ label: t("multi.arrives"), value: t("multi.between", { from: time.date(eta.from), to: time.date(eta.to) }) }] : []),
      ],
      ibcUnstakeMsg(account.address, host, s),
    );
  };

  return (
    <div>
      <AmountField
        id="ibc-exit-amount"
        label={t("multi.exitLabel", { symbol: a.stkSymbol })}
        symbol={a.stkSymbol}
        value={input}
        onChange={setInput}
        balance={balance}
        max={balance}
        error={inputError}
      />
      <div className="mt-4 grid gap-3 sm:grid-cols-2">
        <section aria-label={t("multi.instant")} className="rounded-lg border border-white/10 p-3" data-testid="redeem-card">
          <h3 className="font-medium text-white">{t("multi.instant")}</h3>
          <p className="text-xs text-slate-400">{t("multi.instantIntro")}</p>
          <PreviewTable
            rows={[
              {
                label: t("multi.getNow"),
                value: redeem && !isIbcBlocker(redeem) ? `${formatAmount(redeem.out, a.decimals)} ${a.symbol}` : "–",
                testId: "redeem-receive",
              },
              {
                label: t("multi.fee"),
                value:
                  redeem && !isIbcBlocker(redeem)
                    ? `${formatAmount(redeem.fee, a.decimals)} ${a.stkSymbol}`
                    : `${Dec.toString(host.fees.redemption * 100n, 2)}%`,
              },
              {
                label: t("multi.availableNow"),
                value: cap.data !== undefined ? `${formatAmount(cap.data, a.decimals)} ${a.symbol}` : "…",
                hint: t("multi.depositPool"),
                testId: "redeem-cap",
              },
            ]}
          />
          {redeem && isIbcBlocker(redeem) && (
            <p className="mt-2 text-xs text-red-300" data-testid="redeem-error">
              {say(describeIbcBlocker(redeem, a.symbol, a.decimals))}
            </p>
          )}
          <button
            type="button"
            onClick={redeemNow}
            disabled={!redeem || isIbcBlocker(redeem)}
            className="mt-3 w-full rounded-md bg-rose-600 px-3 py-2 text-sm font-medium text-white disabled:cursor-not-allowed disabled:opacity-50"
          >
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
                value: unstake && !isIbcBlocker(unstake) ? `${formatAmount(unstake.owed, a.decimals)} ${a.symbol}` : "–",
                testId: "ibc-unstake-receive",
              },
              {
                label: t("multi.fee"),
                value:
                  unstake && !isIbcBlocker(unstake)
                    ? `${formatAmount(unstake.fee, a.decimals)} ${a.stkSymbol}`
                    : `${Dec.toString(host.fees.unstake * 100n, 2)}%`,
              },
              {
                label: t("multi.arrives"),
                value: eta ? `${time.day(eta.from)} – ${time.day(eta.to)}` : "…",
                hint: eta ? t("multi.epochHint", { epoch: eta.epoch, days: hostDays, chain: host.chainId }) : undefined,
                testId: "ibc-unstake-eta",
              },
            ]}
          />
          {unstake && isIbcBlocker(unstake) && <p className="mt-2 text-xs text-red-300">{say(describeIbcBlocker(unstake, a.symbol, a.decimals))}</p>}
          <button
            type="button"
            onClick={unstakeNow}
            disabled={!unstake || isIbcBlocker(unstake)}
            className="mt-3 w-full rounded-md border border-rose-400 px-3 py-2 text-sm font-medium text-rose-200 disabled:cursor-not-allowed disabled:opacity-50"
          >
            {t("multi.unstake")}
          </button>
        </section>
      </div>
    </div>
  );
}
