"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "use-intl";
import { useMenu } from "@/hooks/use-menu";
import { WalletButton } from "@/components/wallet/wallet-button";
import { LanguageSwitcher } from "./language-switcher";
import { NetworkSwitcher } from "./network-switcher";

const NAV = [
  ["/", "header.nav.home"],
  ["/portfolio", "header.nav.portfolio"],
  ["/stake", "header.nav.stake"],
  ["/pools", "header.nav.pools"],
  ["/swap", "header.nav.swap"],
  ["/lend", "header.nav.lend"],
  ["/routes", "header.nav.routes"],
  ["/recover", "header.nav.recover"],
  ["/bnb", "header.nav.bnb"],
] as const;

const isCurrent = (href: string, path: string) => (href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`));

/**
 * The site header, one row at every width. From 1024 px: brand, navigation, language and network, wallet. Below:
 * brand, wallet and a menu button; the same navigation and switchers open as a panel under the header (one set of
 * controls in the page, laid out by CSS, so every label names exactly one control).
 */
export function Header() {
  const t = useTranslations();
  const path = usePathname();
  const { open, setOpen, ref } = useMenu<HTMLDivElement>();
  return (
    <header className="sticky top-0 z-30 border-b border-white/10 bg-slate-950/90 backdrop-blur">
      <div ref={ref} className="page-column relative flex h-14 items-center gap-3">
        <Link href="/" prefetch={false} className="flex shrink-0 items-center gap-2 font-semibold tracking-tight whitespace-nowrap text-white">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-full bg-gradient-to-br from-rose-500 to-orange-400 text-xs font-bold">
            P
          </span>
          {/* the name beside the logo where there is room for it (not from 1024 to 1536 px, where the navigation needs it) */}
          <span className="sr-only sm:not-sr-only lg:sr-only 2xl:not-sr-only">{t("header.brand")}</span>
        </Link>
        <div
          id="site-menu"
          className={`${open ? "flex" : "hidden"} absolute inset-x-0 top-full flex-col gap-4 border-b border-white/10 bg-slate-950 px-4 py-4 shadow-2xl lg:static lg:flex lg:flex-1 lg:flex-row lg:items-center lg:border-0 lg:bg-transparent lg:p-0 lg:shadow-none`}
        >
          <nav aria-label={t("header.mainNav")}>
            <ul className="grid grid-cols-2 gap-1 lg:flex lg:gap-0.5">
              {NAV.map(([href, key]) => (
                <li key={href}>
                  <Link
                    href={href}
                    prefetch={false}
                    onClick={() => setOpen(false)}
                    aria-current={isCurrent(href, path) ? "page" : undefined}
                    className="block rounded-md px-3 py-2.5 text-sm whitespace-nowrap text-slate-300 hover:bg-white/5 hover:text-white aria-[current=page]:bg-white/10 aria-[current=page]:text-white lg:px-2 lg:py-1.5"
                  >
                    {t(key)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="flex flex-wrap items-center gap-2 lg:ml-auto lg:flex-nowrap">
            <LanguageSwitcher />
            <NetworkSwitcher />
          </div>
        </div>
        <div className="ml-auto flex shrink-0 items-center gap-2 lg:ml-0">
          <WalletButton />
          <button
            type="button"
            aria-expanded={open}
            aria-controls="site-menu"
            onClick={() => setOpen((o) => !o)}
            className="grid h-9 w-9 place-items-center rounded-md border border-white/15 text-slate-200 hover:bg-white/10 lg:hidden"
          >
            <span className="sr-only">{t("header.menu")}</span>
            <svg aria-hidden viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
              {open ? <path d="M5 5l10 10M15 5L5 15" /> : <path d="M3 6h14M3 10h14M3 14h14" />}
            </svg>
          </button>
        </div>
      </div>
    </header>
  );
}
