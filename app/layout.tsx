import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { createTranslator } from "use-intl/core";
import type { ReactNode } from "react";
import { DegradedBanner } from "@/components/layout/degraded-banner";
import { Header } from "@/components/layout/header";
import { WalletError } from "@/components/layout/wallet-error";
import { Providers } from "@/components/layout/providers";
import { TxModal } from "@/components/tx/tx-modal";
import { requestLocale } from "@/app/request-locale";
import { compileCatalogue } from "@/lib/i18n/compile";
import { CATALOGUES } from "@/lib/i18n/messages";
import "./globals.css";

// Every page is rendered per request: its scripts carry that response's CSP nonce (proxy.ts).
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await requestLocale();
  const t = createTranslator({ locale, messages: compileCatalogue(CATALOGUES[locale]) });
  const title = t("meta.site");
  const description = t("meta.description");
  return {
    // absolute links for share previews: the configured site address, else the address this request came to
    metadataBase: new URL(process.env.NEXT_PUBLIC_SITE_URL || (await requestOrigin())),
    title,
    description,
    applicationName: title,
    openGraph: { type: "website", siteName: title, title, description, locale },
    twitter: { card: "summary_large_image", title, description },
  };
}

export const viewport: Viewport = { themeColor: "#020617", colorScheme: "dark", width: "device-width", initialScale: 1 };

async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto")?.split(",")[0].trim() ?? "http";
  return `${proto}://${host}`;
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await requestLocale();
  return (
    <html lang={locale}>
      <body>
        <Providers locale={locale} messages={compileCatalogue(CATALOGUES[locale])}>
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
