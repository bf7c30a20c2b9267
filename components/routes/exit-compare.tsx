"use client";

import { AmountField } from "@/components/ui/amount-field";
import dynamic from "next/dynamic";
import { useTranslations } from "use-intl";
import { Panel } from "@/components/ui/panel";
import { useBalances } from "@/hooks/use-balances";
import { useNetwork } from "@/hooks/use-network";
import type { StkAsset } from "@/hooks/use-routes";
import { useAccount } from "@/hooks/use-wallet";
import { useAmountInput } from "@/hooks/use-amount-input";
import { checkAmount } from "@/lib/forms/amount";
import { Loading } from "@/components/ui/loading";

// The comparison itself (previews of the stake module, the DEX route search) loads once an amount is typed.
const ExitTable = dynamic(() => import("./exit-table").then((m) => m.ExitTable), { ssr: false, loading: () => <Reading /> });

function Reading() {
  const t = useTranslations();
  return <Loading text={t("exit.reading")} />;
}

/** For an amount of a stkASSET: what each way out returns now, and which to take. */
export function ExitCompare({ asset }: { asset: StkAsset }) {
  const { network } = useNetwork();
  const account = useAccount(network);
  const balances = useBalances(account?.address);
  const balance = balances.data?.find((b) => b.denom === asset.denom)?.amount;
  const amountInput = useAmountInput();
  const { amount, error } = checkAmount(amountInput.value, asset.decimals);
  const t = useTranslations();
  return (
    <Panel id="exit" title={t("exit.title", { symbol: asset.symbol })}>
      <div className="mt-3 grid gap-3">
        <AmountField
          id="exit-amount"
          label={t("exit.amountLabel", { symbol: asset.symbol })}
          symbol={asset.symbol}
          input={amountInput}
          balance={balance}
          max={balance}
          decimals={asset.decimals}
          error={error}
        />
        {amount !== null && <ExitTable asset={asset} stk={amount} />}
      </div>
    </Panel>
  );
}
