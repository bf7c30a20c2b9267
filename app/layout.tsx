import type { Metadata } from "next";
import { createTranslator } from "use-intl/core";
import type { ReactNode } from "react";
import { DegradedBanner } from "@/components/layout/degraded-banner";
import { Header } from "@/components/layout/header";
import { WalletError } from "@/components/layout/wallet-error";
import { Providers } from "@/components/layout/providers";
import { TxModal } from "@/components/tx/tx-modal";
import { requestLocale } from "@/app/request-locale";
import { CATALOGUES } from "@/lib/i18n/messages";
import "./globals.css";

// Every page is rendered per request: its scripts carry that response's CSP nonce (proxy.ts).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const t = createTranslator({ locale, messages: CATALOGUES[locale] });
  return { title: t("meta.site"), description: t("meta.description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <body>
        <Providers locale={locale} messages={CATALOGUES[locale]}>
          <Header />
          <DegradedBanner />
          <WalletError />
          <main className="page-column py-6">{children}</main>
          <TxModal />
        </Providers>
      </body>
    </html>
  );
}
