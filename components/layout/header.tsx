"use client";

import Link from "next/link";
import { useTranslations } from "use-intl";
import type { ReactNode } from "react";
import { WalletButton } from "@/components/wallet/wallet-button";
import { LanguageSwitcher } from "./language-switcher";
import { NetworkSwitcher } from "./network-switcher";

const NAV = [
  ["/", "header.nav.wallet"],
  ["/portfolio", "header.nav.portfolio"],
  ["/stake", "header.nav.stake"],
  ["/pools", "header.nav.pools"],
  ["/swap", "header.nav.swap"],
  ["/lend", "header.nav.lend"],
  ["/routes", "header.nav.routes"],
  ["/bnb", "header.nav.bnb"],
] as const;

/** The site header; `evmWallet` is the EVM side's wallet button, which the app shell passes in (layout knows no feature). */
export function Header({ evmWallet }: { evmWallet?: ReactNode }) {
  const t = useTranslations();
  return (
    <header className="border-b border-white/10 bg-slate-950/80 backdrop-blur">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" prefetch={false} className="flex items-center gap-2 font-semibold tracking-tight text-white">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-full bg-gradient-to-br from-rose-500 to-orange-400 text-xs font-bold">
            P
          </span>
          {t("header.brand")}
        </Link>
        <nav aria-label={t("header.mainNav")} className="flex items-center gap-4 text-sm text-slate-300">
          {NAV.map(([href, key]) => (
            <Link key={href} href={href} prefetch={false} className="hover:text-white">
              {t(key)}
            </Link>
          ))}
        </nav>
        <div className="flex items-center gap-3">
          <LanguageSwitcher />
          <NetworkSwitcher />
          <WalletButton />
          {evmWallet}
        </div>
      </div>
    </header>
  );
}
