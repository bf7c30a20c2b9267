import type { Metadata } from "next";
import type { ReactNode } from "react";
import { DegradedBanner } from "@/components/layout/degraded-banner";
import { Header } from "@/components/layout/header";
import { WalletError } from "@/components/layout/wallet-error";
import { Providers } from "@/components/providers";
import { TxModal } from "@/components/tx/tx-modal";
import "./globals.css";

// Every page is rendered per request: its scripts carry that response's CSP nonce (proxy.ts).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Persistence Liquid Staking Hub",
  description: "Stake XPRT and other assets into liquid stkASSETs on Persistence, and put them to work.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>
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
