"use client";

import { useTranslations } from "use-intl";
import Link from "next/link";
import { useConnection } from "wagmi";
import { useEvmBalances, useEvmChainNow, useEvmClaims, useEvmNetwork, useEvmPool } from "@/hooks/use-evm";
import { claimState, previewUnstake, rateText } from "@/lib/evm/math";
import { Panel } from "@/components/ui/panel";
import { PreviewTable } from "@/components/ui/preview-table";
import { EvmScope } from "./evm-scope";
import { bnbText } from "./format";
import { Loading } from "@/components/ui/loading";

/** The portfolio's stkBNB entry: what the EVM wallet holds on the BNB network chosen on the BNB page. */
export default function StkBnbHolding() {
  return (
    <EvmScope>
      <Holding />
    </EvmScope>
  );
}

function Holding() {
  const network = useEvmNetwork();
  const user = useConnection().address;
  const pool = useEvmPool(network);
  const balances = useEvmBalances(network, user);
  const claims = useEvmClaims(network, user);
  const now = useEvmChainNow(pool.data);
  const t = useTranslations();

  const body = !user ? (
    <p className="mt-2 text-sm text-slate-400">{t("bnb.holding.connect")}</p>
  ) : pool.isError || balances.isError ? (
    <p role="alert" className="mt-2 text-sm text-red-200">
      {t("bnb.holding.error", { network: network.name, error: ((pool.error ?? balances.error) as Error).message.split("\n")[0] })}
    </p>
  ) : !pool.data || !balances.data || !claims.data || now === undefined ? (
    <Loading text={t("bnb.holding.reading")} className="mt-2" />
  ) : (
    (() => {
      const pending = claims.data.reduce((s, c) => s + c.weiToReturn, 0n);
      const ready = claims.data.filter((c) => claimState(c, now, pool.data) === "ready");
      return (
        <PreviewTable
          rows={[
            { label: "stkBNB", value: `${bnbText(balances.data.stkBNB, 6)} stkBNB`, testId: "portfolio-stkbnb" },
            {
              label: t("bnb.holding.worth"),
              value: `${bnbText(previewUnstake(pool.data, balances.data.stkBNB).weiToReturn, 6)} BNB`,
              hint: t("bnb.holding.worthHint", { rate: rateText(pool.data) }),
            },
            {
              label: t("bnb.holding.unstaking"),
              value: `${bnbText(pending, 6)} BNB`,
              hint: t("bnb.holding.requests", { count: claims.data.length, ready: ready.length }),
              testId: "portfolio-stkbnb-claims",
            },
          ]}
        />
      );
    })()
  );

  return (
    <Panel
      id="stkbnb"
      title={t("bnb.holding.title", { network: network.name })}
      actions={
        <Link href="/bnb" prefetch={false} className="text-sm text-amber-200 underline">
          {t("bnb.holding.link")}
        </Link>
      }
    >
      {body}
    </Panel>
  );
}
