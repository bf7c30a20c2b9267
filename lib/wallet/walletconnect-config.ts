// WalletConnect's configuration, kept apart from its client so the wallet menu can know whether to offer it without
// loading it: a project id (from WalletConnect's dashboard) and the relay. Unset project id: not offered.

export const WALLETCONNECT_PROJECT_ID = process.env.NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID || "";
export const WALLETCONNECT_RELAY = process.env.NEXT_PUBLIC_WALLETCONNECT_RELAY || "wss://relay.walletconnect.org";

export const walletConnectConfigured = () => WALLETCONNECT_PROJECT_ID !== "";

/** Keplr Mobile opens a WalletConnect pairing from this link (its documented wcV2 scheme). */
export const keplrMobileLink = (uri: string) => `keplrwallet://wcV2?${encodeURIComponent(uri)}`;
