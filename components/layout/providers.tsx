"use client";

import { QueryClient, QueryClientProvider, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect, useState } from "react";
import { IntlProvider } from "use-intl";
import { useNetwork } from "@/hooks/use-network";
import { resetTxSession } from "@/hooks/use-tx";
import { useWalletStore } from "@/hooks/use-wallet";
import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/messages";
import { ACCOUNT_INDEPENDENT, type QueryRoot } from "@/lib/query-keys";
import { sentence } from "@/lib/i18n/sentence";
import { onKeystoreChange } from "@/lib/wallet/injected";
import { RETIRED_WALLETS } from "@/lib/wallet/types";

/** The page's language and its catalogue come from the server (the cookie or Accept-Language): no flash of English. */
export function Providers({ children, locale, messages }: { children: ReactNode; locale: Locale; messages: Messages }) {
  const [client] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { staleTime: 10_000, refetchOnWindowFocus: true, retry: 1 } },
      }),
  );
  return (
    <IntlProvider locale={locale} messages={messages} timeZone="UTC">
      <QueryClientProvider client={client}>
        <SessionSync />
        {children}
      </QueryClientProvider>
    </IntlProvider>
  );
}

/**
 * Keeps the session honest: reconnects the remembered wallet on the network on screen, follows account
 * switches in the extension, and drops every account-scoped cache and the signing session when either changes.
 */
function SessionSync() {
  const { network } = useNetwork();
  const queryClient = useQueryClient();
  const address = useWalletStore((s) => s.account?.address);
  const kind = useWalletStore((s) => s.account?.kind);

  useEffect(() => {
    const { lastKind, connect, account, networkId } = useWalletStore.getState();
    if ((RETIRED_WALLETS as readonly string[]).includes(lastKind as string)) {
      useWalletStore.setState({ lastKind: null, error: sentence("walletError.leapGone") });
      return;
    }
    if (account && networkId === network.id) return;
    if (lastKind === "demo" && !network.isDevnet) return;
    if (lastKind) void connect(lastKind, network, true);
  }, [network]);

  useEffect(() => {
    // account-scoped caches go; chain facts that no account changes (capabilities, denom traces) stay. Reset, not
    // remove: mounted queries start over and refetch (a removed query can leave its observers waiting forever).
    void queryClient.resetQueries({ predicate: (q) => !ACCOUNT_INDEPENDENT.includes(q.queryKey[0] as QueryRoot) });
    resetTxSession();
  }, [address, network.id, queryClient]);

  useEffect(() => {
    // the snap's key comes from MetaMask's recovery phrase, not its selected account; a WalletConnect session
    // reports its own end: nothing to follow here
    if (!kind || kind === "demo" || kind === "snap" || kind === "walletconnect") return;
    return onKeystoreChange(kind, () => void useWalletStore.getState().refresh(network));
  }, [kind, network]);

  return null;
}
