"use client";

import Link from "next/link";
import { useConnection } from "wagmi";
import { useEvmBalances, useEvmChainNow, useEvmClaims, useEvmNetwork, useEvmPool } from "@/hooks/use-evm";
import { claimState, previewUnstake, rateText } from "@/lib/evm/math";
import { Panel } from "../ui/panel";
import { PreviewTable } from "../ui/preview-table";
import { EvmScope } from "./evm-scope";
import { bnbText } from "./format";

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

  const body = !user ? (
    <p className="mt-2 text-sm text-slate-400">Connect an EVM wallet (top right) to include your stkBNB.</p>
  ) : pool.isError || balances.isError ? (
    <p role="alert" className="mt-2 text-sm text-red-200">
      {network.name} did not answer: {((pool.error ?? balances.error) as Error).message.split("\n")[0]}
    </p>
  ) : !pool.data || !balances.data || !claims.data || now === undefined ? (
    <p className="mt-2 text-sm text-slate-400">Reading stkBNB…</p>
  ) : (
    (() => {
      const pending = claims.data.reduce((s, c) => s + c.weiToReturn, 0n);
      const ready = claims.data.filter((c) => claimState(c, now, pool.data) === "ready");
      return (
        <PreviewTable
          rows={[
            { label: "stkBNB", value: `${bnbText(balances.data.stkBNB, 6)} stkBNB`, testId: "portfolio-stkbnb" },
            {
              label: "Worth",
              value: `${bnbText(previewUnstake(pool.data, balances.data.stkBNB).weiToReturn, 6)} BNB`,
              hint: `at 1 stkBNB = ${rateText(pool.data)} BNB, before any unstake fee`,
            },
            {
              label: "Unstaking",
              value: `${bnbText(pending, 6)} BNB`,
              hint: `${claims.data.length} request${claims.data.length === 1 ? "" : "s"}, ${ready.length} ready to claim`,
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
      title={`stkBNB on ${network.name}`}
      actions={
        <Link href="/bnb" prefetch={false} className="text-sm text-amber-200 underline">
          Stake, unstake, claim
        </Link>
      }
    >
      {body}
    </Panel>
  );
}
