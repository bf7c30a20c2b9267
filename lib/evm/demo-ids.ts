// How the demo EVM account names itself when it announces itself by EIP-6963 (lib/evm/demo-wallet.ts): kept apart
// so the page can recognise it without loading the wallet's code.
export const DEMO_EVM_RDNS = "devnet.demo";
export const DEMO_EVM_NAME = "Demo account (local chain)";
