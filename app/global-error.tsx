"use client";

import { LOCALE_COOKIE, type Locale, pickLocale } from "@/lib/i18n/locales";
import "./globals.css";

// The last resort: the root layout itself failed, so there are no providers and no catalogues here. Its few words
// are written out in the three languages (the message catalogues are not loaded for a screen that should never show).
const TEXT: Record<Locale, { title: string; safe: string; retry: string }> = {
  en: {
    title: "The app could not start",
    safe: "Nothing was sent and your funds are on the chain. Reload to try again.",
    retry: "Reload",
  },
  zh: { title: "应用无法启动", safe: "没有发送任何内容，您的资金仍在链上。请重新加载再试。", retry: "重新加载" },
  ko: { title: "앱을 시작할 수 없습니다", safe: "아무것도 전송되지 않았으며 자금은 체인에 있습니다. 다시 불러와 주세요.", retry: "다시 불러오기" },
};

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  const cookie = typeof document === "undefined" ? undefined : document.cookie.match(new RegExp(`${LOCALE_COOKIE}=(\\w+)`))?.[1];
  const locale = pickLocale(cookie, typeof navigator === "undefined" ? null : navigator.language);
  const text = TEXT[locale];
  return (
    <html lang={locale}>
      <body>
        <main role="alert" className="mx-auto mt-16 grid max-w-xl gap-3 rounded-xl border border-red-400/20 bg-red-500/5 p-6">
          <h1 className="text-xl font-semibold text-white">{text.title}</h1>
          {error.message && !error.digest && <p className="text-sm text-red-100">{error.message.slice(0, 240)}</p>}
          <p className="text-sm text-slate-300">{text.safe}</p>
          {/* a full reload, not reset(): the layout that failed has to run again from the start */}
          <button type="button" onClick={() => window.location.reload()} className="btn-primary w-fit">
            {text.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
