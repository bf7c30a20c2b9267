"use client";

import { AccountOverview } from "./account-overview";
import { BalancesList } from "@/components/wallet/balances-list";
import { SendForm } from "@/components/wallet/send-form";
import { WalletPanel } from "@/components/wallet/wallet-panel";
import type { WalletAccount } from "@/lib/wallet/types";

/** The signed-in home: the account at a glance with its next step, then the wallet (balances, send). */
export function AccountHome({ account }: { account: WalletAccount }) {
  return (
    <>
      <AccountOverview address={account.address} />
      <div className="grid gap-4 lg:grid-cols-[1fr_22rem]">
        <div className="grid content-start gap-4">
          <WalletPanel account={account} />
          <BalancesList address={account.address} />
        </div>
        <div className="grid content-start gap-4">
          <SendForm account={account} />
        </div>
      </div>
    </>
  );
}
