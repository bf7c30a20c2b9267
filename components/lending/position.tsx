"use client";

import { symbolOf } from "@/lib/chain/assets";
import { useTranslations } from "use-intl";
import { useNetwork } from "@/hooks/use-network";
import { assetDecimals } from "@/lib/bank/balances";
import { formatAmount } from "@/lib/format/amount";
import type { LendingAccount, Market } from "@/lib/lending/mars";
import type { Health } from "@/lib/lending/math";
import { WARN_HEALTH, previewCollateralToggle } from "@/lib/lending/preview";
import { collateralStatusPlan } from "@/lib/lending/mars";
import { useCosmosTx } from "@/hooks/use-cosmos-tx";
import type { WalletAccount } from "@/lib/wallet/types";
import { hfText, hfTone, usdValue } from "./format";

/** What the account supplies and owes in each market, and its health. */
export function LendingPosition(props: { wallet: WalletAccount; redBank: string; account: LendingAccount; markets: Market[]; health: Health; now: number }) {
  const { wallet, redBank, account, markets, health, now } = props;
  const { network } = useNetwork();
  const submitTx = useCosmosTx(wallet, "lending", () => undefined);
  const t = useTranslations();
  const toggle = (denom: string, enable: boolean) => {
    const sym = symbolOf(network, denom);
    const p = previewCollateralToggle(denom, enable, markets, account, Math.floor(now / 1000));
    return {
      refused: p.refused,
      run: () =>
        submitTx(
          enable ? t("lend.useTitle", { symbol: sym }) : t("lend.stopTitle", { symbol: sym }),
          [{ label: t("lend.healthFactor"), value: `${hfText(health.liqThresholdHf)} → ${hfText(p.after.liqThresholdHf)}` }],
          collateralStatusPlan(wallet.address, redBank, denom, enable),
        ),
    };
  };
  const empty = account.collaterals.length === 0 && account.debts.length === 0;
  const price = (denom: string) => markets.find((m) => m.denom === denom)?.price ?? 0n;
  const row = (denom: string, amount: bigint) =>
    `${formatAmount(amount, assetDecimals(network, denom))} ${symbolOf(network, denom)} (${usdValue((amount * price(denom)) / 10n ** 18n)})`;
  return (
    <div className="grid gap-3 text-sm" data-testid="lending-position">
      {empty && <p className="text-slate-400">{t("lend.nothing")}</p>}
      {account.collaterals.map((c) => {
        const toggler = toggle(c.denom, !c.enabled);
        return (
          <div key={`c-${c.denom}`} className="flex flex-wrap justify-between gap-x-3" data-testid={`supplied-${symbolOf(network, c.denom)}`}>
            <span className="text-slate-400">
              {t("lend.supplied")} {c.enabled ? t("lend.asCollateral") : <span className="text-amber-300">{t("lend.notCollateral")}</span>}
            </span>
            <span className="font-mono text-white">{row(c.denom, c.amount)}</span>
            <button
              type="button"
              onClick={toggler.run}
              disabled={toggler.refused}
              title={toggler.refused ? t("lend.debtNeedsIt") : undefined}
              className="w-full text-right text-xs text-rose-300 hover:text-rose-200 disabled:cursor-not-allowed disabled:text-slate-400"
            >
              {c.enabled ? t("lend.stopUsing") : t("lend.use")}
            </button>
          </div>
        );
      })}
      {account.debts.map((d) => (
        <div key={`d-${d.denom}`} className="flex justify-between" data-testid={`borrowed-${symbolOf(network, d.denom)}`}>
          <span className="text-slate-400">{t("lend.borrowed")}</span>
          <span className="font-mono text-white">{row(d.denom, d.amount)}</span>
        </div>
      ))}
      {!empty && (
        <dl className="grid grid-cols-2 gap-2 rounded-lg border border-white/10 p-3 sm:grid-cols-4">
          <div>
            <dt className="text-xs text-slate-400">{t("lend.collateral")}</dt>
            <dd className="font-mono text-white">{usdValue(health.collateralValue)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-400">{t("lend.debt")}</dt>
            <dd className="font-mono text-white">{usdValue(health.debtValue)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-400">{t("lend.borrowLimit")}</dt>
            <dd className="font-mono text-white">{usdValue(health.maxLtvValue)}</dd>
          </div>
          <div>
            <dt className="text-xs text-slate-400">{t("lend.healthFactor")}</dt>
            <dd className={`font-mono text-lg ${hfTone(health.liqThresholdHf, WARN_HEALTH)}`} data-testid="health-factor">
              {hfText(health.liqThresholdHf)}
            </dd>
          </div>
        </dl>
      )}
      <p className="text-xs text-slate-400">{t("lend.healthExplained")}</p>
    </div>
  );
}
