import Link from "next/link";
import { NetworkSwitcher } from "./network-switcher";
import { WalletButton } from "../wallet/wallet-button";

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
          <Link href="/" prefetch={false} className="hover:text-white">
            Wallet
          </Link>
          <Link href="/portfolio" prefetch={false} className="hover:text-white">
            Portfolio
          </Link>
          <Link href="/stake" prefetch={false} className="hover:text-white">
            Stake
          </Link>
          <Link href="/pools" prefetch={false} className="hover:text-white">
            Pools
          </Link>
          <Link href="/swap" prefetch={false} className="hover:text-white">
            Swap
          </Link>
          <Link href="/lend" prefetch={false} className="hover:text-white">
            Lend
          </Link>
          <Link href="/routes" prefetch={false} className="hover:text-white">
            Routes
          </Link>
        </nav>
        <div className="flex items-center gap-3">
          <NetworkSwitcher />
          <WalletButton />
        </div>
      </div>
    </header>
  );
}
