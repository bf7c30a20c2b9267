"use client";

import { useEffect, useState } from "react";
import { createPortal } from "react-dom";
import { useTranslations } from "use-intl";
import { useWalletStore } from "@/hooks/use-wallet";
import { useWalletConnectPairing } from "@/hooks/use-walletconnect-pairing";
import { keplrMobileLink } from "@/lib/wallet/walletconnect-config";

/**
 * The WalletConnect pairing while the wallet has not answered: a QR code to scan from another device, the link
 * that opens Keplr Mobile on this one, the URI to copy for any other wallet, and Cancel. Nothing shows otherwise.
 */
export function WalletConnectDialog() {
  const t = useTranslations();
  const uri = useWalletConnectPairing((s) => s.uri);
  const cancel = useWalletConnectPairing((s) => s.cancel);
  // both kept with the URI they belong to: a new pairing shows neither the old code nor "Copied"
  const [qr, setQr] = useState<{ uri: string; svg: string } | null>(null);
  const [copiedUri, setCopiedUri] = useState<string | null>(null);
  const svg = qr && qr.uri === uri ? qr.svg : null;
  const copied = copiedUri !== null && copiedUri === uri;

  useEffect(() => {
    if (!uri) return;
    let live = true;
    void import("qrcode").then(({ toString }) =>
      toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" }).then((s) => {
        if (live) setQr({ uri, svg: s });
      }),
    );
    return () => {
      live = false;
    };
  }, [uri]);

  if (!uri) return null;
  const close = () => {
    cancel();
    useWalletStore.setState({ status: "idle" });
  };
  // in the page's body: the header it is mounted from blurs its backdrop, which would confine a fixed overlay to it
  return createPortal(
    <div className="fixed inset-0 z-40 grid place-items-center bg-slate-950/80 p-4">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="wc-title"
        className="w-full max-w-sm rounded-xl border border-white/10 bg-slate-900 p-5"
        data-testid="wc-pairing"
        data-uri={uri}
      >
        <h2 id="wc-title" className="font-semibold text-white">
          {t("wallet.wc.title")}
        </h2>
        <p className="mt-1 text-sm text-slate-300">{t("wallet.wc.scan")}</p>
        <div className="mx-auto mt-4 aspect-square w-56 rounded-lg bg-white p-2">
          {/* the QR code's SVG, drawn by the qrcode library from the pairing URI alone */}
          {svg ? <div aria-label="WalletConnect QR code" role="img" dangerouslySetInnerHTML={{ __html: svg }} /> : null}
        </div>
        <p className="mt-3 text-center text-xs text-slate-400" role="status">
          {t("wallet.wc.waiting")}
        </p>
        <div className="mt-4 grid gap-2">
          <a href={keplrMobileLink(uri)} className="btn-primary block px-3 py-2 text-center">
            {t("wallet.wc.openKeplr")}
          </a>
          <div className="grid grid-cols-2 gap-2">
            <button type="button" className="btn-secondary px-3 py-2" onClick={() => void navigator.clipboard?.writeText(uri).then(() => setCopiedUri(uri))}>
              {copied ? t("wallet.wc.copied") : t("wallet.wc.copy")}
            </button>
            <button type="button" className="btn-secondary px-3 py-2" onClick={close}>
              {t("wallet.wc.cancel")}
            </button>
          </div>
        </div>
      </div>
    </div>,
    document.body,
  );
}
