import Link from "next/link";
import { NetworkSwitcher } from "./network-switcher";
import { EvmWalletSlot } from "../evm/evm-wallet-slot";
import { WalletButton } from "../wallet/wallet-button";

const NAV = [
  ["/", "Wallet"],
  ["/portfolio", "Portfolio"],
  ["/stake", "Stake"],
  ["/pools", "Pools"],
  ["/swap", "Swap"],
  ["/lend", "Lend"],
  ["/routes", "Routes"],
  ["/bnb", "BNB"],
] as const;

export function Header() {
  return (
    <header className="border-b border-white/10 bg-slate-950/80 backdrop-blur">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
        <Link href="/" prefetch={false} className="flex items-center gap-2 font-semibold tracking-tight text-white">
          <span aria-hidden className="grid h-7 w-7 place-items-center rounded-full bg-gradient-to-br from-rose-500 to-orange-400 text-xs font-bold">
            P
          </span>
          Liquid Staking Hub
        </Link>
        <nav aria-label="Main" className="flex items-center gap-4 text-sm text-slate-300">
          {NAV.map(([href, label]) => (
            <Link key={href} href={href} prefetch={false} className="hover:text-white">
              {label}
            </Link>
          ))}
        </nav>
        <div className="flex items-center gap-3">
          <NetworkSwitcher />
          <WalletButton />
          <EvmWalletSlot />
        </div>
      </div>
    </header>
  );
}
