import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import type { ReactNode } from "react";
import { DegradedBanner } from "@/components/layout/degraded-banner";
import { Header } from "@/components/layout/header";
import { WalletError } from "@/components/layout/wallet-error";
import { Providers } from "@/components/providers";
import { TxModal } from "@/components/tx/tx-modal";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/locales";
import { CATALOGUES } from "@/lib/i18n/messages";
import "./globals.css";

// Every page is rendered per request: its scripts carry that response's CSP nonce (proxy.ts).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Persistence Liquid Staking Hub",
  description: "Stake XPRT and other assets into liquid stkASSETs on Persistence, and put them to work.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = pickLocale((await cookies()).get(LOCALE_COOKIE)?.value, (await headers()).get("accept-language"));
  return (
    <html lang={locale}>
      <body>
        <Providers locale={locale} messages={CATALOGUES[locale]}>
          <Header />
          <DegradedBanner />
          <WalletError />
          <main className="mx-auto max-w-5xl px-4 py-6">{children}</main>
          <TxModal />
        </Providers>
      </body>
    </html>
  );
}
