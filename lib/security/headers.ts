// The security headers of every response. Scripts run only with this response's nonce (Next puts it on its own
// scripts; 'strict-dynamic' lets those load the app's chunks), the page talks only to the configured chain
// endpoints, and no other site may frame it.

export interface HeaderInputs {
  /** fresh per response, base64 */
  nonce: string;
  /** `next dev`: React needs eval for its debugging aids, and the dev server's websocket */
  dev: boolean;
  /** served over https (directly or behind a proxy that says so) */
  https: boolean;
  /** origins the app may fetch from: chain RPCs, EVM RPCs, an optional price source, WalletConnect's relay */
  connect: string[];
  /** origins the app may frame: WalletConnect's Verify (its attestation iframe), when WalletConnect is configured */
  frames?: string[];
}

/** "https://rpc.example:443/path" -> "https://rpc.example:443"; undefined for something that is not a URL. */
export function originOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return ["http:", "https:", "ws:", "wss:"].includes(u.protocol) ? `${u.protocol}//${u.host}` : undefined;
  } catch {
    return undefined;
  }
}

const unique = (xs: string[]) => [...new Set(xs)].sort();

export function contentSecurityPolicy({ nonce, dev, connect, frames = [] }: HeaderInputs): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // Inline style attributes only (React, uPlot): styles cannot run code; a nonce here would disable them.
    ["style-src", "'self'", "'unsafe-inline'"],
    // images from this origin only (token logos are served by the app); data: for wallets' own EIP-6963 icons
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...unique(connect), ...(dev ? ["ws:"] : [])],
    ["worker-src", "'self'", "blob:"],
    ["manifest-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-src", ...(frames.length ? unique(frames) : ["'none'"])],
    ["frame-ancestors", "'none'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** Every header the app sets, for pages and files alike. */
export function securityHeaders(inputs: HeaderInputs): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(inputs),
    "X-Content-Type-Options": "nosniff",
    // for browsers that predate frame-ancestors
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), bluetooth=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(inputs.https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
