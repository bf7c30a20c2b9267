"use client";

import { AmountField } from "@/components/ui/amount-field";
import dynamic from "next/dynamic";
import { useState } from "react";
import { useTranslations } from "use-intl";
import { Panel } from "@/components/ui/panel";
import { useBalances } from "@/hooks/use-balances";
import { useNetwork } from "@/hooks/use-network";
import type { StkAsset } from "@/hooks/use-routes";
import { useAccount } from "@/hooks/use-wallet";
import { parseAmount } from "@/lib/format/amount";
import { useAmountErrorText } from "@/components/ui/use-texts";

// The comparison itself (previews of the stake module, the DEX route search) loads once an amount is typed.
const ExitTable = dynamic(() => import("./exit-table").then((m) => m.ExitTable), { ssr: false, loading: () => <Reading /> });

function Reading() {
  const t = useTranslations();
  return <p className="text-sm text-slate-400">{t("exit.reading")}</p>;
}

/** For an amount of a stkASSET: what each way out returns now, and which to take. */
export function ExitCompare({ asset }: { asset: StkAsset }) {
  const describeAmountError = useAmountErrorText();
  const { network } = useNetwork();
  const account = useAccount(network);
  const balances = useBalances(account?.address);
  const balance = balances.data?.find((b) => b.denom === asset.denom)?.amount;
  const [input, setInput] = useState("");
  const parsed = parseAmount(input, asset.decimals);
  const stk = parsed.ok ? parsed.base : 0n;
  const t = useTranslations();
  return (
    <Panel id="exit" title={t("exit.title", { symbol: asset.symbol })}>
      <div className="mt-3 grid gap-3">
        <AmountField
          id="exit-amount"
          label={t("exit.amountLabel", { symbol: asset.symbol })}
          symbol={asset.symbol}
          value={input}
          onChange={setInput}
          balance={balance}
          max={balance}
          decimals={asset.decimals}
          error={input && !parsed.ok ? describeAmountError(parsed.error) : null}
        />
        {stk > 0n && <ExitTable asset={asset} stk={stk} />}
      </div>
    </Panel>
  );
}
