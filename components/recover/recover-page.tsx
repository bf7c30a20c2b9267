"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useTranslations } from "use-intl";
import { Loading } from "@/components/ui/loading";
import { Panel } from "@/components/ui/panel";
import { useCapabilities } from "@/hooks/use-capabilities";
import { useNetwork } from "@/hooks/use-network";
import { useAccount } from "@/hooks/use-wallet";

// The stkASSET recovery page: every leftover of the retired multi-chain stkASSETs the account still has, wherever it
// is (in the wallet, in a closed Dexter pool, on a linked chain), and the way home for each. Its parts load once a
// wallet is connected.

function PartLoading() {
  const t = useTranslations();
  return <Loading text={t("common.loading")} rows={3} className="card p-4" />;
}
const loading = () => <PartLoading />;
const DeprecatedStk = dynamic(() => import("@/components/stake/deprecated-stk").then((m) => m.DeprecatedStk), { loading });
const LinkedChains = dynamic(() => import("./linked-chains").then((m) => m.LinkedChains), { loading });

export function RecoverPage() {
  const t = useTranslations();
  const { network } = useNetwork();
  const account = useAccount(network);
  const caps = useCapabilities();
  // where liquidstakeibc still runs (the devnet profile), stkASSETs are live: they leave by unstaking
  const live = caps.data?.liquidstakeibc.available === true;

  return (
    <div className="grid gap-4">
      <Panel id="recover" title={t("recover.title")}>
        <p className="mt-1 text-sm text-slate-300">{t("recover.intro")}</p>
        {live && (
          <div role="status" className="mt-2 text-sm text-amber-200" data-testid="recover-live">
            <p>{t("recover.stillLive", { network: network.name })}</p>
            <Link href="/stake" prefetch={false} className="btn-secondary mt-2 inline-block px-3 py-1.5">
              {t("recover.toStake")}
            </Link>
          </div>
        )}
        {!account && <p className="mt-3 text-slate-300">{t("recover.connect")}</p>}
      </Panel>
      {account && caps.data && !live && <DeprecatedStk account={account} showEmpty />}
      {account && <LinkedChains account={account} />}
    </div>
  );
}
