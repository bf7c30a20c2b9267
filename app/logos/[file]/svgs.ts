import ATOM from "@web3icons/core/svgs/tokens/branded/ATOM.svg.js";
import BLD from "@web3icons/core/svgs/tokens/branded/BLD.svg.js";
import BNB from "@web3icons/core/svgs/tokens/branded/BNB.svg.js";
import DYDX from "@web3icons/core/svgs/tokens/branded/DYDX.svg.js";
import HUAHUA from "@web3icons/core/svgs/tokens/branded/HUAHUA.svg.js";
import OSMO from "@web3icons/core/svgs/tokens/branded/OSMO.svg.js";
import PSTAKE from "@web3icons/core/svgs/tokens/branded/PSTAKE.svg.js";
import STARS from "@web3icons/core/svgs/tokens/branded/STARS.svg.js";
import USDC from "@web3icons/core/svgs/tokens/branded/USDC.svg.js";
import USDT from "@web3icons/core/svgs/tokens/branded/USDT.svg.js";
import WBTC from "@web3icons/core/svgs/tokens/branded/WBTC.svg.js";
import XPRT from "@web3icons/core/svgs/tokens/branded/XPRT.svg.js";
import type { LogoSymbol } from "@/lib/chain/logos";

// Each logo named one by one (not a pattern), so the server bundle holds these twelve and nothing else of the package.
export const SVGS: Record<LogoSymbol, string> = { XPRT, PSTAKE, ATOM, OSMO, USDT, USDC, DYDX, STARS, HUAHUA, WBTC, BNB, BLD };
